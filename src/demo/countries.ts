// Per-country rules for demo customers: how a company is named, its language and currency, and how its people,
// e-mail addresses and phone numbers look. E-mail domains end in ".example" (RFC 2606) so no demo mail can be
// delivered; GB, US and SE numbers use the ranges their regulators reserve for fiction.
import type { Rng } from './random.js';
import { ascii, BG, DE, GB, IN_EN, IN_TE, NO, PH, SE, US } from './names.js';

export type Person = { name: string; emailLocal: string };

/** One drafted customer: its name, the key its e-mail domain is built from, and the region-bound helpers. */
export type Draft = {
  name: string;
  domainKey: string;
  language: string;
  mailbox: string;
  person(rng: Rng): Person;
  phone(rng: Rng, mobile: boolean): string;
};

export type CountryProfile = {
  country: string;
  currency: string;
  /** Customers of this country in the demo. */
  count: number;
  /** Units of this currency per NOK, to scale the amounts (rough 2026 rates). */
  perNok: number;
  terms: readonly (readonly [number, number])[];
  draft(rng: Rng): Draft;
};

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

const person = (first: string, last: string): Person => ({ name: `${first} ${last}`, emailLocal: `${ascii(first)}.${ascii(last)}` });

function westernPeople(firsts: readonly string[], lasts: readonly string[]) {
  return (rng: Rng): Person => person(rng.pick(firsts), rng.pick(lasts));
}

function telugu(rng: Rng): Pick<Draft, 'name' | 'domainKey'> {
  const [teName, latinName] = rng.pick(IN_TE.names);
  const [teTrade, latinTrade] = rng.pick(IN_TE.trades);
  if (rng.chance(0.5)) return { name: `${teName} ${teTrade}`, domainKey: latinName + latinTrade };
  const form = rng.pick(IN_TE.forms);
  return { name: `${latinName} ${latinTrade}${form ? ` ${form}` : ''}`, domainKey: latinName + latinTrade };
}

function indianPhone(std: string) {
  return (rng: Rng, mobile: boolean): string => {
    if (mobile) return `+91 ${rng.pick(['98', '99', '94', '70', '63'])}${digits(rng, 3)} ${digits(rng, 5)}`;
    const rest = 8 - (std.length - 2);
    return `+91 ${std} ${rng.int(2, 6)}${digits(rng, rest - 5)} ${digits(rng, 4)}`;
  };
}

