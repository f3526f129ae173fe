// Formats one template text of a prepared message; the renderers for e-mail and letter share it.
import type { PreparedMessage } from './dunning-input.js';
import { compile, formatCompiled, variablesUsed } from './icu.js';

/**
 * Formats `message` with the prepared values; `invoiceTable` is what stands in for {invoiceTable}. A template that
 * names {bankAccount} for a tenant without one is refused rather than printed with a blank where the account goes.
 */
export function formatTemplate(message: string, prepared: PreparedMessage, invoiceTable = ''): string {
  const compiled = compile(message, prepared.locale);
  if (!compiled.ok) throw new Error(`template (${prepared.language}): ${compiled.reason}`);
  if (prepared.values.bankAccount === '' && variablesUsed(compiled.ast).has('bankAccount')) {
    throw new Error('tenant.bankAccount: the dunning template names {bankAccount}, but the tenant has no bank account');
  }
  return withoutDoubledStops(formatCompiled(compiled.format, { ...prepared.values, invoiceTable }), prepared);
}

/**
 * A value that ends in a full stop ("16.03.2026 г.", "Maynilad Trading Corp.") at the end of a sentence would print
 * "г.." : the sentence's own stop is dropped.
 */
function withoutDoubledStops(text: string, prepared: PreparedMessage): string {
  let result = text;
  for (const value of Object.values(prepared.values)) {
    if (typeof value === 'string' && value.endsWith('.')) result = result.replaceAll(`${value}.`, value);
  }
  return result;
}
