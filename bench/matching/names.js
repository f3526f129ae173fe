// Name material for the synthetic tenant: six countries, each with surnames, place/brand words, trades, first names
// and legal forms (weights in tenths), written as customers write them (diacritics, Cyrillic).
export const COUNTRIES = {
  NO: {
    currency: 'NOK',
    surnames: 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Rasmussen Lunde Solheim Berge Moe Nygård Bakke Fredriksen Holm Lien Hauge Christensen Andresen Knudsen Evensen Sæther Aas Myhre Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Aune Mikkelsen Tveit Brekke Abrahamsen Madsen'.split(' '),
    words: 'Fjord Nordlys Vestland Fjell Bølge Havblikk Midnattsol Trollheim Polar Viking Tind Skog Elv Sjøbris Lofoten Romsdal Hardanger Glitre Kyst Nordkapp Jotun Fossen Hav Brattli Solstad Vinje Fjære Bjørkli Granli Øyfjell'.split(' '),
    trades: 'Bygg Rør Elektro Maskin Transport Regnskap Eiendom Entreprenør Maling Tak Snekkeri Konsulent Data Rådgivning Handel Marin Fisk Verksted Bil Anlegg Installasjon Ventilasjon Renhold Murer Grøntanlegg Sikkerhet Regnskapsbyrå Eiendomsforvaltning'.split(' '),
    first: 'Ole Kari Per Ingrid Lars Anne Jon Marit Knut Silje Håkon Solveig Bjørn Åse Øystein Tone Erik Hilde Geir Ragnhild'.split(' '),
    legal: [['AS', 85], ['ASA', 3], ['DA', 4], ['ANS', 3], ['SA', 5]],
    personLegal: 'ENK',
    group: ['Gruppen', 'Holding', 'Konsern'],
  },
  SE: {
    currency: 'SEK',
    surnames: 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Andreasson Blom Månsson'.split(' '),
    words: 'Norrsken Skärgård Fjäll Älvdal Solvik Björkdal Granit Kust Lappland Gotland Vasa Nordvind Ekdal Sjöstad Stjärnfall Ljungby Runsten Ålund Tallbacka Sälen Vänern Kolmården Mälar Hallands'.split(' '),
    trades: 'Bygg Måleri Elektriska Rör Transport Redovisning Fastigheter Konsult Data Teknik Verkstad Handel Åkeri Snickeri VVS Städ Livsmedel Trädgård Plåtslageri Mekaniska Installation Säkerhet Entreprenad Maskinuthyrning'.split(' '),
    first: 'Anders Anna Lars Karin Björn Eva Mikael Sofia Johan Åsa Per Ingrid Göran Maria Nils Elin'.split(' '),
    legal: [['AB', 88], ['HB', 6], ['KB', 3], ['Aktiebolag', 3]],
    personLegal: '',
    group: ['Koncern', 'Holding', 'Gruppen'],
  },
  GB: {
    currency: 'GBP',
    surnames: 'Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Harrington Ashford Blackwood Whitfield Pemberton Fairweather Cartwright Thornton Hargreaves Kensington Bellamy Holloway Lancaster Marsden Ramsey Sutherland Winchester Aldridge Beckett Caldwell Fletcher Gallagher Hawthorne Ingram Kendrick Lockwood Merriweather Norwood Oakley Prescott Radcliffe Sinclair Thackeray Underwood Vaughan Wetherby Yardley'.split(' '),
    words: 'Albion Thames Pennine Cotswold Highland Crown Sovereign Meridian Kingsway Oakwood Riverside Northgate Westfield Brookside Summit Pinnacle Beacon Harbour Phoenix Granite Mercia Wessex Solent Severn Chiltern'.split(' '),
    trades: 'Logistics Consulting Engineering Builders Plumbing Electrical Solutions Services Systems Foods Print Interiors Joinery Haulage Recruitment Accountants Design Developments Trading Security Catering Scaffolding Roofing Landscapes'.split(' '),
    first: 'James Oliver Emma Charlotte William Sophie Thomas Harriet George Eleanor'.split(' '),
    legal: [['Ltd', 72], ['Limited', 15], ['PLC', 4], ['LLP', 9]],
    personLegal: '',
    group: ['Group', 'Holdings', 'Group'],
  },
  DE: {
    currency: 'EUR',
    surnames: 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer'.split(' '),
    words: 'Rhein Alpen Nordsee Elbe Spree Hanse Bavaria Schwarzwald Main Donau Harz Ostsee Taunus Eifel Allgäu Weser Mosel Neckar Erzgebirge Spessart'.split(' '),
    trades: 'Maschinenbau Logistik Elektrotechnik Bau Metallbau Haustechnik Spedition Druckerei Steuerberatung Software Handel Immobilien Gebäudereinigung Autohaus Anlagenbau Kunststofftechnik Medizintechnik Holzbau Dachdeckerei Consulting Sanitär Fensterbau'.split(' '),
    first: 'Hans Jürgen Anke Sabine Klaus Jörg Ulrike Matthias Katrin Günter'.split(' '),
    legal: [['GmbH', 70], ['GmbH & Co. KG', 12], ['AG', 6], ['e.K.', 6], ['UG (haftungsbeschränkt)', 6]],
    personLegal: 'e.K.',
    group: ['Holding', 'Gruppe', 'Holding'],
  },
  BG: {
    currency: 'EUR',
    surnames: 'Иванов Петров Георгиев Димитров Николов Христов Стоянов Тодоров Илиев Василев Атанасов Петков Ангелов Колев Йорданов Маринов Стефанов Попов Михайлов Костов Кръстев Янков Цветков Павлов Добрев Димов Митев Симеонов Александров Лазаров Найденов Русев Станчев Желязков Щерев Чакъров Благоев Величков Жеков Златев'.split(' '),
    words: 'Балкан Родопи Витоша Пирин Дунав Тракия Струма Искър Марица Черноморие Рила Странджа Мизия Хемус Янтра Огоста Камчия Тунджа'.split(' '),
    trades: 'Трейд Консулт Строй Транс Логистик Инвест Софт Инженеринг Електрик Агро Фарм Мебел Принт Сервиз Билд Текс Хим Метал Енерджи Турс'.split(' '),
    first: 'Иван Георги Мария Елена Димитър Николай Петя Цветелина Стоян Йордан'.split(' '),
    legal: [['ЕООД', 50], ['ООД', 30], ['АД', 10], ['ЕАД', 10]],
    personLegal: 'ЕТ',
    group: ['Холдинг', 'Груп', 'Холдинг'],
  },
  PH: {
    currency: 'PHP',
    surnames: 'Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado Gonzales Lopez Aguilar Domingo Fernandez Soriano Valdez Pascual Gutierrez Manalo Dizon Lim Tan Sy Macaraeg Magbanua Panganiban Lacson Agbayani Dimaculangan Evangelista Sarmiento Tolentino'.split(' ').concat(['Dela Cruz', 'Delos Santos', 'De Leon']),
    words: 'Luzon Visayas Mindanao Manila Cebu Davao Pasig Makati Bicol Ilocos Palawan Batangas Pampanga Laguna Bohol Iloilo Taguig Quezon Zambales Tarlac'.split(' '),
    trades: ['Trading', 'Enterprises', 'Construction', 'Food Products', 'Marketing', 'Logistics', 'Hardware', 'Realty', 'Manpower Services', 'Pharmaceuticals', 'Agri Ventures', 'Builders', 'Motors', 'Electronics', 'Printing Services', 'Shipping'],
    first: 'Jose Maria Juan Ana Ramon Cristina Mark Jennifer Rodrigo Liza'.split(' '),
    legal: [['Inc.', 50], ['Corporation', 20], ['Corp.', 15], ['OPC', 8], ['Co.', 7]],
    personLegal: '',
    group: ['Holdings', 'Group of Companies', 'Holdings'],
  },
};