export const COUNTRIES: readonly CountryProfile[] = [
  {
    country: 'NO', currency: 'NOK', count: 62, perNok: 1, terms: [[14, 3], [30, 5], [45, 1]],
    draft(rng) {
      const trade = rng.pick(NO.trades);
      const head = rng.chance(0.6) ? rng.pick(NO.places) : rng.pick(NO.surnames);
      return {
        name: `${head} ${trade} ${rng.pick(NO.forms)}`, domainKey: head + trade, language: 'nb', mailbox: rng.pick(NO.mailboxes),
        person: westernPeople(NO.first, NO.surnames),
        phone: (r, mobile) => mobile ? `+47 ${r.pick(['9', '4'])}${digits(r, 2)} ${digits(r, 2)} ${digits(r, 3)}`
          : `+47 ${r.int(2, 7)}${digits(r, 1)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
      };
    },
  },
  {
    country: 'SE', currency: 'SEK', count: 34, perNok: 0.93, terms: [[30, 6], [14, 2], [45, 1]],
    draft(rng) {
      const trade = rng.pick(SE.trades);
      const head = rng.chance(0.6) ? rng.pick(SE.places) : rng.pick(SE.surnames);
      return {
        name: `${head} ${trade} ${rng.pick(SE.forms)}`, domainKey: head + trade, language: 'sv', mailbox: rng.pick(SE.mailboxes),
        person: westernPeople(SE.first, SE.surnames),
        phone: (r, mobile) => mobile ? `+46 70 174 06 ${r.int(5, 99).toString().padStart(2, '0')}` : `+46 8 465 004 ${digits(r, 2)}`,
      };
    },
  },
  {
    country: 'BG', currency: 'EUR', count: 24, perNok: 0.085, terms: [[30, 5], [14, 2], [60, 2]],
    draft(rng) {
      const word = rng.pick(BG.words);
      const trade = rng.pick(BG.trades);
      const form = rng.pick(BG.forms);
      return {
        name: rng.chance(0.5) ? `„${word} ${trade}“ ${form}` : `${word} ${trade} ${form}`,
        domainKey: word + trade, language: 'bg', mailbox: rng.pick(BG.mailboxes),
        person: (r) => {
          const female = r.chance(0.5);
          const surname = r.pick(BG.surnames);
          return person(r.pick(female ? BG.female : BG.male), female ? `${surname}а` : surname);
        },
        phone: (r, mobile) => mobile ? `+359 ${r.pick(['87', '88', '89'])} ${digits(r, 3)} ${digits(r, 4)}`
          : `+359 2 9${digits(r, 2)} ${digits(r, 4)}`,
      };
    },
  },
  {
    country: 'PH', currency: 'PHP', count: 26, perNok: 5.5, terms: [[30, 4], [45, 3], [60, 3]],
    draft(rng) {
      const head = rng.chance(0.6) ? rng.pick(PH.words) : rng.pick(PH.surnames);
      const trade = rng.pick(PH.trades);
      return {
        name: `${head} ${trade} ${rng.pick(PH.forms)}`, domainKey: head + trade,
        language: rng.chance(0.65) ? 'fil' : 'en', mailbox: rng.pick(PH.mailboxes),
        person: westernPeople(PH.first, PH.surnames),
        phone: (r, mobile) => mobile ? `+63 9${r.pick(['17', '18', '27', '05', '99'])} ${digits(r, 3)} ${digits(r, 4)}`
          : `+63 2 8${digits(r, 3)} ${digits(r, 4)}`,
      };
    },
  },
  {
    country: 'IN', currency: 'INR', count: 32, perNok: 8.3, terms: [[30, 3], [45, 4], [60, 4]],
    draft(rng) {
      if (rng.chance(0.6)) {
        const [, std] = rng.pick(IN_TE.cities);
        return { ...telugu(rng), language: 'te', mailbox: rng.pick(IN_EN.mailboxes),
          person: westernPeople(IN_TE.first, IN_TE.surnames), phone: indianPhone(std) };
      }
      const [, std] = rng.pick(IN_EN.cities);
      const word = rng.pick(IN_EN.words);
      const trade = rng.pick(IN_EN.trades);
      return {
        name: `${word} ${trade} ${rng.pick(IN_EN.forms)}`, domainKey: word + trade, language: 'en', mailbox: rng.pick(IN_EN.mailboxes),
        person: westernPeople(IN_EN.first, IN_EN.surnames), phone: indianPhone(std),
      };
    },
  },
  {
    country: 'GB', currency: 'GBP', count: 26, perNok: 0.074, terms: [[30, 6], [60, 2], [14, 1]],
    draft(rng) {
      const place = rng.pick(GB.places);
      const trade = rng.pick(GB.trades);
      const [area, block] = rng.pick(GB.areas);
      return {
        name: `${place} ${trade} ${rng.pick(GB.forms)}`, domainKey: place + trade, language: 'en', mailbox: rng.pick(GB.mailboxes),
        person: westernPeople(GB.first, GB.surnames),
        phone: (r, mobile) => mobile ? `+44 7700 900${digits(r, 3)}` : `+44 ${area} ${block}${digits(r, 3)}`,
      };
    },
  },
  {
    country: 'DE', currency: 'EUR', count: 22, perNok: 0.085, terms: [[14, 4], [30, 5]],
    draft(rng) {
      const trade = rng.pick(DE.trades);
      const byName = rng.chance(0.55);
      const head = byName ? rng.pick(DE.surnames) : rng.pick(DE.regions);
      const [area, length] = rng.pick(DE.areas);
      return {
        name: `${head}${byName ? ' ' : '-'}${trade} ${rng.pick(DE.forms)}`, domainKey: head + trade, language: 'en',
        mailbox: rng.pick(DE.mailboxes), person: westernPeople(DE.first, DE.surnames),
        phone: (r, mobile) => mobile ? `+49 ${r.pick(['151', '160', '170', '176'])} ${digits(r, 8)}`
          : `+49 ${area} ${r.int(2, 9)}${digits(r, length - 1)}`,
      };
    },
  },
  {
    country: 'US', currency: 'USD', count: 20, perNok: 0.098, terms: [[30, 6], [45, 2], [60, 2]],
    draft(rng) {
      const place = rng.pick(US.places);
      const trade = rng.pick(US.trades);
      const area = rng.pick(US.areas);
      return {
        name: `${place} ${trade} ${rng.pick(US.forms)}`, domainKey: place + trade, language: 'en', mailbox: rng.pick(US.mailboxes),
        person: westernPeople(US.first, US.surnames),
        phone: (r) => `+1 ${area} 555 01${digits(r, 2)}`,
      };
    },
  },
];
