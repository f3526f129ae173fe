// Filipino default dunning texts, formal ("kayo/ninyo"). Plurals use "=1" and "other", not CLDR's "one": in
// Filipino "one" also covers 2, 3, 5, 7, 8, 10, … (it is about the linker, not number), and nouns do not inflect.
import { type DunningLevel, INVOICE_TABLE, type TemplateSet, templateSet } from '../template-set.js';

const salutation = 'Mahal na {customerName},';
const closing = 'Lubos na gumagalang,\n{tenantName}';
const below = '{invoiceCount, plural, =1 {invoice sa ibaba} other {# na invoice sa ibaba}}';

export const fil: Record<DunningLevel, TemplateSet> = {
  1: templateSet(
    'Paalala sa pagbabayad mula sa {tenantName}: '
      + '{invoiceCount, plural, =1 {isang invoice na lampas na sa takdang petsa} other {# na invoice na lampas na sa takdang petsa}}',
    'Paalala sa Pagbabayad',
    [
      salutation,
      'Ayon sa aming talaan, hindi pa nababayaran ang '
        + '{invoiceCount, plural, =1 {invoice na nakalista sa ibaba} other {# na invoice na nakalista sa ibaba}}. '
        + 'Maaaring nakaligtaan lamang ito, kaya ipinapadala namin ang magalang na paalalang ito.',
      INVOICE_TABLE,
      'Maaari ninyong bayaran ang {total} sa pamamagitan ng bank transfer sa account na {bankAccount} hanggang '
        + '{deadline}. Pakilagay ang payment reference na {paymentReference} upang agad naming maitala ang inyong bayad.',
      'Kung nakapagbayad na kayo, mangyaring huwag nang pansinin ang paalalang ito, at maraming salamat po. Kung may '
        + 'katanungan kayo tungkol sa {invoiceCount, plural, =1 {invoice} other {mga invoice}}, tumawag lamang sa '
        + '{servicePhone}; ikalulugod naming tumulong.',
      closing,
    ],
  ),
  2: templateSet(
    'Ikalawang paalala: {total} na lampas na sa takdang petsa – {tenantName}',
    'Ikalawang Paalala',
    [
      salutation,
      `Kamakailan ay pinaalalahanan namin kayo tungkol sa ${below}, na ngayon ay mahigit 30 araw nang lampas sa `
        + 'takdang petsa. Hanggang ngayon ay wala pa kaming natatanggap na bayad o tugon mula sa inyo.',
      INVOICE_TABLE,
      'Mangyaring bayaran ang {total} sa account na {bankAccount} nang hindi lalampas sa {deadline}, at ilagay ang '
        + 'payment reference na {paymentReference}.',
      'Pakitandaan: kung hindi mababayaran ang halaga sa loob ng 60 araw mula sa takdang petsa, magpapataw kami ng '
        + 'singil sa paalala at interes sa pagkaantala ayon sa batas, at maaari naming ipasa ang singilin sa '
        + 'collection at magsagawa ng mga legal na hakbang. Magdudulot ito ng karagdagang gastos sa inyo.',
      'Kung hindi ninyo kayang bayaran nang buo ang halaga, o kung may bahagi nito na inyong tinututulan, mangyaring '
        + 'tawagan kami sa {servicePhone} bago ang {deadline} upang sama-sama tayong makahanap ng solusyon.',
      closing,
    ],
  ),
  3: templateSet(
    'Huling abiso: {total} na dapat bayaran hanggang {deadline} – {tenantName}',
    'Huling Abiso Bago ang Collection',
    [
      salutation,
      `Sa kabila ng aming mga naunang paalala, hindi pa rin nababayaran ang ${below}. Ito na ang aming huling abiso.`,
      INVOICE_TABLE,
      'Alinsunod sa aming mga tuntunin at sa umiiral na batas, nagdagdag kami ng singil sa paalala na {fees} at '
        + 'interes sa pagkaantala na {interest}. Ang kabuuang halagang dapat bayaran ngayon ay {total}.',
      'Ang halaga ay dapat bayaran sa account na {bankAccount} gamit ang payment reference na {paymentReference}, at '
        + 'dapat itong matanggap namin nang hindi lalampas sa {deadline}.',
      'Tatawagan kayo ng isa sa aming mga credit controller sa mga susunod na araw upang pagkasunduan ang pagbabayad. '
        + 'Maaari rin ninyo kaming tawagan sa {servicePhone}.',
      'Kung hindi namin matatanggap ang buong bayad hanggang {deadline}, ipapasa namin ang singilin sa collection '
        + 'nang walang karagdagang abiso at ititigil namin ang lahat ng paghahatid nang pautang. Kayo ang sasagot sa '
        + 'mga gastos sa paniningil.',
      closing,
    ],
  ),
  4: templateSet(
    'Ang inyong account ay ipinasa na sa collection – {tenantName}',
    'Ang Inyong Account ay Ipinasa na sa Collection',
    [
      salutation,
      `Dahil hindi pa rin nababayaran ang ${below} sa kabila ng aming mga paalala at huling abiso, ipinasa na sa `
        + 'collection ang inyong account. Itinigil na rin, simula ngayon, ang inyong credit sa amin: hangga’t hindi '
        + 'nababayaran ang utang, tatanggap lamang kami ng mga bagong order kung may paunang bayad.',
      INVOICE_TABLE,
      'Ang halagang dapat bayaran, kasama ang singil sa paalala na {fees} at interes sa pagkaantala na {interest}, '
        + 'ay {total}. Patuloy na tatakbo ang interes hanggang matanggap namin ang bayad.',
      'Ito na ang huling pagkakataon upang maayos ang utang nang walang legal na aksyon. Bayaran ang {total} sa '
        + 'account na {bankAccount} gamit ang payment reference na {paymentReference} nang hindi lalampas sa '
        + '{deadline}.',
      'Kung hindi namin matatanggap ang bayad hanggang {deadline}, magsasampa kami ng kaso upang mabawi ang utang nang '
        + 'walang karagdagang abiso. Kayo ang sasagot sa lahat ng gastos sa paglilitis at paniningil.',
      'Upang pagkasunduan ang pagbabayad, makipag-ugnayan sa aming collections team sa {servicePhone}.',
      closing,
    ],
  ),
};
