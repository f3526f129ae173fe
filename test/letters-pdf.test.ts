import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareMessage } from '../src/channels/letters/dunning-input.js';
import { invoiceTable } from '../src/channels/letters/invoice-rows.js';
import { renderDunningLetterPdf } from '../src/channels/letters/letter-pdf.js';
import { formatMoneyWithCurrency } from '../src/channels/letters/money-text.js';
import { sampleDunningInput } from '../src/channels/letters/sample-input.js';
import { DEFAULT_LANGUAGES, DUNNING_LEVELS } from '../src/channels/letters/templates.js';
import { openA4Document } from '../src/channels/pdf/a4-document.js';
import { formatMoney } from '../src/channels/pdf/locale-format.js';
import { type TextStyle, textWidth, wordWidth } from '../src/channels/pdf/pdf-text.js';
import { formatPaymentReference } from '../src/domain/payment-reference.js';

// Set LETTERS_PDF_OUT=/tmp/letters to keep the rendered letters, then look at them:
//   for f in /tmp/letters/*.pdf; do pdftoppm -png -r 60 "$f" "${f%.pdf}"; done
const OUT = process.env.LETTERS_PDF_OUT;

function keep(name: string, pdf: Buffer): void {
  if (!OUT) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), pdf);
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PDFTOTEXT = hasPdftotext();
if (!PDFTOTEXT) {
  console.warn('letters-pdf: pdftotext is not installed (apt-get install poppler-utils); text extraction checks are skipped');
}