export const COUNTRY_WEIGHTS = [['NO', 30], ['SE', 22], ['GB', 16], ['DE', 16], ['BG', 8], ['PH', 8]];

/** Payers that are not customers of the tenant at all. */
export const STRANGERS = [
  'Skatteetaten', 'HMRC Refunds', 'Finanzamt München', 'Telenor Norge AS', 'Vattenfall AB', 'John Doe', 'Jane Smith',
  'Försäkringskassan', 'Deutsche Rentenversicherung', 'Maria Clara Dizon', 'Amazon Payments Europe', 'PayPal Europe S.a.r.l.',
  'Stripe Payments Europe Ltd', 'Klarna Bank AB', 'Vipps MobilePay AS', 'Landlord Properties Ltd', 'Георги Петков',
  'Nordea Finans Norge AS', 'Santander Consumer Bank', 'Ikea Svenska AB', 'Bundesagentur für Arbeit', 'Globe Telecom Inc.',
];

// Latin transliteration as banks print it: mostly the official Bulgarian system, sometimes an older one (й→i, ц→c).
const TRANSLIT = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya' };
const TRANSLIT_OLD = { ...TRANSLIT, й: 'i', ц: 'c', ъ: 'u', я: 'ia', ю: 'iu', щ: 'st' };
const NORDIC = [{ ø: 'o', å: 'a', æ: 'ae', ö: 'o', ä: 'a', ü: 'u', ß: 'ss' }, { ø: 'oe', å: 'aa', æ: 'ae', ö: 'oe', ä: 'ae', ü: 'ue', ß: 'ss' }];

/** The name in a bank's character set: upper case, Latin only, no diacritics. */
export function bankCharset(name, old, digraphs) {
  const table = old ? TRANSLIT_OLD : TRANSLIT;
  const nordic = NORDIC[digraphs ? 1 : 0];
  let out = '';
  for (const char of name) {
    const lower = char.toLowerCase();
    const mapped = table[lower] ?? nordic[lower];
    if (mapped === undefined) out += char;
    else out += lower === char ? mapped : mapped.toUpperCase();
  }
  return out.normalize('NFD').replace(/\p{M}/gu, '').replace(/[„“”]/g, '"').toUpperCase();
}
