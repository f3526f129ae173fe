// A letterhead as the API and CLI show it, and as a letter prints it.
import type { PrintedLetterhead } from '../../channels/letters/letterhead.js';
import type { LetterheadRow } from '../../store/letterheads.js';
import type { TenantRow } from '../../store/tenants.js';

export type LetterheadJson = {
  name: string; senderLines: string[]; address: string | null; phone: string | null; email: string | null; registrationNumber: string | null;
  vatNumber: string | null; footer: string | null; accentColour: string | null; isDefault: boolean; templateKeys: string[]; updatedAt: string; updatedBy: string;
};

export function letterheadJson(row: LetterheadRow): LetterheadJson {
  return {
    name: row.name, senderLines: row.sender_lines, address: row.address, phone: row.phone, email: row.email, registrationNumber: row.registration_number,
    vatNumber: row.vat_number, footer: row.footer, accentColour: row.accent_colour, isDefault: row.is_default, templateKeys: row.template_keys,
    updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by,
  };
}

/** What the letter prints; contact details a letterhead leaves out are the tenant's (the creditor still answers). */
export function printedLetterhead(row: LetterheadRow, tenant: TenantRow): PrintedLetterhead {
  const [name = tenant.name, ...subtitle] = row.sender_lines;
  const registration = [row.registration_number, row.vat_number].filter((v): v is string => Boolean(v)).join(' · ');
  return {
    name, subtitle, address: row.address ?? tenant.address ?? '', phone: row.phone ?? tenant.phone ?? '', email: row.email ?? tenant.email ?? '',
    registration: registration === '' ? null : registration, footer: row.footer, accent: row.accent_colour,
  };
}
