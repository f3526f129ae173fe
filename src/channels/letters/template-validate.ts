// Checks a tenant's template before the store keeps it: each message must compile as ICU MessageFormat, use only
// the known variables in the way they are supplied, and place the invoice table where the renderer can put it.
import { AST, type AstNode, compile, formatCompiled } from './icu.js';
import { INVOICE_TABLE, TEMPLATE_VARIABLES, type TemplateSet, type TemplateVariable } from './template-set.js';

export type MessageCheck = { ok: true } | { ok: false; reason: string };

export type TemplateProblem = { field: string; reason: string };

const KNOWN = Object.keys(TEMPLATE_VARIABLES).join(', ');

function isVariable(name: string): name is TemplateVariable {
  return Object.hasOwn(TEMPLATE_VARIABLES, name);
}

function kindOf(node: AstNode): string {
  switch (node.type) {
    case AST.number: return 'number';
    case AST.date: return 'date';
    case AST.time: return 'time';
    case AST.select: return 'select';
    default: return 'plural';
  }
}

/** Why a use such as {total, number} does not fit how the variable is supplied, if it does not. */
function misuse(name: TemplateVariable, used: string): string | undefined {
  const kind = TEMPLATE_VARIABLES[name];
  if (kind === 'table') return `{invoiceTable} stands alone; it cannot be used as {invoiceTable, ${used}, …}`;
  if (kind === 'number') {
    return used === 'plural' || used === 'number' ? undefined : `{${name}} is a count; use {${name}} or {${name}, plural, …}`;
  }
  // Selecting on a text (say, a tenant name) is harmless; formatting it as a number or date is not.
  if (used === 'select') return undefined;
  return `{${name}} arrives already formatted in the customer's language; write {${name}}, not {${name}, ${used}, …}`;
}

const PLURAL_CASES = /^(zero|one|two|few|many|other|=\d+)$/;

/** Every variable use must be known and of the right kind; returns the first problem found. */
function checkUses(nodes: readonly AstNode[]): string | undefined {
  for (const node of nodes) {
    // ICU apostrophes quote braces: "'{total}'" prints "{total}" to the customer instead of the amount.
    if (node.type === AST.literal && /[{}]/.test(String(node.value))) {
      return 'an apostrophe before "{" makes the variable print as it stands; write ’ (or \'\') for an apostrophe';
    }
    if (node.type === AST.literal || node.type === AST.pound) continue;
    if (node.type !== AST.tag) {
      const name = String(node.value);
      if (!isVariable(name)) return `unknown variable {${name}}; the variables are ${KNOWN}`;
      const problem = node.type === AST.argument ? undefined : misuse(name, kindOf(node));
      if (problem) return problem;
      const wrong = node.type === AST.plural ? Object.keys(node.options ?? {}).find((key) => !PLURAL_CASES.test(key)) : undefined;
      if (wrong !== undefined) return `"${wrong}" is not a plural case: use zero, one, two, few, many, other or =N`;
    }
    const children = [...(node.children ?? []), ...Object.values(node.options ?? {}).flatMap((option) => option.value)];
    const inner = checkUses(children);
    if (inner) return inner;
  }
  return undefined;
}

/** Where {invoiceTable} appears: at the top level of the message, or inside a plural or select case. */
function tableUses(nodes: readonly AstNode[], nested = false): { top: number; nested: number } {
  const uses = { top: 0, nested: 0 };
  for (const node of nodes) {
    if (node.type === AST.argument && node.value === 'invoiceTable') {
      if (nested) uses.nested += 1;
      else uses.top += 1;
    }
    const children = Object.values(node.options ?? {}).flatMap((option) => option.value);
    const inner = tableUses(children, true);
    uses.nested += inner.top + inner.nested;
  }
  return uses;
}

const SAMPLE: Readonly<Record<TemplateVariable, string | number>> = {
  customerName: 'Sample Customer Ltd', tenantName: 'Sample Supplier Ltd', invoiceCount: 3, total: '1,234.00',
  fees: '70.00', interest: '12.34', deadline: '2026-01-31', paymentReference: 'RF18 5390 0754 7034',
  bankAccount: 'NO93 8601 1117 947', servicePhone: '+47 22 00 00 00', invoiceTable: '[invoices]',
};

/**
 * Compiles one ICU message and checks the variables it uses. `locale` decides which plural cases exist;
 * the reason names the line and column of a syntax error and quotes the text there.
 */
export function validateMessage(message: string, locale = 'en'): MessageCheck {
  const compiled = compile(message, locale);
  if (!compiled.ok) return { ok: false, reason: compiled.reason };
  const problem = checkUses(compiled.ast);
  if (problem) return { ok: false, reason: problem };
  try {
    for (const count of [1, 2, 3, 5, 21]) formatCompiled(compiled.format, { ...SAMPLE, invoiceCount: count });
  } catch (error) {
    return { ok: false, reason: `the message cannot be formatted: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true };
}

function tableCount(message: string, locale: string): { top: number; nested: number } {
  const compiled = compile(message, locale);
  return compiled.ok ? tableUses(compiled.ast) : { top: 0, nested: 0 };
}

/**
 * Checks a whole or partial template set for a language. Fields left out are not checked (they come from the
 * default); a set for a language without defaults must be complete, which `requireComplete` enforces.
 */
export function validateTemplateSet(
  set: Partial<TemplateSet>, language: string, options: { requireComplete?: boolean } = {},
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (field: string, message: string, table: 'none' | 'once' | 'alone') => {
    const result = validateMessage(message, language);
    if (!result.ok) {
      problems.push({ field, reason: result.reason });
      return;
    }
    const uses = tableCount(message, language);
    if (uses.nested > 0) {
      problems.push({ field, reason: `${INVOICE_TABLE} cannot be inside a plural or select case` });
    } else if (table === 'none' && uses.top > 0) {
      problems.push({ field, reason: `${INVOICE_TABLE} belongs in the body, not here` });
    } else if (table === 'once' && uses.top !== 1) {
      problems.push({ field, reason: `${INVOICE_TABLE} must appear exactly once to place the invoice table; found ${uses.top}` });
    } else if (table === 'alone' && uses.top > 0 && message.trim() !== INVOICE_TABLE) {
      problems.push({ field, reason: `${INVOICE_TABLE} must be a paragraph of its own` });
    }
  };
  if (set.subject !== undefined) check('subject', set.subject, 'none');
  if (set.subject !== undefined && set.subject.includes('\n')) problems.push({ field: 'subject', reason: 'a subject is one line' });
  if (set.emailBody !== undefined) check('emailBody', set.emailBody, 'once');
  if (set.letterTitle !== undefined) check('letterTitle', set.letterTitle, 'none');
  if (set.letterBody !== undefined) {
    set.letterBody.forEach((paragraph, i) => check(`letterBody[${i}]`, paragraph, 'alone'));
    const tables = set.letterBody.filter((paragraph) => paragraph.trim() === INVOICE_TABLE).length;
    if (tables !== 1) {
      problems.push({ field: 'letterBody', reason: `exactly one paragraph must be ${INVOICE_TABLE}; found ${tables}` });
    }
  }
  if (options.requireComplete) {
    for (const field of ['subject', 'emailBody', 'letterTitle', 'letterBody'] as const) {
      if (set[field] === undefined) problems.push({ field, reason: `"${language}" has no default templates, so ${field} is required` });
    }
  }
  return problems;
}
