// Word lists for the demo customers: company-name parts, people's names and places per country.
// Lists are "|"-separated strings so a name with a space ("Dela Cruz", "Lone Star") stays one entry.

const list = (text: string): readonly string[] => text.split('|');

export const NO = {
  places: list('Bergen|Tromsø|Stavanger|Bodø|Ålesund|Lillehammer|Kristiansand|Drammen|Hamar|Molde|Narvik|Alta|Førde|Haugesund|Trondheim|Fredrikstad|Lofoten|Hardanger|Voss|Røros'),
  trades: list('Fisk|Sjømat|Bakeri|Kafé|Catering|Dagligvare|Storkjøkken|Hotell|Kiosk|Matsenter|Kolonial|Restaurant|Delikatesse|Servering|Bryggeri'),
  surnames: list('Hansen|Johansen|Olsen|Larsen|Andersen|Berg|Haugen|Nilsen|Dahl|Lie|Solberg|Bakken|Strand|Moen|Eide|Pedersen'),
  first: list('Kari|Ola|Ingrid|Lars|Sigrid|Erik|Marte|Henrik|Silje|Anders|Kristin|Jonas|Nora|Magnus|Ida|Sindre|Tone|Øystein'),
  forms: list('AS|AS|AS|AS|AS|AS|ASA|ANS|SA'),
  mailboxes: list('faktura|regnskap|post|okonomi'),
};

export const SE = {
  places: list('Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Luleå|Umeå|Jönköping|Karlstad|Gävle|Sundsvall|Visby|Kiruna|Halmstad'),
  trades: list('Livs|Fisk|Bageri|Café|Restaurang|Handel|Grossist|Storkök|Delikatess|Hotell|Konditori'),
  surnames: list('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Berg|Holm|Svensson|Lundgren|Persson'),
  first: list('Anna|Erik|Maria|Karl|Elin|Johan|Sara|Lars|Emma|Oskar|Linnea|Axel|Maja|Gustav'),
  forms: list('AB|AB|AB|AB|AB|HB'),
  mailboxes: list('faktura|ekonomi|reskontra'),
};

export const BG = {
  words: list('Балкан|Родопа|Дунав|Витоша|Тракия|Пирин|Странджа|Марица|Черноморие|Елит|Искър|Янтра|Мусала|Рила|Камчия|Огоста'),
  trades: list('Трейд|Фуудс|Дистрибуция|Маркет|Хотели|Логистик|Хранителни стоки|Ресторанти|Кетъринг|Импорт|Хорека'),
  cities: list('София|Пловдив|Варна|Бургас|Русе|Стара Загора|Плевен|Велико Търново'),
  male: list('Иван|Георги|Димитър|Николай|Стоян|Петър|Христо|Тодор|Васил|Красимир'),
  female: list('Мария|Елена|Петя|Десислава|Радка|Гергана|Светла|Цветелина|Милена|Даниела'),
  /** Male forms; the female form adds "а" (Иванов → Иванова). */
  surnames: list('Иванов|Петров|Георгиев|Димитров|Николов|Стоянов|Тодоров|Христов|Попов|Костадинов|Стефанов|Илиев'),
  forms: list('ЕООД|ЕООД|ЕООД|ООД|ООД|ООД|АД'),
  mailboxes: list('office|schetovodstvo|fakturi'),
};

export const PH = {
  words: list('Mabuhay|Bayanihan|Tala|Bituin|Maharlika|Dagat|Luzon|Visayas|Mindanao|Sampaguita|Perlas|Araw|Malaya|Kalayaan|Likha|Silangan'),
  surnames: list('Santos|Reyes|Cruz|Bautista|Garcia|Mendoza|Villanueva|Ramos|Aquino|Castillo|Dela Cruz|Navarro|Manalo|Soriano'),
  trades: list('Food Trading|Grocery|Supermart|Seafood|Distribution|Hotel & Resort|Bakeshop|Restaurant Group|Provisions|Food Services'),
  first: list('Maria|Jose|Ana|Juan|Rosario|Mark|Angelica|Paolo|Kristine|Ramon|Jasmine|Carlo|Lorna|Emmanuel'),
  forms: list('Inc.|Inc.|Inc.|Corporation|Corp.|Co.'),
  cities: list('Makati|Quezon City|Pasig|Cebu City|Davao City|Iloilo City|Taguig|Mandaluyong'),
  mailboxes: list('accounting|ap|billing'),
};

