import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { bucketsFrom } from '../src/domain/aging.js';
import { addDays } from '../src/domain/dates.js';
import {
  type CustomerLedgerEntry, type LedgerEntryKind, type OpenItemInput, balanceForward, openItemStatement,
} from '../src/domain/statement.js';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { chain, runsOf } from '../src/channels/pdf/fonts.js';
import { formatDate, formatMoney } from '../src/channels/pdf/locale-format.js';
import { type StatementPdfInput, renderStatementPdf } from '../src/channels/pdf/statement-pdf.js';
import { agingLabel, statementMessages } from '../src/channels/pdf/statement-messages.js';
import { CONTENT_WIDTH } from '../src/channels/pdf/statement-page.js';
import { openItemColumns } from '../src/channels/pdf/statement-rows.js';

const PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// Set STATEMENT_PDF_OUT=/tmp/pdfcheck to keep the rendered files for a look.
const OUT = process.env.STATEMENT_PDF_OUT;

type Party = { tenant: StatementPdfInput['tenant']; customer: StatementPdfInput['customer']; currency: string };

const PARTIES: Record<string, Party> = {
  en: {
    tenant: { name: 'Harbour Supplies Ltd', country: 'GB', email: 'accounts@harbour.example', phone: '+44 20 7946 0000', address: '12 Wharf Road\nLondon N1 7GU' },
    customer: { customerRef: 'C-1001', name: 'Blackfriars Catering plc', language: 'en', country: 'GB' },
    currency: 'GBP',
  },
  nb: {
    tenant: { name: 'Fjordvarer AS', country: 'NO', email: 'regnskap@fjordvarer.example', phone: '+47 22 00 00 00', address: 'Øvre Slottsgate 5, 0157 Oslo' },
    customer: { customerRef: 'K-2002', name: 'Bærum Kafé & Bakeri AS', language: 'nb-NO', country: 'NO' },
    currency: 'NOK',
  },
  sv: {
    tenant: { name: 'Norrlands Grossist AB', country: 'SE', email: 'ekonomi@norrgross.example', phone: '+46 8 123 456', address: 'Storgatan 1, 903 26 Umeå' },
    customer: { customerRef: 'K-3003', name: 'Åsa Ölundsbageri AB', language: 'sv', country: 'SE' },
    currency: 'SEK',
  },
  bg: {
    tenant: { name: 'Балкан Доставки ЕООД', country: 'BG', email: 'schetovodstvo@balkan.example', phone: '+359 2 987 6543', address: 'бул. „Витоша“ 15, 1000 София' },
    customer: { customerRef: 'К-4004', name: 'Хлебозавод „Щастие“ АД', language: 'bg', country: 'BG' },
    currency: 'BGN',
  },
  fil: {
    tenant: { name: 'Maynilad Trading Corp.', country: 'PH', email: 'singil@maynilad.example', phone: '+63 2 8123 4567', address: '123 Ayala Ave., Makati, Kalakhang Maynila' },
    customer: { customerRef: 'C-5005', name: 'Tindahan ni Aling Nena', language: 'fil', country: 'PH' },
    currency: 'PHP',
  },
  te: {
    tenant: { name: 'శ్రీ లక్ష్మీ ట్రేడర్స్', country: 'IN', email: 'accounts@lakshmi.example', phone: '+91 40 2345 6789', address: 'ప్లాట్ 12, బంజారా హిల్స్, హైదరాబాద్ 500034' },
    customer: { customerRef: 'C-6006', name: 'కృష్ణా స్వీట్స్ అండ్ బేకర్స్', language: 'te-IN', country: 'IN' },
    currency: 'INR',
  },
};

const KINDS: LedgerEntryKind[] = ['invoice', 'payment', 'invoice', 'credit-note', 'adjustment', 'invoice', 'write-off'];

