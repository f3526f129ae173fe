// camt.054.001.08 (bank-to-customer debit/credit notification) for the cash-application bench: one Ntfctn for the
// account, one booked credit Ntry per incoming payment with one TxDtls carrying the payer (RltdPties/Dbtr/Pty/Nm,
// DbtrAcct/Id/IBAN), each structured reference in its own Strd/CdtrRefInf/Ref, and the text in Ustrd pieces of at
// most 140 characters. Element order follows the .001.08 schema. Everything an entry has survives the format.
import { compactIban, decimal, splitWords, squash } from './write-common.js';

const NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.08';
const USTRD_WIDTH = 140;

const escapeXml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const element = (name, content) => `<${name}>${content}</${name}>`;
const text = (name, value) => element(name, escapeXml(value));

function reference(ref) {
  // RF references are ISO 11649 creditor references (SCOR); KID and OCR numbers carry no type code.
  const type = /^RF\d\d/i.test(ref.replace(/\s/g, '')) ? element('Tp', element('CdOrPrtry', text('Cd', 'SCOR'))) : '';
  return element('Strd', element('CdtrRefInf', `${type}${text('Ref', ref)}`));
}

function entryXml(entry) {
  const amount = `<Amt Ccy="${entry.currency}">${decimal(entry.amount, entry.currency)}</Amt>`;
  const parties = [
    entry.payerName ? element('Dbtr', element('Pty', text('Nm', entry.payerName))) : '',
    entry.payerIban ? element('DbtrAcct', element('Id', text('IBAN', entry.payerIban))) : '',
  ].join('');
  const remittance = [...splitWords(entry.remittanceText, USTRD_WIDTH).map((piece) => text('Ustrd', piece)), ...entry.structuredReferences.map(reference)].join('');
  const detail = [
    element('Refs', `${text('AcctSvcrRef', entry.id)}${text('EndToEndId', 'NOTPROVIDED')}`),
    amount, '<CdtDbtInd>CRDT</CdtDbtInd>',
    parties ? element('RltdPties', parties) : '',
    remittance ? element('RmtInf', remittance) : '',
  ].join('');
  return element('Ntry', [
    amount, '<CdtDbtInd>CRDT</CdtDbtInd>', element('Sts', text('Cd', 'BOOK')),
    element('BookgDt', text('Dt', entry.date)), element('ValDt', text('Dt', entry.date)), text('AcctSvcrRef', entry.id),
    element('BkTxCd', element('Domn', `${text('Cd', 'PMNT')}${element('Fmly', `${text('Cd', 'RCDT')}${text('SubFmlyCd', 'ESCT')}`)}`)),
    element('NtryDtls', element('TxDtls', detail)),
  ].join(''));
}

/** The whole file as text. `created` is an ISO date-time; the account is the tenant's IBAN. */
export function writeCamt054(entries, { account, id = 'BENCH-CAMT054-1', created = '2026-11-23T18:00:00' }) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="${NAMESPACE}">`,
    '<BkToCstmrDbtCdtNtfctn>',
    element('GrpHdr', `${text('MsgId', id)}${text('CreDtTm', created)}`),
    `<Ntfctn>${text('Id', `${id}-1`)}${text('CreDtTm', created)}${element('Acct', element('Id', text('IBAN', account)))}`,
    ...entries.map(entryXml),
    '</Ntfctn>',
    '</BkToCstmrDbtCdtNtfctn>',
    '</Document>',
  ];
  return `${lines.join('\n')}\n`;
}

/** What the product's camt reader gives back: everything, text with its whitespace squashed. */
export function carriedByCamt(entry) {
  return {
    amount: entry.amount, currency: entry.currency, date: entry.date, bankReference: entry.id,
    structuredReferences: [...new Set(entry.structuredReferences.map((r) => r.trim()))], remittanceText: squash(entry.remittanceText),
    payerName: squash(entry.payerName) || undefined, payerIban: compactIban(entry.payerIban),
  };
}
