// Swedish default dunning texts. A business customer is addressed as "ni"; no salutation, as is usual in Swedish
// business letters.
import { type DunningLevel, INVOICE_TABLE, type TemplateSet, templateSet } from '../template-set.js';

const closing = 'Med vänliga hälsningar\n{tenantName}';
const below = '{invoiceCount, plural, one {fakturan nedan} other {de # fakturorna nedan}}';

export const sv: Record<DunningLevel, TemplateSet> = {
  1: templateSet(
    'Betalningspåminnelse från {tenantName}: '
      + '{invoiceCount, plural, one {# förfallen faktura} other {# förfallna fakturor}}',
    'Betalningspåminnelse',
    [
      `Enligt vår bokföring har ${below} ännu inte betalats. Det kan hända att betalningen helt enkelt har glömts `
        + 'bort, och vi skickar därför denna vänliga påminnelse.',
      INVOICE_TABLE,
      'Vänligen betala {total} till konto {bankAccount} senast {deadline}. Ange betalningsreferensen '
        + '{paymentReference}, så att betalningen kan registreras direkt.',
      'Om ni redan har betalat kan ni bortse från denna påminnelse. Har ni frågor om '
        + '{invoiceCount, plural, one {fakturan} other {fakturorna}} är ni välkomna att ringa oss på {servicePhone}.',
      closing,
    ],
  ),
  2: templateSet(
    'Andra påminnelsen: {total} är förfallet till betalning – {tenantName}',
    'Andra påminnelsen',
    [
      'Vi har tidigare påmint er om {invoiceCount, plural, one {fakturan nedan, som nu har varit förfallen} '
        + 'other {de # fakturorna nedan, som nu har varit förfallna}} i mer än 30 dagar. Vi har ännu varken fått '
        + 'någon betalning eller hört av er.',
      INVOICE_TABLE,
      'Vi ber er betala {total} till konto {bankAccount} senast {deadline} och ange betalningsreferensen '
        + '{paymentReference}.',
      'Observera att om beloppet inte har betalats inom 60 dagar från förfallodagen kommer vi att debitera '
        + 'påminnelseavgift och dröjsmålsränta enligt räntelagen, och fordran kan komma att lämnas till inkasso och '
        + 'rättsliga åtgärder vidtas. Detta medför ytterligare kostnader för er.',
      'Om ni inte kan betala hela beloppet, eller om ni anser att kravet är felaktigt, ber vi er kontakta oss på '
        + '{servicePhone} före {deadline}, så att vi tillsammans kan hitta en lösning.',
      closing,
    ],
  ),
  3: templateSet(
    'Sista påminnelsen: {total} ska betalas senast {deadline} – {tenantName}',
    'Sista påminnelsen före inkasso',
    [
      `Trots våra tidigare påminnelser har ${below} fortfarande inte betalats. Detta är vår sista påminnelse.`,
      INVOICE_TABLE,
      'I enlighet med våra villkor och gällande lag har vi lagt till påminnelseavgift på {fees} och dröjsmålsränta '
        + 'på {interest}. Det totala beloppet att betala är nu {total}.',
      'Beloppet ska betalas till konto {bankAccount} med betalningsreferensen {paymentReference} och vara oss '
        + 'tillhanda senast {deadline}.',
      'En av våra handläggare kommer att ringa er inom de närmaste dagarna för att komma överens om betalningen. Ni '
        + 'kan också själva ringa oss på {servicePhone}.',
      'Om full betalning inte har kommit in senast {deadline} lämnas fordran till inkasso utan ytterligare '
        + 'meddelande, och alla vidare leveranser på kredit stoppas. Inkassokostnaderna debiteras er.',
      closing,
    ],
  ),
  4: templateSet(
    'Ert konto har lämnats till inkasso – {tenantName}',
    'Ert konto har lämnats till inkasso',
    [
      `Eftersom ${below} fortfarande inte har betalats trots våra påminnelser, har ert konto nu lämnats till `
        + 'inkasso. Er kredit hos oss är spärrad med omedelbar verkan, och till dess att skulden är reglerad kan nya '
        + 'beställningar endast levereras mot förskottsbetalning.',
      INVOICE_TABLE,
      'Skulden, inklusive påminnelseavgift på {fees} och dröjsmålsränta på {interest}, uppgår till {total}. '
        + 'Dröjsmålsränta löper till dess att betalning sker.',
      'Detta är er sista möjlighet att reglera skulden utan rättsliga åtgärder. Betala {total} till konto '
        + '{bankAccount} med betalningsreferensen {paymentReference} senast {deadline}.',
      'Om betalningen inte har kommit in senast {deadline} kommer vi utan ytterligare meddelande att vidta '
        + 'rättsliga åtgärder för att driva in fordran. Samtliga kostnader för detta debiteras er.',
      'Kontakta vår inkassoavdelning på {servicePhone} för att komma överens om betalningen.',
      closing,
    ],
  ),
};