/** A deterministic ledger: invoices raise the balance, settlements lower it, amounts spread over many digits. */
function ledger(count: number, start = '2026-01-01'): CustomerLedgerEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? 'invoice';
    const size = BigInt(((i * 7919) % 997) + 1) * 12_345n;
    const amount = kind === 'invoice' || kind === 'adjustment' ? size : -size / 3n;
    const date = addDays(start, Math.floor(i / 3));
    return {
      date, kind, reference: `${kind === 'invoice' ? 'INV' : 'DOC'}-${String(10_000 + i)}`,
      dueDate: kind === 'invoice' ? addDays(date, 30) : undefined, amount,
    };
  });
}

function bfInput(lang: string, lines: number): StatementPdfInput {
  const party = PARTIES[lang] ?? PARTIES.en!;
  const entries = [...ledger(4, '2025-11-01'), ...ledger(lines)];
  const to = addDays('2026-01-01', Math.max(30, Math.ceil(lines / 3)));
  return { ...party, generatedOn: to, statement: balanceForward(entries, '2026-01-01', to) };
}

function oiInput(lang: string, count: number): StatementPdfInput {
  const party = PARTIES[lang] ?? PARTIES.en!;
  const items: OpenItemInput[] = Array.from({ length: count }, (_, i) => {
    const amount = BigInt((i * 104_729) % 9_999_991 + 10_000);
    return {
      number: `INV-${String(20_000 + i)}`, issueDate: addDays('2025-09-01', i * 6), dueDate: addDays('2025-10-01', i * 6),
      amount, open: i % 4 === 0 ? amount / 2n : amount,
    };
  });
  return { ...party, generatedOn: '2026-01-31', statement: openItemStatement(items, -45_050n, '2026-01-31', bucketsFrom([30, 60, 90])) };
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
}

function keep(name: string, pdf: Buffer): void {
  if (!OUT) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), pdf);
}