const work = mkdtempSync(join(tmpdir(), 'letters-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(pdf: Buffer, name: string): string {
  const file = join(work, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
}

/** The /ActualText strings of an uncompressed PDF: PDF literal strings, UTF-16BE after a byte-order mark. */
function actualTexts(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const texts: string[] = [];
  for (let at = source.indexOf('/ActualText ('); at >= 0; at = source.indexOf('/ActualText (', at + 1)) {
    let bytes = '';
    let depth = 0;
    for (let i = at + '/ActualText ('.length; i < source.length; i++) {
      const c = source[i] ?? '';
      if (c === '\\') {
        const next = source[++i] ?? '';
        const octal = /^[0-7]{1,3}/.exec(source.slice(i, i + 3))?.[0];
        if (octal) {
          bytes += String.fromCharCode(parseInt(octal, 8));
          i += octal.length - 1;
        } else bytes += escapes[next] ?? next;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) break;
      bytes += c;
    }
    const raw = Buffer.from(bytes, 'latin1');
    texts.push(raw[0] === 0xfe && raw[1] === 0xff ? raw.subarray(2).swap16().toString('utf16le') : raw.toString('latin1'));
  }
  return texts;
}

const LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', sv: 'sv-SE', bg: 'bg', fil: 'fil-PH', te: 'te-IN' };

/** Words of each language's level-3 letter that must come out of the PDF as written. */
const WORDS: Record<string, string[]> = {
  en: ['Final notice before debt collection', 'REGISTERED MAIL', 'Yours sincerely'],
  nb: ['Siste varsel før inkasso', 'REKOMMANDERT', 'forsinkelsesrente'],
  sv: ['Sista påminnelsen före inkasso', 'REKOMMENDERAT', 'dröjsmålsränta'],
  bg: ['Последно предупреждение преди събиране', 'ПРЕПОРЪЧАНО', 'Уважаеми господа', 'С уважение'],
  fil: ['Huling Abiso Bago ang Collection', 'REHISTRADONG SULAT', 'Lubos na gumagalang'],
  // Conjuncts and pre-base vowel signs: extracted as written thanks to /ActualText.
  te: ['వసూలు చర్యలకు ముందు తుది నోటీసు', 'రిజిస్టర్డ్ పోస్ట్', 'శ్రీ లక్ష్మీ ట్రేడర్స్', 'భవదీయులు'],
};

describe('dunning letter PDF', () => {
  for (const language of DEFAULT_LANGUAGES) {
    it(`renders every level in ${language} on one A4 page`, async () => {
      for (const level of DUNNING_LEVELS) {
        const pdf = await renderDunningLetterPdf(sampleDunningInput(language, level, 3), { compress: false });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(pdf)).toBe(1);
        expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
        // Telugu needs its own font; nothing else should drag it in.
        expect(pdf.toString('latin1').includes('NotoSansTelugu')).toBe(language === 'te');
        keep(`letter-${language}-${level}.pdf`, pdf);
      }
    });

    it.skipIf(!PDFTOTEXT)(`carries the invoices, amounts, reference and texts in ${language} (pdftotext)`, async () => {
      const input = sampleDunningInput(language, 3, 3);
      const text = squash(extract(await renderDunningLetterPdf(input), `${language}.pdf`));
      const locale = LOCALES[language] ?? 'en-GB';
      for (const invoice of input.invoices) {
        expect(text).toContain(invoice.number);
        expect(text).toContain(squash(formatMoney(invoice.open, input.currency, locale)));
      }
      for (const amount of [input.total, input.fees, input.interest]) {
        expect(text).toContain(squash(formatMoneyWithCurrency(amount, input.currency, locale)));
      }
      expect(text).toContain(formatPaymentReference(input.paymentReference));
      expect(text).toContain(input.tenant.phone);
      for (const word of WORDS[language] ?? []) expect(text).toContain(word);
    });
  }

  // Shaping reorders Telugu glyphs (the reph, pre-base vowel signs, conjuncts): without /ActualText the table's
  // labels came out of the PDF in glyph order ("ఇనా్వయిస్" for "ఇన్వాయిస్") while the paragraphs read right.
  it('gives the invoice table\'s Telugu cells their text as written (/ActualText)', async () => {
    const input = sampleDunningInput('te', 3, 3);
    const table = invoiceTable(input, prepareMessage(input));
    const cells = [...table.headers, ...table.summary.map((line) => line.label)];
    const spans = actualTexts(await renderDunningLetterPdf(input, { compress: false }));
    // A header too wide for its column wraps, one span per line ("గడువు దాటిన" / "రోజులు").
    for (const header of table.headers) expect(spans.join(' ')).toContain(header.split(' ').at(-1));
    for (const line of table.summary) expect(spans).toContain(line.label);
    // Latin cells (invoice numbers, dates, amounts) need no span.
    for (const row of table.rows) expect(spans).not.toContain(row[0]);
    if (!PDFTOTEXT) return;
    // Whole words, not substrings: the paragraphs' "ఇన్వాయిస్‌లు" must not stand in for the header "ఇన్వాయిస్".
    const lines = extract(await renderDunningLetterPdf(input), 'te-table.pdf').split('\n').map((line) => squash(line).trim());
    const words = new Set(lines.flatMap((line) => line.split(' ')));
    for (const line of table.summary) expect(lines).toContain(line.label);
    for (const cell of cells) for (const word of cell.split(' ')) expect(words).toContain(word);
  });

  it.skipIf(!PDFTOTEXT)('marks registered mail only when flagged', async () => {
    const registered = extract(await renderDunningLetterPdf(sampleDunningInput('en', 2, 1)), 'registered.pdf');
    const plain = extract(await renderDunningLetterPdf(sampleDunningInput('en', 1, 1)), 'plain.pdf');
    expect(registered).toContain('REGISTERED MAIL');
    expect(plain).not.toContain('REGISTERED MAIL');
  });

  it('paginates 60 invoices with the table header and a running head on every page', async () => {
    const pdf = await renderDunningLetterPdf(sampleDunningInput('bg', 4, 60), { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    keep('letter-bg-4-long.pdf', pdf);
    if (!PDFTOTEXT) return;
    const text = extract(pdf, 'long.pdf');
    expect(text).toContain(`Страница ${pages}/${pages}`);
    // The header row is repeated on the pages the table continues on.
    expect(text.match(/Дни просрочие/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).toContain('INV-2026-0100');
    expect(text).toContain(`${sampleDunningInput('bg', 4, 1).customer.name} (продължение)`);
  });

  it('refuses a letter whose template names {bankAccount} when the tenant has none', async () => {
    const input = sampleDunningInput('sv', 1, 1);
    await expect(renderDunningLetterPdf({ ...input, tenant: { ...input.tenant, bankAccount: undefined } }))
      .rejects.toThrow(/tenant\.bankAccount/);
  });
});

describe('letter word wrap', () => {
  // wrapWords measures each word with the space after it (the piece pdfkit shapes and draws) and takes the space
  // off again; that must give the bare word's width, or lines would break differently.
  it('measures a word with its space as wide as the word alone, in every language', async () => {
    const { doc, done } = openA4Document({ margin: 50, compress: true, lang: 'en', info: { Title: '', Author: '', Subject: '' } });
    const words = DEFAULT_LANGUAGES.flatMap((language) => {
      const input = sampleDunningInput(language, 3, 2);
      return [input.tenant.name, input.tenant.address, input.customer.name, input.customer.address ?? '', ...(WORDS[language] ?? [])]
        .flatMap((text) => text.split(/\s+/)).filter((word) => word !== '');
    });
    expect(words.length).toBeGreaterThan(50);
    for (const style of [{ weight: 'regular', size: 9.5 }, { weight: 'bold', size: 14 }] satisfies TextStyle[]) {
      for (const word of words) expect(wordWidth(doc, word, style)).toBeCloseTo(textWidth(doc, word, style), 9);
    }
    doc.end();
    await done;
  });
});
