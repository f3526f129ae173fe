// Which rule pack a customer's country falls under (issue #3: "computed for the customer's country").
import type { Jurisdiction } from './types.js';

/** EU member states without a pack of their own use the Late Payment Directive's floor (Directive 2011/7/EU). */
const EU_MEMBERS = new Set(['AT', 'BE', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SI', 'SK']);
const OWN_PACK: Readonly<Record<string, Jurisdiction>> = { NO: 'NO', SE: 'SE', BG: 'BG', PH: 'PH', IN: 'IN', GB: 'UK', UK: 'UK', DE: 'DE' };

/** The pack for an ISO 3166 country, or undefined where no statutory late-payment interest applies (e.g. US). */
export function jurisdictionFor(country: string): Jurisdiction | undefined {
  const code = country.toUpperCase();
  return OWN_PACK[code] ?? (EU_MEMBERS.has(code) ? 'EU' : undefined);
}
