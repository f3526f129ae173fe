import { describe, expect, it } from 'vitest';
import { formatMoney } from '../src/channels/pdf/locale-format.js';
import { formatMoneyWithCurrency } from '../src/channels/letters/money-text.js';
import { type DunningMessageInput, renderDunningMessage } from '../src/channels/letters/render-message.js';
import { sampleDunningInput } from '../src/channels/letters/sample-input.js';
import { validateMessage, validateTemplateSet } from '../src/channels/letters/template-validate.js';
import {
  DEFAULT_LANGUAGES, DEFAULT_TEMPLATES, DUNNING_LEVELS, type DunningLevel, resolveTemplates, templateLanguage,
} from '../src/channels/letters/templates.js';
import { formatPaymentReference } from '../src/domain/payment-reference.js';

/** Spaces of every kind compare equal: amounts hold no-break spaces, and what a reader sees is what counts. */
function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * How each language says "the one invoice" and "the 3 invoices" in the body of every level's message. Filipino
 * nouns do not inflect: the count and the linker "na" carry the plural.
 */
const PLURALS: Record<string, { one: RegExp; three: RegExp; notOne: RegExp }> = {
  en: { one: /the invoice below/, three: /the 3 invoices below/, notOne: /1 invoices|the 1 invoice/ },
  nb: { one: /fakturaen nedenfor/, three: /de 3 fakturaene nedenfor/, notOne: /1 fakturaene/ },
  sv: { one: /fakturan nedan/, three: /de 3 fakturorna nedan/, notOne: /1 fakturorna/ },
  bg: { one: /посочената по-долу фактура/, three: /посочените по-долу 3 фактури/, notOne: /1 фактури/ },
  fil: { one: /ang invoice|sa invoice/, three: /3 na invoice/, notOne: /1 na invoice/ },
  te: { one: /క్రింద పేర్కొన్న ఇన్వాయిస్ /, three: /3 ఇన్వాయిస్\u200cల/, notOne: /1 ఇన్వాయిస్\u200cల/ },
};

/** The level-1 subject names the count: singular and plural noun forms. */
const SUBJECT_COUNTS: Record<string, [string, string]> = {
  en: ['1 invoice overdue', '3 invoices overdue'],
  nb: ['1 forfalt faktura', '3 forfalte fakturaer'],
  sv: ['1 förfallen faktura', '3 förfallna fakturor'],
  bg: ['1 просрочена фактура', '3 просрочени фактури'],
  fil: ['isang invoice', '3 na invoice'],
  te: ['1 ఇన్వాయిస్', '3 ఇన్వాయిస్\u200cలు'],
};

describe('default templates', () => {
  for (const level of DUNNING_LEVELS) {
    for (const language of DEFAULT_LANGUAGES) {
      it(`level ${level} in ${language} compiles and passes the validator`, () => {
        expect(validateTemplateSet(DEFAULT_TEMPLATES[level][language], language)).toEqual([]);
      });
    }
  }

  it('exist for every level and language', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual(['1', '2', '3', '4']);
    for (const level of DUNNING_LEVELS) expect(Object.keys(DEFAULT_TEMPLATES[level]).sort()).toEqual([...DEFAULT_LANGUAGES].sort());
  });

  it('grow firmer level by level (each level says something the friendly reminder does not)', () => {
    const words: Record<DunningLevel, RegExp> = {
      1: /forgotten/, 2: /60 days.*legal steps/s, 3: /final notice.*telephone/s, 4: /placed in collections.*stopped.*legal proceedings/s,
    };
    for (const level of DUNNING_LEVELS) {
      expect(renderDunningMessage(sampleDunningInput('en', level)).text).toMatch(words[level]);
    }
  });
});