describe('statement PDF', () => {
  for (const lang of Object.keys(PARTIES)) {
    it(`renders balance-forward and open-item statements in ${lang}`, async () => {
      const bf = await renderStatementPdf(bfInput(lang, 24), { compress: false });
      const oi = await renderStatementPdf(oiInput(lang, 18), { compress: false });
      for (const pdf of [bf, oi]) {
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(20_000);
        expect(pageCount(pdf)).toBe(1);
        // Telugu needs its own font; nothing else should drag it in.
        expect(pdf.toString('latin1').includes('NotoSansTelugu')).toBe(lang === 'te');
        expect(pdf.toString('latin1')).toContain('NotoSans-');
      }
      keep(`bf-${lang}.pdf`, bf);
      keep(`oi-${lang}.pdf`, oi);
    });
  }

  it('paginates a 1,000-line balance-forward statement with page numbers on every page', async () => {
    const pdf = await renderStatementPdf(bfInput('nb', 1_000), { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(20);
    keep('bf-long-nb.pdf', pdf);
  });

  it('paginates a long open-item statement and keeps the aging summary', async () => {
    const pdf = await renderStatementPdf(oiInput('te', 120), { compress: false });
    expect(pageCount(pdf)).toBeGreaterThan(1);
    keep('oi-long-te.pdf', pdf);
  });

  // Table cells carry /ActualText like the rest of the text, so Telugu headers extract as written, not in the
  // glyph order shaping leaves them in.
  it.skipIf(!PDFTOTEXT)('extracts the Telugu table headers as written (pdftotext)', async () => {
    const input = oiInput('te', 6);
    const work = mkdtempSync(join(tmpdir(), 'statement-pdf-'));
    let text: string;
    try {
      const file = join(work, 'oi-te.pdf');
      writeFileSync(file, await renderStatementPdf(input));
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    const words = new Set(text.split(/\s+/));
    const columns = openItemColumns({ messages: statementMessages('te'), currency: input.currency }, CONTENT_WIDTH);
    for (const column of columns) for (const word of column.header.split(' ')) expect(words).toContain(word);
  });

  it('compresses by default', async () => {
    const compressed = await renderStatementPdf(bfInput('en', 24));
    const plain = await renderStatementPdf(bfInput('en', 24), { compress: false });
    expect(compressed.length).toBeLessThan(plain.length);
  });
});

describe('statement formatting', () => {
  it('formats money exactly from bigint, in the locale', () => {
    expect(formatMoney(123_456_789_012_345_678_901n, 'NOK', 'nb-NO')).toBe('1\u00a0234\u00a0567\u00a0890\u00a0123\u00a0456\u00a0789,01');
    expect(formatMoney(-125_050n, 'SEK', 'sv-SE')).toBe('\u22121\u00a0250,50');
    expect(formatMoney(-5n, 'EUR', 'bg-BG')).toBe('-0,05');
    expect(formatMoney(1_234_567_00n, 'INR', 'te-IN')).toBe('12,34,567.00');
    expect(formatMoney(1_234_567n, 'JPY', 'en-GB')).toBe('1,234,567');
    expect(formatMoney(1_234_567n, 'KWD', 'fil-PH')).toBe('1,234.567');
  });

  it('formats dates in the locale without time-zone drift', () => {
    expect(formatDate('2026-01-05', 'en-GB')).toBe('05/01/2026');
    expect(formatDate('2026-01-05', 'nb-NO')).toBe('05.01.2026');
    expect(formatDate('2026-01-05', 'sv-SE')).toBe('2026-01-05');
  });

  it('falls back to English for unknown languages', () => {
    expect(statementMessages('de-DE').locale).toBe('en-GB');
    expect(statementMessages('NB_no').locale).toBe('nb-NO');
    expect(statementMessages('tl').locale).toBe('fil-PH');
    expect(agingLabel('1-30', statementMessages('sv'))).toBe('1–30 dagar');
    expect(agingLabel('current', statementMessages('bg'))).toBe('В срок');
  });
});

describe('statement fonts', () => {
  it('sends Telugu to the Telugu face and keeps spaces inside its run', () => {
    const runs = runsOf('Total: ఖాతా నివేదిక 1,234.00', 'regular').map((run) => [run.face.name, run.text]);
    expect(runs).toEqual([
      ['sans-regular', 'Total: '], ['telugu-regular', 'ఖాతా నివేదిక '], ['sans-regular', '1,234.00'],
    ]);
    expect(runsOf('Хлебозавод „Щастие“', 'bold').map((run) => run.face.name)).toEqual(['sans-bold']);
  });

  it('shapes Telugu conjuncts whose GPOS has null anchors (fontkit#367) without throwing', () => {
    const telugu = chain('regular')[1]!.font;
    for (const word of ['క్రెడిట్', 'శ్రీ', 'ట్రేడర్స్', 'లక్ష్మీ']) {
      const run = telugu.layout(word);
      // Conjuncts collapse: fewer glyphs than code points, and no missing-glyph boxes.
      expect(run.glyphs.length).toBeLessThan([...word].length);
      expect(run.glyphs.every((glyph) => glyph.id !== 0)).toBe(true);
    }
  });

  it('lays out amounts, dates and references exactly as the shaper would', () => {
    const require = createRequire(import.meta.url);
    const reference = fontkit.openSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'));
    if (!('layout' in reference)) throw new Error('expected a single font');
    const fast = chain('regular')[0]!.font;
    const describeRun = (run: fontkit.GlyphRun) =>
      run.glyphs.map((glyph, i) => [glyph.id, run.positions[i]?.xAdvance, run.positions[i]?.xOffset]);
    const texts = [
      '1\u00a0234\u00a0567,89', '\u221212,34,567.00', '05.01.2026', '31/12/2026', '(1,234.50)', '90+ 61-90',
      // Capitals that kern ("AV", "LT", "T.") must fall back to the shaper and still match it.
      'INV-10023', 'AVT-7', 'LT.', 'WAVE/77', 'C-6006',
    ];
    for (const text of texts) {
      expect(describeRun(fast.layout(text))).toEqual(describeRun(reference.layout(text)));
      expect(fast.layout(text).advanceWidth).toBe(reference.layout(text).advanceWidth);
    }
  });
});
