// Norwegian (bokmål) default dunning texts. A business customer is addressed as "dere"; no salutation, as is usual
// in Norwegian business letters.
import { type DunningLevel, INVOICE_TABLE, type TemplateSet, templateSet } from '../template-set.js';

const closing = 'Med vennlig hilsen\n{tenantName}';
const below = '{invoiceCount, plural, one {fakturaen nedenfor} other {de # fakturaene nedenfor}}';

export const nb: Record<DunningLevel, TemplateSet> = {
  1: templateSet(
    'Betalingspåminnelse fra {tenantName}: '
      + '{invoiceCount, plural, one {# forfalt faktura} other {# forfalte fakturaer}}',
    'Betalingspåminnelse',
    [
      `Vi kan ikke se å ha mottatt betaling for ${below}. Kanskje har betalingen rett og slett blitt glemt, og vi `
        + 'sender derfor denne vennlige påminnelsen.',
      INVOICE_TABLE,
      'Vennligst betal {total} til konto {bankAccount} innen {deadline}. Oppgi betalingsreferansen '
        + '{paymentReference}, slik at innbetalingen blir registrert med en gang.',
      'Dersom beløpet allerede er betalt, kan dere se bort fra denne påminnelsen. Har dere spørsmål til '
        + '{invoiceCount, plural, one {fakturaen} other {fakturaene}}, er dere velkommen til å ringe oss på '
        + '{servicePhone}.',
      closing,
    ],
  ),
  2: templateSet(
    'Purring: {total} er forfalt til betaling – {tenantName}',
    'Purring',
    [
      'Vi har tidligere minnet dere om {invoiceCount, plural, one {fakturaen nedenfor, som nå er} '
        + 'other {de # fakturaene nedenfor, som nå er}} mer enn 30 dager over forfall. Vi har verken mottatt '
        + 'betaling eller hørt fra dere.',
      INVOICE_TABLE,
      'Vi ber om at {total} betales til konto {bankAccount} senest {deadline}, med betalingsreferanse '
        + '{paymentReference}.',
      'Vær oppmerksom på at dersom beløpet ikke er betalt innen 60 dager etter forfall, vil vi beregne purregebyr og '
        + 'forsinkelsesrente etter forsinkelsesrenteloven, og kravet kan bli overlatt til inkasso og rettslig '
        + 'inndrivelse. Dette vil medføre ytterligere kostnader for dere.',
      'Dersom dere ikke kan betale hele beløpet, eller er uenige i kravet, ber vi dere kontakte oss på '
        + '{servicePhone} før {deadline}, slik at vi sammen kan finne en løsning.',
      closing,
    ],
  ),
  3: templateSet(
    'Siste varsel: {total} må betales innen {deadline} – {tenantName}',
    'Siste varsel før inkasso',
    [
      `Til tross for våre tidligere påminnelser er ${below} fortsatt ikke betalt. Dette er vårt siste varsel.`,
      INVOICE_TABLE,
      'I samsvar med våre betingelser og gjeldende lov har vi lagt til purregebyr på {fees} og forsinkelsesrente '
        + 'på {interest}. Samlet beløp å betale er nå {total}.',
      'Beløpet må betales til konto {bankAccount} med betalingsreferanse {paymentReference} og være oss i hende '
        + 'senest {deadline}.',
      'En av våre saksbehandlere vil ringe dere i løpet av de nærmeste dagene for å avtale betaling. Dere kan også '
        + 'selv ringe oss på {servicePhone}.',
      'Dersom full betaling ikke er mottatt innen {deadline}, vil kravet bli overlatt til inkasso uten ytterligere '
        + 'varsel, og videre leveranser på kreditt vil bli stanset. Inkassokostnadene vil bli belastet dere.',
      closing,
    ],
  ),
  4: templateSet(
    'Kontoen deres er overført til inkasso – {tenantName}',
    'Kontoen er overført til inkasso',
    [
      `Ettersom ${below} fortsatt ikke er betalt til tross for våre påminnelser og siste varsel, er kontoen deres nå `
        + 'overført til inkassobehandling. Kreditten deres hos oss er stengt med umiddelbar virkning, og inntil '
        + 'saken er gjort opp, kan nye bestillinger bare leveres mot forskuddsbetaling.',
      INVOICE_TABLE,
      'Skyldig beløp, inkludert purregebyr på {fees} og forsinkelsesrente på {interest}, er {total}. Det påløper '
        + 'forsinkelsesrente frem til betaling skjer.',
      'Dette er siste mulighet til å gjøre opp saken uten rettslige skritt. Betal {total} til konto {bankAccount} '
        + 'med betalingsreferanse {paymentReference} senest {deadline}.',
      'Dersom betaling ikke er mottatt innen {deadline}, vil vi uten ytterligere varsel gå til rettslige skritt for '
        + 'å inndrive kravet. Alle kostnader dette medfører, vil bli krevd dekket av dere.',
      'For å avtale betaling kan dere kontakte vår inkassoavdeling på {servicePhone}.',
      closing,
    ],
  ),
};
