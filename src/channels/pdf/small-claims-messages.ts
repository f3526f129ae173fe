// Headings of the small-claims pack in the six languages the letters have (issue #6: "In the customer's language
// where the letters have that language, else the tenant's, else English"). Column words shared with statements and
// letters (invoice, due date, amount, page …) come from their messages, so the documents of one tenant agree.
import { type LetterLabels, letterLabels } from '../letters/letter-labels.js';
import { DEFAULT_LANGUAGES, templateLanguage } from '../letters/templates.js';

export type SmallClaimsMessages = {
  language: string;
  title: string; claimant: string; respondent: string; claim: string; principal: string; fees: string; totalClaimed: string;
  interestTo: (date: string) => string; invoices: string; reminders: string; level: string; channel: string; sentOn: string;
  deadline: string; registered: string; noReminders: string; basis: string; preparedOn: string; contactPerson: string;
  request: (date: string) => string; channels: Record<string, string>;
  labels: LetterLabels;
};

type Own = Omit<SmallClaimsMessages, 'language' | 'labels'>;

const OWN: Readonly<Record<string, Own>> = {
  en: {
    title: 'Small claim', claimant: 'Claimant (creditor)', respondent: 'Respondent (debtor)', claim: 'The claim', principal: 'Principal (unpaid invoices)',
    fees: 'Fixed compensation for recovery costs', totalClaimed: 'Total claimed', interestTo: (d) => `Interest calculated to ${d}`, invoices: 'Invoices',
    reminders: 'Reminders sent', level: 'Level', channel: 'Channel', sentOn: 'Sent', deadline: 'Payment deadline', registered: 'registered mail',
    noReminders: 'No reminders recorded.', basis: 'Legal basis', preparedOn: 'Prepared on', contactPerson: 'Contact person',
    request: (d) => `The claimant asks the court to order the respondent to pay the total claimed, with further interest from ${d} until payment.`,
    channels: { email: 'Email', letter: 'Letter', sms: 'SMS', 'call-task': 'Call' },
  },
  nb: {
    title: 'Forliksklage', claimant: 'Klager (kreditor)', respondent: 'Innklagede (skyldner)', claim: 'Kravet', principal: 'Hovedstol (ubetalte fakturaer)',
    fees: 'Kompensasjon for inndrivingskostnader', totalClaimed: 'Samlet krav', interestTo: (d) => `Renter beregnet til ${d}`, invoices: 'Fakturaer',
    reminders: 'Purringer og varsler sendt', level: 'Nivå', channel: 'Kanal', sentOn: 'Sendt', deadline: 'Betalingsfrist', registered: 'rekommandert',
    noReminders: 'Ingen purringer registrert.', basis: 'Rettsgrunnlag', preparedOn: 'Utarbeidet', contactPerson: 'Kontaktperson',
    request: (d) => `Klager ber om at innklagede dømmes til å betale samlet krav, med tillegg av forsinkelsesrente fra ${d} til betaling skjer.`,
    channels: { email: 'E-post', letter: 'Brev', sms: 'SMS', 'call-task': 'Telefon' },
  },
  sv: {
    title: 'Ansökan om stämning – förenklat tvistemål', claimant: 'Kärande (borgenär)', respondent: 'Svarande (gäldenär)', claim: 'Yrkande',
    principal: 'Kapitalbelopp (obetalda fakturor)', fees: 'Ersättning för indrivningskostnader', totalClaimed: 'Totalt yrkat belopp',
    interestTo: (d) => `Ränta beräknad till ${d}`, invoices: 'Fakturor', reminders: 'Skickade påminnelser', level: 'Nivå', channel: 'Kanal', sentOn: 'Skickad',
    deadline: 'Sista betalningsdag', registered: 'rekommenderat', noReminders: 'Inga påminnelser registrerade.', basis: 'Rättslig grund',
    preparedOn: 'Upprättad', contactPerson: 'Kontaktperson',
    request: (d) => `Käranden yrkar att svaranden förpliktas att betala det yrkade beloppet jämte dröjsmålsränta från ${d} till dess betalning sker.`,
    channels: { email: 'E-post', letter: 'Brev', sms: 'SMS', 'call-task': 'Telefon' },
  },
  bg: {
    title: 'Искова молба', claimant: 'Ищец (кредитор)', respondent: 'Ответник (длъжник)', claim: 'Искане', principal: 'Главница (неплатени фактури)',
    fees: 'Обезщетение за разходи по събирането', totalClaimed: 'Обща претендирана сума', interestTo: (d) => `Лихва, изчислена до ${d}`, invoices: 'Фактури',
    reminders: 'Изпратени напомняния', level: 'Ниво', channel: 'Канал', sentOn: 'Изпратено', deadline: 'Краен срок', registered: 'препоръчано',
    noReminders: 'Няма записани напомняния.', basis: 'Правно основание', preparedOn: 'Изготвено на', contactPerson: 'Лице за контакт',
    request: (d) => `Ищецът моли съда да осъди ответника да заплати общата претендирана сума, ведно със законната лихва от ${d} до окончателното изплащане.`,
    channels: { email: 'Имейл', letter: 'Писмо', sms: 'SMS', 'call-task': 'Обаждане' },
  },
  fil: {
    title: 'Paghahabol sa Small Claims', claimant: 'Naghahabol (nagpautang)', respondent: 'Inirereklamo (may utang)', claim: 'Ang paghahabol',
    principal: 'Prinsipal (mga hindi nabayarang invoice)', fees: 'Kabayaran sa gastos sa paniningil', totalClaimed: 'Kabuuang hinahabol',
    interestTo: (d) => `Interes na kinuwenta hanggang ${d}`, invoices: 'Mga invoice', reminders: 'Mga paalalang ipinadala', level: 'Antas',
    channel: 'Paraan', sentOn: 'Ipinadala', deadline: 'Takdang petsa ng bayad', registered: 'rehistradong sulat', noReminders: 'Walang naitalang paalala.',
    basis: 'Batayang legal', preparedOn: 'Inihanda noong', contactPerson: 'Taong makakausap',
    request: (d) => `Hinihiling ng naghahabol na utusan ng hukuman ang inirereklamo na bayaran ang kabuuang hinahabol, kasama ang interes mula ${d} hanggang sa mabayaran.`,
    channels: { email: 'Email', letter: 'Sulat', sms: 'SMS', 'call-task': 'Tawag' },
  },
  te: {
    title: 'చిన్న దావా', claimant: 'దావాదారు (రుణదాత)', respondent: 'ప్రతివాది (రుణగ్రహీత)', claim: 'దావా', principal: 'అసలు (చెల్లించని ఇన్వాయిస్\u200cలు)',
    fees: 'వసూలు ఖర్చుల పరిహారం', totalClaimed: 'మొత్తం దావా సొమ్ము', interestTo: (d) => `${d} వరకు లెక్కించిన వడ్డీ`, invoices: 'ఇన్వాయిస్\u200cలు',
    reminders: 'పంపిన జ్ఞాపికలు', level: 'స్థాయి', channel: 'మార్గం', sentOn: 'పంపిన తేదీ', deadline: 'చెల్లింపు గడువు', registered: 'రిజిస్టర్డ్ పోస్ట్',
    noReminders: 'జ్ఞాపికలు నమోదు కాలేదు.', basis: 'చట్టపరమైన ఆధారం', preparedOn: 'తయారు చేసిన తేదీ', contactPerson: 'సంప్రదించవలసిన వ్యక్తి',
    request: (d) => `దావా చేసిన మొత్తాన్ని, ${d} నుండి చెల్లింపు జరిగే వరకు వడ్డీతో సహా చెల్లించమని ప్రతివాదిని ఆదేశించవలసిందిగా దావాదారు న్యాయస్థానాన్ని కోరుతున్నారు.`,
    channels: { email: 'ఇమెయిల్', letter: 'లేఖ', sms: 'SMS', 'call-task': 'ఫోన్ కాల్' },
  },
};

/** The first of the preferred languages (customer's, tenant's) that the letters have; English otherwise. */
export function smallClaimsLanguage(preference: readonly (string | null | undefined)[]): string {
  for (const tag of preference) {
    if (!tag || tag.trim() === '') continue;
    const language = templateLanguage(tag);
    if ((DEFAULT_LANGUAGES as readonly string[]).includes(language) && OWN[language]) return language;
  }
  return 'en';
}

export function smallClaimsMessages(language: string): SmallClaimsMessages {
  const own = OWN[language] ?? OWN.en;
  if (!own) throw new Error('English small-claims messages are missing');
  return { ...own, language: OWN[language] ? language : 'en', labels: letterLabels(OWN[language] ? language : 'en') };
}
