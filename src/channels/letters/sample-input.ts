// A realistic dunning communication per language, for previewing a tenant's edited template before saving it and
// for tests. The parties are invented; amounts, dates and references are consistent (the total adds up, the RF
// reference verifies).
import { addDays } from '../../domain/dates.js';
import { creditorReference, kid, ocrReference } from '../../domain/payment-reference.js';
import type { DunningInvoice, DunningMessageInput } from './dunning-input.js';
import type { DunningLevel } from './template-set.js';

type Party = Pick<DunningMessageInput, 'tenant' | 'customer' | 'currency'>;

const PARTIES: Readonly<Record<string, Party>> = {
  en: {
    tenant: {
      name: 'Harbour Supplies Ltd', address: '12 Wharf Road\nLondon N1 7GU', email: 'accounts@harbour.example',
      phone: '+44 20 7946 0000', bankAccount: 'GB33 BUKB 2020 1555 5555 55', language: 'en',
    },
    customer: { name: 'Blackfriars Catering plc', language: 'en-GB', address: '4 Pilgrim Street\nLondon EC4V 6AB', customerRef: 'C-1001' },
    currency: 'GBP',
  },
  nb: {
    tenant: {
      name: 'Fjordvarer AS', address: 'Øvre Slottsgate 5\n0157 Oslo', email: 'regnskap@fjordvarer.example',
      phone: '+47 22 00 00 00', bankAccount: '8601 11 17947', language: 'nb',
    },
    customer: { name: 'Bærum Kafé & Bakeri AS', language: 'nb-NO', address: 'Sandvikaveien 14\n1337 Sandvika', customerRef: 'K-2002' },
    currency: 'NOK',
  },
  sv: {
    tenant: {
      name: 'Norrlands Grossist AB', address: 'Storgatan 1\n903 26 Umeå', email: 'ekonomi@norrgross.example',
      phone: '+46 90 12 34 56', bankAccount: 'SE45 5000 0000 0583 9825 7466', language: 'sv',
    },
    customer: { name: 'Åsa Ölundsbageri AB', language: 'sv-SE', address: 'Kungsgatan 22\n972 31 Luleå', customerRef: 'K-3003' },
    currency: 'SEK',
  },
  bg: {
    tenant: {
      name: 'Балкан Доставки ЕООД', address: 'бул. „Витоша“ 15\n1000 София', email: 'schetovodstvo@balkan.example',
      phone: '+359 2 987 6543', bankAccount: 'BG80 BNBG 9661 1020 3456 78', language: 'bg',
    },
    customer: { name: 'Хлебозавод „Щастие“ АД', language: 'bg', address: 'ул. „Шипка“ 34\n4000 Пловдив', customerRef: 'К-4004' },
    // Bulgaria has used the euro since 1 January 2026.
    currency: 'EUR',
  },
  fil: {
    tenant: {
      name: 'Maynilad Trading Corp.', address: '123 Ayala Ave.\nMakati 1226, Kalakhang Maynila', email: 'singil@maynilad.example',
      phone: '+63 2 8123 4567', bankAccount: 'BDO 0012 3456 7890', language: 'fil',
    },
    customer: { name: 'Tindahan ni Aling Nena', language: 'fil', address: '45 Rizal St.\nQuezon City 1100', customerRef: 'C-5005' },
    currency: 'PHP',
  },
  te: {
    tenant: {
      name: 'శ్రీ లక్ష్మీ ట్రేడర్స్', address: 'ప్లాట్ 12, బంజారా హిల్స్\nహైదరాబాద్ 500034', email: 'accounts@lakshmi.example',
      phone: '+91 40 2345 6789', bankAccount: 'SBIN0001234 / 30123456789', language: 'te',
    },
    customer: { name: 'కృష్ణా స్వీట్స్ అండ్ బేకర్స్', language: 'te-IN', address: 'మెయిన్ రోడ్, విజయవాడ 520001', customerRef: 'C-6006' },
    currency: 'INR',
  },
};

/** Days past due at each level of the default ladder (issue #4: 1, 30, 60 and 90 days). */
const DAYS: Readonly<Record<DunningLevel, number>> = { 1: 1, 2: 30, 3: 60, 4: 90 };

/** Amounts with digits in every place, so grouping and decimals show. */
const OPEN = [1_234_550n, 98_765_432n, 4_500_000n, 12_345n, 777_777n];

function reference(currency: string, base: string): string {
  const result = currency === 'NOK' ? kid(base, 'mod10') : currency === 'SEK' ? ocrReference(base) : creditorReference(base);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** A communication for `invoiceCount` invoices at `level`, dated `date`, in the language of the sample customer. */
export function sampleDunningInput(
  language: string, level: DunningLevel, invoiceCount = 3, date = '2026-03-02',
): DunningMessageInput {
  const party = PARTIES[language] ?? PARTIES.en;
  if (!party) throw new Error('no sample party');
  const invoices: DunningInvoice[] = Array.from({ length: invoiceCount }, (_, i) => {
    const daysPastDue = DAYS[level] + i * 9;
    const dueDate = addDays(date, -daysPastDue);
    return {
      number: `INV-2026-${String(41 + i).padStart(4, '0')}`,
      issueDate: addDays(dueDate, -30),
      dueDate,
      daysPastDue,
      open: OPEN[i % OPEN.length] ?? 100n,
    };
  });
  const fees = level >= 3 ? 7_000n : 0n;
  const interest = level >= 3 ? 23_456n * BigInt(level - 2) : 0n;
  const open = invoices.reduce((total, invoice) => total + invoice.open, 0n);
  return {
    ...party,
    level,
    date,
    invoices,
    fees,
    interest,
    total: open + fees + interest,
    deadline: addDays(date, level === 1 ? 10 : 14),
    paymentReference: reference(party.currency, `20260041${level}`),
    registeredMail: level === 2 || level === 3,
  };
}

export const SAMPLE_LANGUAGES: readonly string[] = Object.keys(PARTIES);
