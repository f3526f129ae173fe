// Dutch structured field 86 ("/KEY/value/KEY/value"), as ING, ABN AMRO, Rabobank, Knab, Van Lanschot and Triodos
// write it since SEPA (ING "Mijn ING Zakelijk MT940 Structured", Rabobank "MT940 Structured", ABN AMRO "MT940
// SEPA"): /TRTP/ transaction type, /EREF/ end-to-end id, /REMI/ remittance (ING: USTD//text or STRD/CUR/ref),
// /CNTP/ account/BIC/name/city (ING, Triodos), /IBAN/ /BIC/ /NAME/ of the counterparty (ABN AMRO, Knab), and the
// party blocks /ORDP/ (ordering party, Rabobank) and /BENM/ (beneficiary) followed by their own /NAME/ /IBAN/.
import { compactIban, looksLikeIban } from './iban.js';
import type { Info86, Party86 } from './mt940-86.js';
import { squash, undefinedIfBlank } from './text.js';

const KEYS = [
  'TRTP', 'EREF', 'MARF', 'CSID', 'REMI', 'CNTP', 'ORDP', 'BENM', 'ULTD', 'ULTC', 'ULTB', 'NAME', 'IBAN', 'BIC',
  'ID', 'ADDR', 'ISDT', 'PREF', 'RTRN', 'PURP', 'SVCL', 'BUSP', 'CDTRREFTP', 'CDTRREF', 'CD', 'ISSR', 'OCMT',
  'CHGS', 'EXCH', 'SUM', 'TRCD', 'RTYP',
];
const KEY_PATTERN = new RegExp(`/(${KEYS.join('|')})/`, 'g');

export function isDutchLayout(text: string): boolean {
  return /^\/[A-Z]{2,9}\//.test(text) && new RegExp(`^/(${KEYS.join('|')})/`).test(text);
}

type Role = 'counterparty' | 'ordering' | 'beneficiary' | 'ultimateDebtor' | 'other';

export function parseDutch(text: string): Info86 {
  const info: Info86 = { text: '', structuredReferences: [], counterparty: {}, returned: false };
  const parties: Record<Role, Party86> = { counterparty: info.counterparty, ordering: {}, beneficiary: {}, ultimateDebtor: {}, other: {} };
  const texts: string[] = [];
  let role: Role = 'counterparty';
  for (const [key, value] of tokens(text)) {
    switch (key) {
      case 'ORDP': role = 'ordering'; break;
      case 'BENM': role = 'beneficiary'; break;
      case 'ULTD': role = 'ultimateDebtor'; setName(parties.ultimateDebtor, value.split('/')[0]); break;
      case 'ULTC': case 'ULTB': role = 'other'; break;
      case 'NAME': setName(parties[role], value); break;
      case 'IBAN': if (looksLikeIban(value)) parties[role].iban = compactIban(value); break;
      case 'CNTP': readCounterparty(info.counterparty, value); role = 'counterparty'; break;
      case 'TRTP': info.additionalInfo = undefinedIfBlank(value); role = 'counterparty'; break;
      case 'EREF': info.endToEndId = realReference(value); role = 'counterparty'; break;
      case 'REMI': readRemittance(value, texts, info.structuredReferences); role = 'counterparty'; break;
      case 'CDTRREF': if (value.trim() !== '') info.structuredReferences.push(value.trim()); break;
      case 'RTRN': info.returned = true; role = 'counterparty'; break;
      case 'BIC': case 'ID': case 'ADDR': case 'CD': case 'ISSR': case 'CDTRREFTP': break;
      default: role = 'counterparty';
    }
  }
  info.text = squash(texts.join(' '));
  if (parties.ordering.name !== undefined || parties.ordering.iban !== undefined) info.ordering = parties.ordering;
  if (parties.beneficiary.name !== undefined || parties.beneficiary.iban !== undefined) info.beneficiary = parties.beneficiary;
  if (parties.ultimateDebtor.name !== undefined) info.ultimateDebtorName = parties.ultimateDebtor.name;
  return info;
}

/** Key/value pairs in order; a value keeps inner slashes ("NR.201303-111/11.3.2013") but not trailing ones. */
function tokens(text: string): [string, string][] {
  const marks = [...text.matchAll(KEY_PATTERN)];
  return marks.map((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    return [mark[1] ?? '', text.slice(start, end).replace(/\/+$/, '')];
  });
}

/** ING/Triodos /CNTP/account/BIC/name/city/. */
function readCounterparty(party: Party86, value: string): void {
  const [account, , name] = value.split('/');
  if (account !== undefined && looksLikeIban(account)) party.iban = compactIban(account);
  setName(party, name);
}

/**
 * ING writes /REMI/USTD//text/ (unstructured) or /REMI/STRD/CUR/reference/ (structured, issuer CUR = Currence
 * betalingskenmerk, ISO = RF); ABN AMRO writes the acceptgiro reference as "ISSUER: CUR REF: 4420…" in REMI.
 */
function readRemittance(value: string, texts: string[], references: string[]): void {
  const unstructured = /^USTD\/\/(.*)$/s.exec(value);
  if (unstructured) { texts.push(unstructured[1] ?? ''); return; }
  const structured = /^STRD\/[A-Z]*\/(.*)$/s.exec(value);
  if (structured) { references.push(squash(structured[1] ?? '')); return; }
  texts.push(value);
  const abnReference = /ISSUER:\s*\S+\s+REF:\s*(\S+)/.exec(value);
  if (abnReference?.[1]) references.push(abnReference[1]);
}

function setName(party: Party86, name: string | undefined): void {
  const squashed = undefinedIfBlank(name);
  if (squashed !== undefined) party.name = squashed;
}

function realReference(value: string): string | undefined {
  const squashed = undefinedIfBlank(value);
  return squashed === undefined || /^NOTPROVIDED$/i.test(squashed) ? undefined : squashed;
}