describe('renderDunningMessage', () => {
  for (const level of DUNNING_LEVELS) {
    for (const language of DEFAULT_LANGUAGES) {
      for (const count of [1, 3]) {
        it(`level ${level}, ${language}, ${count} invoice(s): every variable filled, plural right`, () => {
          const input = sampleDunningInput(language, level, count);
          const message = renderDunningMessage(input);
          expect(message.language).toBe(language);
          const text = squash(message.text);
          // Nothing left unformatted.
          for (const part of [message.subject, message.text]) expect(part).not.toMatch(/[{}]|\uE000/);
          expect(message.subject).not.toContain('\n');
          // Invoice numbers, dates and amounts in the customer's locale; fees, interest and total; how to pay.
          const locale = { en: 'en-GB', nb: 'nb-NO', sv: 'sv-SE', bg: 'bg', fil: 'fil-PH', te: 'te-IN' }[language] ?? 'en';
          for (const invoice of input.invoices) {
            expect(text).toContain(invoice.number);
            expect(text).toContain(squash(formatMoney(invoice.open, input.currency, locale)));
          }
          expect(text).toContain(squash(formatMoneyWithCurrency(input.total, input.currency, locale)));
          if (level >= 3) {
            expect(text).toContain(squash(formatMoneyWithCurrency(input.fees, input.currency, locale)));
            expect(text).toContain(squash(formatMoneyWithCurrency(input.interest, input.currency, locale)));
          }
          expect(text).toContain(formatPaymentReference(input.paymentReference));
          expect(text).toContain(input.tenant.bankAccount ?? '');
          expect(text).toContain(input.tenant.phone);
          const plural = PLURALS[language];
          if (!plural) throw new Error(`no plural expectations for ${language}`);
          if (count === 1) expect(text).toMatch(plural.one);
          else expect(text).toMatch(plural.three);
          expect(text).not.toMatch(plural.notOne);
          // The HTML part carries the same table and language.
          expect(message.html).toContain(`lang="`);
          for (const invoice of input.invoices) expect(message.html).toContain(invoice.number);
          expect(message.html).toContain('<table');
        });
      }
    }
  }

  it('names the count in the level-1 subject in singular and plural', () => {
    for (const [language, [one, three]] of Object.entries(SUBJECT_COUNTS)) {
      expect(renderDunningMessage(sampleDunningInput(language, 1, 1)).subject).toContain(one);
      expect(renderDunningMessage(sampleDunningInput(language, 1, 3)).subject).toContain(three);
    }
  });

  it('uses "=1" for Filipino, where CLDR counts 2, 3 and 21 as "one"', () => {
    for (const count of [2, 3, 5, 21]) {
      expect(renderDunningMessage(sampleDunningInput('fil', 1, count)).subject).toContain(`${count} na invoice`);
    }
  });

  it('formats amounts from bigint in the customer locale, with no-break grouping', () => {
    const input = sampleDunningInput('nb', 3, 3);
    const text = renderDunningMessage(input).text;
    expect(text).toContain('1\u00a0044\u00a0999,82');
    expect(text).toContain(`${formatMoneyWithCurrency(input.total, 'NOK', 'nb-NO')}`);
    expect(formatMoneyWithCurrency(input.total, 'NOK', 'nb-NO')).toBe('1\u00a0045\u00a0304,38\u00a0NOK');
    expect(formatMoneyWithCurrency(123_456_789_012_345_678_901n, 'INR', 'te-IN')).toBe('INR\u00a012,34,56,78,90,12,34,56,789.01');
    expect(formatMoneyWithCurrency(-125_000n, 'GBP', 'en-GB')).toBe('-GBP\u00a01,250.00');
  });

  it('prints dates the way the customer’s region writes them', () => {
    const us = renderDunningMessage({ ...sampleDunningInput('en', 1, 1), customer: { name: 'Acme Inc.', language: 'en-US' } });
    expect(us.text).toContain('03/12/2026');
    const gb = renderDunningMessage(sampleDunningInput('en', 1, 1));
    expect(gb.text).toContain('12/03/2026');
  });

  it('drops the sentence stop after a value that ends in one ("16.03.2026 г.")', () => {
    const text = renderDunningMessage(sampleDunningInput('bg', 3, 1)).text;
    expect(text).toContain('16.03.2026 г.');
    expect(text).not.toContain('г..');
  });

  it('escapes the customer’s and tenant’s text in HTML', () => {
    const input = sampleDunningInput('en', 1, 1);
    const message = renderDunningMessage({ ...input, customer: { ...input.customer, name: '<b>Fish & "Chips"</b>' } });
    expect(message.html).toContain('&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt;');
    expect(message.html).not.toContain('<b>Fish');
    expect(message.text).toContain('<b>Fish & "Chips"</b>');
  });

  it('refuses a total that does not add up', () => {
    const input = sampleDunningInput('en', 3, 3);
    expect(() => renderDunningMessage({ ...input, total: input.total + 1n })).toThrow(/does not equal/);
    expect(() => renderDunningMessage({ ...input, invoices: [], total: input.fees + input.interest })).toThrow(/at least one invoice/);
  });

  it('refuses a template naming {bankAccount} when the tenant has none, and renders one that does not', () => {
    const input = sampleDunningInput('en', 1, 1);
    const noAccount: DunningMessageInput = { ...input, tenant: { ...input.tenant, bankAccount: null } };
    expect(() => renderDunningMessage(noAccount)).toThrow(/tenant\.bankAccount/);
    const cardOnly = {
      ...noAccount,
      templates: { en: { emailBody: 'Please pay {total} by card at pay.example, reference {paymentReference}.\n\n{invoiceTable}' } },
    };
    expect(renderDunningMessage(cardOnly).text).toContain('by card at pay.example');
  });
});

