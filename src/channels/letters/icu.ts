// ICU MessageFormat at the library seam: compiling (cached), formatting, and turning the parser's error kinds into
// reasons a tenant editing a template can act on.
import IntlMessageFormat from 'intl-messageformat';

/** The parser's AST, seen structurally: `type` codes are those of @formatjs/icu-messageformat-parser's TYPE. */
export type AstNode = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};

export const AST = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

const REASONS: Readonly<Record<string, string>> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a "{" is not closed by "}"',
  EMPTY_ARGUMENT: '"{}" is empty: a variable name is missing',
  MALFORMED_ARGUMENT: 'a variable name may contain only letters, digits and "_"',
  EXPECT_ARGUMENT_TYPE: 'a "," after a variable name must be followed by plural or select',
  INVALID_ARGUMENT_TYPE: 'unknown kind of variable after ","; use plural or select',
  EXPECT_ARGUMENT_STYLE: 'a format style is missing after the second ","',
  INVALID_NUMBER_SKELETON: 'the number format is not valid',
  INVALID_DATE_TIME_SKELETON: 'the date format is not valid',
  EXPECT_NUMBER_SKELETON: 'a number format is missing after "::"',
  EXPECT_DATE_TIME_SKELETON: 'a date format is missing after "::"',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'an apostrophe (\') in a format style is not closed',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'a select has no cases; write e.g. {x, select, a {…} other {…}}',
  EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE: 'a plural offset needs a number',
  INVALID_PLURAL_ARGUMENT_OFFSET_VALUE: 'a plural offset must be a whole number',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select case name is missing',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural case is missing; write e.g. {invoiceCount, plural, one {…} other {…}}',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'a select case has no text in "{…}" after its name',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'a plural case has no text in "{…}" after its name',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'not a plural case: use zero, one, two, few, many, other or =N',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'the same plural case appears twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'the same select case appears twice',
  MISSING_OTHER_CLAUSE: 'a plural or select must have an "other {…}" case',
};

type Location = { start: { offset: number; line: number; column: number } };

function isParseError(error: unknown): error is Error & { location?: Location } {
  return error instanceof Error && 'originalMessage' in error;
}

function position(message: string, offset: number): string {
  const before = message.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return message.includes('\n') ? `line ${line}, column ${column}` : `column ${column}`;
}

function quoted(message: string, offset: number): string {
  const near = message.slice(offset, offset + 24).replace(/\s+/g, ' ');
  if (near === '') return ' (at the end)';
  return ` (at "${near}${offset + 24 < message.length ? '…' : ''}")`;
}

/**
 * When a variable is not closed, the parser stumbles only further on ("{customerName, please" reads as an unknown
 * kind of variable): point at the "{" instead and say what is probably missing.
 */
const UNCLOSED_LOOKING = new Set(['INVALID_ARGUMENT_TYPE', 'MALFORMED_ARGUMENT', 'EXPECT_ARGUMENT_CLOSING_BRACE']);

/** Whether the "{" at `open` has its "}" (counting nested braces), so the parser's own reason stands. */
function closes(message: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === '{') depth += 1;
    else if (message[i] === '}' && --depth === 0) return true;
  }
  return false;
}

/** "line 3, column 12: a "{" is not closed by "}" (at "{total by {deadline}.")". */
function describeParseError(message: string, error: Error & { location?: Location }): string {
  const reason = REASONS[error.message] ?? error.message.toLowerCase().replaceAll('_', ' ');
  const start = error.location?.start;
  if (!start) return reason;
  if (UNCLOSED_LOOKING.has(error.message)) {
    const open = message.lastIndexOf('{', start.offset);
    const name = /^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(open))?.[1];
    if (open >= 0 && name !== undefined && !closes(message, open)) {
      return `${position(message, open)}: a "{" is not closed by "}"${quoted(message, open)}`;
    }
  }
  return `${position(message, start.offset)}: ${reason}${quoted(message, start.offset)}`;
}

export type Compiled = { ok: true; format: IntlMessageFormat; ast: AstNode[] } | { ok: false; reason: string };

const cache = new Map<string, Compiled>();
/** Enough for every default and a few hundred tenants' overrides; cleared whole when full. */
const CACHE_LIMIT = 2_000;

/**
 * Compiles a message for a locale. Tags are plain text (`ignoreTag`): a tenant's "<" is a character, and HTML is
 * produced by escaping the formatted text, never by the template.
 */
export function compile(message: string, locale: string): Compiled {
  const key = `${locale}\u0000${message}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let compiled: Compiled;
  try {
    const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled = { ok: true, format, ast: format.getAst() as unknown as AstNode[] };
  } catch (error) {
    if (!isParseError(error)) throw error;
    compiled = { ok: false, reason: describeParseError(message, error) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

export type MessageValues = Readonly<Record<string, string | number>>;

export function formatCompiled(format: IntlMessageFormat, values: MessageValues): string {
  const result = format.format<string>(values);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** Names of the variables a message refers to, in any case of any plural or select. */
export function variablesUsed(nodes: readonly AstNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type !== AST.literal && node.type !== AST.pound && node.type !== AST.tag) into.add(String(node.value));
    variablesUsed(node.children ?? [], into);
    for (const option of Object.values(node.options ?? {})) variablesUsed(option.value, into);
  }
  return into;
}