/** Andhra Pradesh / Telangana: Telugu-script names with their usual Latin spelling. */
export const IN_TE = {
  names: [['శ్రీ లక్ష్మి', 'Sri Lakshmi'], ['శ్రీ వెంకటేశ్వర', 'Sri Venkateswara'], ['సాయి', 'Sai'], ['గోదావరి', 'Godavari'],
    ['కృష్ణా', 'Krishna'], ['దుర్గా', 'Durga'], ['అన్నపూర్ణ', 'Annapurna'], ['భాగ్యనగర్', 'Bhagyanagar'],
    ['శ్రీ సాయి రామ్', 'Sri Sai Ram'], ['విజయ', 'Vijaya']] as const,
  trades: [['ట్రేడర్స్', 'Traders'], ['ఫుడ్స్', 'Foods'], ['ఎంటర్‌ప్రైజెస్', 'Enterprises'], ['ఏజెన్సీస్', 'Agencies'],
    ['స్పైసెస్', 'Spices']] as const,
  /** City and STD code (the national number is 10 digits). */
  cities: [['Hyderabad', '40'], ['Vijayawada', '866'], ['Visakhapatnam', '891'], ['Guntur', '863'], ['Warangal', '870'],
    ['Tirupati', '877'], ['Nellore', '861']] as const,
  first: list('Ravi|Lakshmi|Srinivas|Padma|Venkat|Anusha|Suresh|Sravani|Praveen|Madhavi|Kiran|Swathi|Naveen|Haritha'),
  surnames: list('Reddy|Rao|Naidu|Chowdary|Varma|Sastry|Goud|Raju|Prasad|Kumar'),
  forms: list('Pvt Ltd|Pvt Ltd|Pvt Ltd|LLP|'),
};

export const IN_EN = {
  words: list('Shree Ganesh|Malabar|Deccan|Konkan|Sahyadri|Indus|Ganga|Himalaya|Coromandel|Kaveri|Narmada|Bharat'),
  trades: list('Spices|Exports|Foods|Agro Products|Trading Co.|Hospitality|Impex|Provisions'),
  cities: [['Mumbai', '22'], ['Pune', '20'], ['Bengaluru', '80'], ['Delhi', '11'], ['Chennai', '44'], ['Kochi', '484'],
    ['Ahmedabad', '79']] as const,
  first: list('Amit|Priya|Rahul|Neha|Sanjay|Pooja|Vikram|Anjali|Arjun|Kavita|Rohan|Deepa'),
  surnames: list('Sharma|Patel|Gupta|Iyer|Mehta|Nair|Joshi|Desai|Menon|Kulkarni|Singh|Bose'),
  forms: list('Pvt Ltd|Pvt Ltd|Ltd|LLP'),
  mailboxes: list('accounts|finance|ap'),
};

export const GB = {
  places: list('Yorkshire|Thames|Pennine|Cotswold|Highland|Mersey|Solent|Cheshire|Kentish|Clyde|Severn|Tyne|Cornish|Fenland|Chiltern'),
  trades: list('Foods|Provisions|Catering Supplies|Fine Foods|Hospitality Group|Wholesale|Seafoods|Grocers|Larder'),
  first: list('Oliver|Emma|James|Sophie|Harry|Charlotte|Thomas|Amelia|George|Lucy|Rhys|Fiona'),
  surnames: list('Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Thomas|Roberts|Walker|Campbell|Hughes'),
  forms: list('Ltd|Ltd|Ltd|Ltd|Ltd|plc|LLP'),
  /** Ofcom's drama ranges (never allocated to real subscribers): area code and the 4-digit block prefix. */
  areas: [['20', '7946 0'], ['161', '496 0'], ['121', '496 0'], ['113', '496 0'], ['141', '496 0'], ['117', '496 0']] as const,
  mailboxes: list('accounts|accountspayable|finance'),
};

export const DE = {
  surnames: list('Müller|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|Bauer|Richter|Wolf|Neumann|Schmidt|Wagner'),
  regions: list('Rhein|Elbe|Bayern|Hanse|Nordsee|Schwarzwald|Alster|Spree|Main|Allgäu|Ostsee|Pfalz'),
  trades: list('Feinkost|Lebensmittel|Gastro|Getränke|Handel|Frischdienst|Fisch|Großhandel|Gastronomie|Backwaren'),
  first: list('Lukas|Anna|Maximilian|Laura|Felix|Julia|Jonas|Lena|Tobias|Katrin|Stefan|Sabine'),
  forms: list('GmbH|GmbH|GmbH|GmbH|GmbH|GmbH & Co. KG|GmbH & Co. KG|AG|e.K.'),
  /** Area code and subscriber-number length. */
  areas: [['30', 8], ['40', 8], ['89', 8], ['221', 7], ['69', 8], ['211', 7], ['711', 7]] as const,
  mailboxes: list('buchhaltung|rechnungen|finanzen'),
};

export const US = {
  places: list('Pacific|Lone Star|Great Lakes|Hudson Valley|Bay Area|Rocky Mountain|Gulf Coast|Midwest|Chesapeake|Cascade|Sunbelt|Evergreen|Blue Ridge'),
  trades: list('Seafood|Provisions|Foodservice|Importers|Grocers|Distributing|Hospitality|Specialty Foods|Fresh Market'),
  first: list('Michael|Jennifer|David|Jessica|Christopher|Ashley|Daniel|Emily|Matthew|Sarah|Brian|Megan'),
  surnames: list('Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Clark'),
  forms: list('Inc.|Inc.|Inc.|Inc.|LLC|LLC|LLC|Corp.'),
  /** Area codes; subscriber numbers stay in 555-0100…0199, reserved for fiction. */
  areas: list('212|312|415|206|713|617|305|503|404|612'),
  mailboxes: list('ap|accounts.payable|billing'),
};

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a',
  ь: 'y', ю: 'yu', я: 'ya',
};
const LATIN: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'ue', ß: 'ss', é: 'e' };

/** Lower-case ASCII for e-mail addresses: Bulgarian transliteration, ø → o, ü → ue; anything else is dropped. */
export function ascii(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '');
  return out;
}