describe('language choice', () => {
  const base = sampleDunningInput('en', 2, 3);
  const withLanguages = (customer: string, tenant: string | null, templates?: DunningMessageInput['templates']) =>
    renderDunningMessage({ ...base, customer: { ...base.customer, language: customer }, tenant: { ...base.tenant, language: tenant }, templates });

  it.each([
    ['nb-NO', 'sv', 'nb'],
    ['sv', 'en', 'sv'],
    ['de-AT', 'sv-SE', 'sv'],
    ['de', 'fr', 'en'],
    ['de', null, 'en'],
    ['no', 'en', 'nb'],
    ['nn', 'en', 'nb'],
    ['tl', 'en', 'fil'],
    ['te-IN', 'en', 'te'],
    ['BG', 'en', 'bg'],
  ])('customer %s, tenant %s → %s', (customer, tenant, expected) => {
    expect(withLanguages(customer, tenant).language).toBe(expected);
  });

  it('normalises tags to template languages', () => {
    expect(templateLanguage('nb-NO')).toBe('nb');
    expect(templateLanguage('fil_PH')).toBe('fil');
    expect(templateLanguage(' TE ')).toBe('te');
  });

  it('takes a tenant’s complete templates for a language without defaults', () => {
    const german = {
      subject: 'Zahlungserinnerung: {total}',
      emailBody: 'Sehr geehrte Damen und Herren,\n\n{invoiceTable}\n\nMit freundlichen Grüßen\n{tenantName}',
      letterTitle: 'Zahlungserinnerung',
      letterBody: ['Sehr geehrte Damen und Herren,', '{invoiceTable}', 'Mit freundlichen Grüßen\n{tenantName}'],
    };
    const message = withLanguages('de-DE', 'sv', { de: german });
    expect(message.language).toBe('de');
    expect(message.subject).toBe(`Zahlungserinnerung: ${formatMoneyWithCurrency(base.total, base.currency, 'de-DE')}`);
  });

  it('skips a language whose override is incomplete and has no defaults to fill it', () => {
    const message = withLanguages('de', 'sv', { de: { subject: 'Nur ein Betreff' } });
    expect(message.language).toBe('sv');
  });

  it('lays a partial override over the default of the same language', () => {
    const message = withLanguages('nb', 'en', { 'nb-NO': { subject: 'Purring fra {tenantName}' } });
    expect(message.language).toBe('nb');
    expect(message.subject).toBe(`Purring fra ${base.tenant.name}`);
    expect(message.text).toContain('60 dager');
  });

  it('resolves without rendering, reporting whether an override was used', () => {
    expect(resolveTemplates(4, ['te', 'en']).language).toBe('te');
    expect(resolveTemplates(4, [undefined, null, '']).language).toBe('en');
    expect(resolveTemplates(1, ['sv'], { sv: { subject: 'x' } }).overridden).toBe(true);
  });
});

describe('template validator', () => {
  it.each([
    ['Dear {customerName, please pay {total}.', /column 6: a "\{" is not closed by "\}"/],
    ['You owe {invoiceCount, plural, one {# invoice}}.', /must have an "other \{…\}" case/],
    ['{invoiceCount, plural, one {# invoice} other {# invoices}', /not closed/],
    ['{invoiceCount, plural, single {# invoice} other {# invoices}}', /not a plural case/],
    ['{invoiceCount, plurl, one {x} other {y}}', /unknown kind of variable/],
    ['Pay {totl} now', /unknown variable \{totl\}; the variables are customerName/],
    ['Pay {total, number} now', /already formatted.*write \{total\}/],
    ['Pay by {deadline, date, short}', /\{deadline\} arrives already formatted/],
    ['{}', /a variable name is missing/],
    ["It's '{total}' now", /apostrophe before "\{" makes the variable print as it stands/],
  ])('reports %s', (message, reason) => {
    const result = validateMessage(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('names the line of an error in a multi-line body', () => {
    const result = validateMessage('Dear {customerName},\n\nPlease pay {total by {deadline}.');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^line 3, column 12: a "\{" is not closed by "\}" \(at "\{total by/);
  });

  it('accepts apostrophes, "<" and a plural inside a select-free text', () => {
    expect(validateMessage('We’re sure it\'s an oversight <b>{customerName}</b>: {invoiceCount, plural, =1 {one} other {#}}.').ok).toBe(true);
  });

  it('checks where the invoice table goes and which fields a new language needs', () => {
    const problems = validateTemplateSet({
      subject: 'Reminder {invoiceTable}',
      emailBody: 'No table here, {customerName}.',
      letterTitle: 'Reminder',
      letterBody: ['Intro and {invoiceTable} in one', 'Closing'],
    }, 'de', { requireComplete: true });
    expect(problems).toEqual([
      { field: 'subject', reason: '{invoiceTable} belongs in the body, not here' },
      { field: 'emailBody', reason: '{invoiceTable} must appear exactly once to place the invoice table; found 0' },
      { field: 'letterBody[0]', reason: '{invoiceTable} must be a paragraph of its own' },
      { field: 'letterBody', reason: 'exactly one paragraph must be {invoiceTable}; found 0' },
    ]);
    expect(validateTemplateSet({ subject: 'Hallo' }, 'de', { requireComplete: true }).map((p) => p.field))
      .toEqual(['emailBody', 'letterTitle', 'letterBody']);
    expect(validateTemplateSet({ emailBody: '{invoiceCount, plural, one {{invoiceTable}} other {x}}' }, 'en'))
      .toEqual([{ field: 'emailBody', reason: '{invoiceTable} cannot be inside a plural or select case' }]);
  });

  it('reports a broken override field by field, with a reason', () => {
    const problems = validateTemplateSet({ letterBody: ['Dear {customerName', '{invoiceTable}'] }, 'en');
    expect(problems).toEqual([{ field: 'letterBody[0]', reason: 'column 6: a "{" is not closed by "}" (at "{customerName")' }]);
  });
});
