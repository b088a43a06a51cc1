/**
 * Places and organisations as Russian and Kazakh write them, in every case form, with the entity
 * each names (in English, as claims store them). Data only; read by `entities.ts`.
 *
 * Each entry is a stem and the endings it takes: Russian "Казахстан", "Казахстана", "Казахстане";
 * Kazakh "Қазақстан", "Қазақстанның", "Қазақстанда". Kazakh dative and ablative endings ("-ға",
 * "-дан": to, from) make a place a partner or destination, not whom the number is about; so do
 * the Russian prepositions before it in `PARTNER_BEFORE`.
 */

/** Any ending of letters after a stem. */
const ENDING = '[\\p{L}]*';

/**
 * Kazakhstan's regions: the Russian adjective stem ("Павлодарская область", "Павлодарской
 * области"), the Kazakh name ("Павлодар облысы", "Павлодар облысында") and the English name the
 * entity takes.
 */
const REGIONS: ReadonlyArray<readonly [russian: string, kazakh: string, english: string]> = [
  ['Акмолинск', 'Ақмола', 'Akmola'],
  ['Актюбинск', 'Ақтөбе', 'Aktobe'],
  ['Алматинск', 'Алматы', 'Almaty'],
  ['Атырауск', 'Атырау', 'Atyrau'],
  ['Восточно-Казахстанск', 'Шығыс\\s+Қазақстан', 'East Kazakhstan'],
  ['Жамбылск', 'Жамбыл', 'Zhambyl'],
  ['Западно-Казахстанск', 'Батыс\\s+Қазақстан', 'West Kazakhstan'],
  ['Карагандинск', 'Қарағанды', 'Karaganda'],
  ['Костанайск', 'Қостанай', 'Kostanay'],
  ['Кызылординск', 'Қызылорда', 'Kyzylorda'],
  ['Мангистауск', 'Маңғыстау', 'Mangystau'],
  ['Павлодарск', 'Павлодар', 'Pavlodar'],
  ['Северо-Казахстанск', 'Солтүстік\\s+Қазақстан', 'North Kazakhstan'],
  ['Туркестанск', 'Түркістан', 'Turkistan'],
  ['Абайск', 'Абай', 'Abai'],
  ['Жетысуск', 'Жетісу', 'Zhetysu'],
  ['Улытауск', 'Ұлытау', 'Ulytau'],
];

/**
 * The regions of Kazakhstan's neighbours, in the same forms ("в Нарынской области", "Ош облысында"):
 * places of their own, not inside Kazakhstan (`KAZAKHSTAN_LOCAL` leaves them out).
 */
const NEIGHBOUR_REGIONS: ReadonlyArray<
  readonly [russian: string, kazakh: string, english: string]
> = [
  // Kyrgyzstan
  ['Чуйск', 'Шу', 'Chuy'],
  ['Иссык-Кульск', 'Ыстықкөл', 'Issyk-Kul'],
  ['Нарынск', 'Нарын', 'Naryn'],
  ['Таласск', 'Талас', 'Talas'],
  ['Джалал-Абадск', 'Жалалабад|Жалал-Абад', 'Jalal-Abad'],
  ['Ошск', 'Ош', 'Osh'],
  ['Баткенск', 'Баткен', 'Batken'],
  // Uzbekistan
  ['Ташкентск', 'Ташкент', 'Tashkent'],
  ['Самаркандск', 'Самарқанд', 'Samarkand'],
  ['Ферганск', 'Ферғана', 'Fergana'],
  ['Андижанск', 'Әндіжан', 'Andijan'],
  ['Наманганск', 'Наманган', 'Namangan'],
  ['Бухарск', 'Бұхара', 'Bukhara'],
  ['Навоийск', 'Науаи', 'Navoi'],
  ['Кашкадарьинск', 'Қашқадария', 'Kashkadarya'],
  ['Сурхандарьинск', 'Сурхандария', 'Surkhandarya'],
  ['Хорезмск', 'Хорезм', 'Khorezm'],
  ['Джизакск', 'Жизақ', 'Jizzakh'],
  ['Сырдарьинск', 'Сырдария', 'Syrdarya'],
  // Tajikistan
  ['Согдийск', 'Соғды', 'Sughd'],
  ['Хатлонск', 'Хатлон', 'Khatlon'],
];

/**
 * A region's adjective without its noun, which a list leaves out: "второе – Туркестанская (0,9
 * млн)", "и в Актюбинской – на 11,2%", "в Костанайской и Северо-Казахстанской областях". It stands
 * before a dash, a bracket or a stop, or before "и" and another adjective with "област…".
 */
const REGION_ELLIPSIS = '(?=\\s*[–—(),;.:]|\\s+и\\s+[\\p{L}-]+(?:ая|ой|ую|ою|ие|их|ими)\\s+област)';

/** Regions whose Russian name is "область" and their name: "область Абай", "области Улытау". */
const NAMED_AFTER: ReadonlyMap<string, string> = new Map([
  ['Abai', 'Абай'],
  ['Zhetysu', 'Жетісу|Жетысу'],
  ['Ulytau', 'Ұлытау|Улытау'],
]);

/** A region in any case form: the adjective's endings before "область", Kazakh "облысы…". */
const REGION_PLACES = [...REGIONS, ...NEIGHBOUR_REGIONS].map(
  ([russian, kazakh, english]) =>
    [
      `${russian}(?:ая|ой|ую|ою)(?:\\s+област${ENDING}|${REGION_ELLIPSIS})|${kazakh}\\s+облыс${ENDING}` +
        // the regions formed in 2022 go by their name after the word in Russian: "области Улытау"
        (NAMED_AFTER.has(english) ? `|[Оо]бласт${ENDING}\\s+(?:${NAMED_AFTER.get(english)})` : ''),
      `${english} Region`,
    ] as const,
);

/**
 * Organisations written in Latin letters inside Russian and Kazakh text keep their Latin name, a
 * country after it included ("Beeline Қазақстан" is Beeline Kazakhstan).
 */
const ORGANISATIONS: ReadonlyArray<readonly [source: string, entity: string]> = [
  [
    `Beeline\\s+(?:Kazakhstan|Казахстан${ENDING}|Қазақстан${ENDING})|Beeline|Билайн${ENDING}`,
    'Beeline Kazakhstan',
  ],
  [`Tele2/Altel|Tele2|Altel|Теле2|Алтел${ENDING}`, 'Tele2/Altel'],
  [`Kcell|Кселл${ENDING}`, 'Kcell'],
  [`Астана\\s+Хаб${ENDING}`, 'Astana Hub'],
  [`Халык\\s*банк${ENDING}|Халық\\s+банк${ENDING}|Halyk(?:\\s+Bank)?`, 'Halyk Bank'],
  [`КазМунайГаз${ENDING}|ҚазМұнайГаз${ENDING}|KazMunayGas|КМГ`, 'KazMunayGas'],
  [`Казатомпром${ENDING}|Қазатомөнеркәсіп${ENDING}|Kazatomprom`, 'Kazatomprom'],
  [
    `Казахстан${ENDING}\\s+темир\\s+жол${ENDING}|Қазақстан\\s+темір\\s+жол${ENDING}|КТЖ|ҚТЖ`,
    'Kazakhstan Temir Zholy',
  ],
  [`Отбасы\\s+[Бб]анк${ENDING}|Жилстройсбербанк${ENDING}`, 'Otbasy Bank'],
  // Kyrgyzstan's largest gold miner, by its name or its mine's ("«Құмтөр» кенішінде")
  [`Кумтор${ENDING}(?:\\s+Голд\\s+Компани${ENDING})?|Құмтөр${ENDING}`, 'Kumtor Gold Company'],
  [
    `Продкорпораци${ENDING}|Продовольственн${ENDING}\\s+(?:контрактн${ENDING}\\s+)?корпораци${ENDING}|` +
      `Азық-түлік\\s+келісім-шарт\\s+корпорациясы${ENDING}`,
    'Food Contract Corporation',
  ],
];

/**
 * Names and their entities, longest and most specific first: a region before its city ("Алматинская
 * область" before "Алматы"), an organisation before the country in its name.
 */
export const CYRILLIC_PLACES: ReadonlyArray<readonly [source: string, entity: string]> = [
  ...REGION_PLACES,
  ...ORGANISATIONS,
  [`Республик[аеиу]\\s+Казахстан${ENDING}|Казахстан${ENDING}|Қазақстан${ENDING}|РК`, 'Kazakhstan'],
  [`Узбекистан${ENDING}|Өзбекстан${ENDING}`, 'Uzbekistan'],
  [`Кыргызстан${ENDING}|Киргизи${ENDING}|Қырғызстан${ENDING}`, 'Kyrgyzstan'],
  [`Таджикистан${ENDING}|Тәжікстан${ENDING}`, 'Tajikistan'],
  [`Туркменистан${ENDING}|Түрікменстан${ENDING}`, 'Turkmenistan'],
  [`Азербайджан${ENDING}|Әзербайжан${ENDING}`, 'Azerbaijan'],
  [`Грузи[яиюе]й?|Грузия${ENDING}`, 'Georgia'],
  [`Армени[яиюе]й?`, 'Armenia'],
  [`Монголи[яиюе]й?|Моңғолия${ENDING}`, 'Mongolia'],
  [`Росси[яиюе]й?|Ресей${ENDING}|РФ`, 'Russia'],
  [`Кита[йяеюм]м?|Қытай${ENDING}|КНР`, 'China'],
  [
    `США|Соединённы${ENDING}\\s+Штат${ENDING}|Соединенны${ENDING}\\s+Штат${ENDING}|АҚШ${ENDING}`,
    'United States',
  ],
  [`Турци[яиюе]й?|Түркия${ENDING}`, 'Turkey'],
  [`Нидерланд${ENDING}|Голланди${ENDING}`, 'Netherlands'],
  [`Германи[яиюе]й?|Германия${ENDING}`, 'Germany'],
  [`Франци[яиюе]й?|Франция${ENDING}`, 'France'],
  [`Великобритани[яиюе]й?|Ұлыбритания${ENDING}`, 'United Kingdom'],
  [`Швейцари[яиюе]й?|Швейцария${ENDING}`, 'Switzerland'],
  [`Япони[яиюе]й?|Жапония${ENDING}`, 'Japan'],
  [`Южн${ENDING}\\s+Коре[яиюе]й?|Оңтүстік\\s+Корея${ENDING}`, 'South Korea'],
  [`Инди[яиюе]й?|Үндістан${ENDING}`, 'India'],
  [`ОАЭ|Объединённ${ENDING}\\s+Араб${ENDING}\\s+Эмират${ENDING}|БАӘ`, 'United Arab Emirates'],
  [`Беларус${ENDING}|Белорусси${ENDING}`, 'Belarus'],
  [`Иран${ENDING}`, 'Iran'],
  [`Афганистан${ENDING}|Ауғанстан${ENDING}`, 'Afghanistan'],
  [`Пакистан${ENDING}`, 'Pakistan'],
  [`Евросоюз${ENDING}|Европейск${ENDING}\\s+союз${ENDING}|ЕС|Еуроодақ${ENDING}`, 'European Union'],
  // Europe as a whole, one end of the freight between it and China ("Қытай мен Еуропа арасындағы")
  [`Европ[аыеуо]й?|Еуропа${ENDING}`, 'Europe'],
  // the oil producers' and the rich economies' groups, whose members' output and stocks are theirs
  [`ОПЕК\\+|ОПЕК-плюс`, 'OPEC+'],
  [`ОПЕК`, 'OPEC'],
  [`ОЭСР|ЭЫДҰ`, 'OECD'],
  [`ЕАЭС|ЕАЭО|Евразийск${ENDING}\\s+экономическ${ENDING}\\s+союз${ENDING}`, 'EAEU'],
  [`Центральн${ENDING}\\s+Ази${ENDING}|Орталық\\s+Азия${ENDING}`, 'Central Asia'],
  [`Канад${ENDING}`, 'Canada'],
  [`Намиби[яиюе]й?|Намибия${ENDING}`, 'Namibia'],
  [`Австрали[яиюе]й?|Аустралия${ENDING}`, 'Australia'],
  [`Астан[аыеуо]й?|Астана${ENDING}`, 'Astana'],
  [`Алматы${ENDING}`, 'Almaty'],
  [`Шымкент${ENDING}`, 'Shymkent'],
  [`Караганд${ENDING}|Қарағанды${ENDING}`, 'Karaganda'],
  [`Ташкент${ENDING}|Ташкент${ENDING}`, 'Tashkent'],
  [`Актоб[еэ]|Ақтөбе${ENDING}`, 'Aktobe'],
  [`Атырау(?:да|дағы|дың|ға|дан)?`, 'Atyrau'],
  [`Актау|Ақтау${ENDING}`, 'Aktau'],
  [`Павлодар(?:а|е|у|ом|да|дағы|дың)?`, 'Pavlodar'],
  [`Туркестан(?:а|е|у|ом)?|Түркістан(?:да|дағы|ның|ға|нан)?`, 'Turkistan'],
  [`Костана(?:й|я|е|ю|ем)|Қостанай${ENDING}`, 'Kostanay'],
  [`Кызылорд${ENDING}|Қызылорда${ENDING}`, 'Kyzylorda'],
  [`Тараз${ENDING}`, 'Taraz'],
  [`Усть-Каменогорск${ENDING}|Өскемен${ENDING}`, 'Oskemen'],
  [`Семе[йяеюм]|Семей${ENDING}`, 'Semey'],
  [`Петропавловск${ENDING}|Петропавл${ENDING}`, 'Petropavl'],
  [`Кокшетау|Көкшетау${ENDING}`, 'Kokshetau'],
  [`Уральск${ENDING}|Орал(?:да|дағы|дың|ға|дан)?`, 'Oral'],
  [`Талдыкорган${ENDING}|Талдықорған${ENDING}`, 'Taldykorgan'],
  [`Конаев${ENDING}|Қонаев${ENDING}`, 'Konaev'],
  [`Экибастуз${ENDING}|Екібастұз${ENDING}`, 'Ekibastuz'],
  [`Темиртау|Теміртау${ENDING}`, 'Temirtau'],
  [`Жезказган${ENDING}|Жезқазған${ENDING}`, 'Zhezkazgan'],
  // the border crossing and dry port on the Chinese border, whose own traffic is its figure
  [`Хоргос${ENDING}|Қорғас${ENDING}`, 'Khorgos'],
  [`Бишкек${ENDING}`, 'Bishkek'],
  [`Баку`, 'Baku'],
  [`Казахтелеком${ENDING}|Қазақтелеком${ENDING}`, 'Kazakhtelecom'],
  [`Самрук-Казын${ENDING}|Самұрық-Қазына${ENDING}`, 'Samruk-Kazyna'],
  [`Байтерек${ENDING}|Бәйтерек${ENDING}`, 'Baiterek'],
  // "Каспи" is indeclinable; "Каспий", "Каспия", "Каспийский" are the Caspian Sea
  // the group's bank, whose loans and deposits are its own
  [`Каспи\\s+[Бб]анк${ENDING}|Kaspi\\s+Bank`, 'Kaspi Bank'],
  [`Каспи(?![\\p{L}])`, 'Kaspi.kz'],
];

/**
 * Groups of producing or rich countries: their members' joint output or stocks are the group's
 * ("Страны ОПЕК+ добывали …"), but a text that names one as a cause of prices ("на фоне решения
 * ОПЕК+") is not about it.
 */
export const PRODUCER_GROUPS: ReadonlySet<string> = new Set(['OPEC+', 'OPEC', 'OECD']);

/** The world as a whole: "мировой рынок", "в мире", "глобальный", "әлемдік". */
export const CYRILLIC_WORLD = `миров${ENDING}|среднемиров${ENDING}|по\\s+миру|в\\s+мире|глобальн${ENDING}|әлем${ENDING}|жаһанды${ENDING}`;

/**
 * Russian prepositions before a partner or destination: "экспорт в Узбекистан", "из Китая", "в
 * направлении Китая"; "для граждан Узбекистана" names whom a country's figure is for.
 */
export const PARTNER_BEFORE =
  '(?:^|[^\\p{L}])(?:из|со?|между|против|со\\s+стороны|в\\s+направлении|для\\s+граждан)\\s+$';

/**
 * Kazakh endings of direction (to, from): the place is a partner ("Қытайға", "Ресейден"). The
 * ablative "-тан/-тен" is left out: every "-стан" name ends in it ("Қазақстан").
 */
export const PARTNER_ENDING = '(?:ға|ге|қа|ке|дан|ден|нан|нен)$';

/** Russian accusative after "в"/"на" (direction: "в Китай"), as opposed to "в Китае" (in). */
/** A currency's name, not a place: "долларов США", "АҚШ доллары" (the country is the issuer's). */
export const CURRENCY_BEFORE = '(?:доллар[\\p{L}]*|долл\\.)\\s+$';
export const CURRENCY_AFTER = '^\\s+доллар';

export const DIRECTION_BEFORE = '(?:^|[^\\p{L}])(?:в|во|на)\\s+$';

/** Countries and blocs that invest in one another: the two ends of an investment pair. */
export const COUNTRIES: ReadonlySet<string> = new Set([
  'Kazakhstan',
  'Uzbekistan',
  'Kyrgyzstan',
  'Tajikistan',
  'Turkmenistan',
  'Azerbaijan',
  'Georgia',
  'Armenia',
  'Mongolia',
  'Russia',
  'China',
  'United States',
  'Turkey',
  'European Union',
  'Europe',
  'EAEU',
  'Netherlands',
  'Germany',
  'France',
  'United Kingdom',
  'Switzerland',
  'Japan',
  'South Korea',
  'India',
  'United Arab Emirates',
  'Belarus',
  'Iran',
  'Afghanistan',
  'Pakistan',
  'Canada',
  'Namibia',
  'Australia',
]);

/**
 * Words that make a sentence about one country investing in another: investors, "вложил",
 * "инвестировал", "инвестиции из", Kazakh "инвестор", "салды".
 */
export const INVESTING =
  '(?<![\\p{L}])(?:инвестор\\p{L}*|вложил\\p{L}*|вложен\\p{L}*|инвестировал\\p{L}*|' +
  'инвестиц\\p{L}*\\s+из|российск\\p{L}*\\s+инвестиц\\p{L}*|инвестиция\\s+салд\\p{L}*|' +
  'салды|салған)(?![\\p{L}])';

/** A host written as where investment goes: "в экономику Казахстана", "в Казахстан". */
export const HOST_BEFORE = '(?:^|[^\\p{L}])(?:в|во)\\s+(?:экономик\\p{L}*\\s+)?$';

/** Kazakhstan's regions and the cities that are read as such: places inside the country. */
export const KAZAKHSTAN_LOCAL: ReadonlySet<string> = new Set([
  ...REGIONS.map(([, , english]) => `${english} Region`),
  'Astana',
  'Almaty',
  'Shymkent',
]);

/**
 * A word for "the region" that points back at the region named before it: "в регионе", "по
 * области", Kazakh "өңірде", "облыста"; and "акимат города", "облыс әкімдігі", the akimat of the
 * city or region named before.
 */
export const REGION_ANAPHOR =
  '(?:в|по|для)\\s+(?:регион[\\p{L}]*|област[\\p{L}]*)|регион[ау]|области|' +
  'өңір(?:де|дегі|дің|ге|ден)|облыс(?:та|тағы|тың|қа|тан)|' +
  // the city's or region's akimat, a source for its own place's figures (rule 3)
  'акимат[\\p{L}]*\\s+(?:город|област|регион)[\\p{L}]*|(?:қала|облыс)\\s+әкімдіг[\\p{L}]*';

/**
 * Words for the whole country as against one region: "по республике", "в целом по стране",
 * "республика бойынша", "республикада", "елімізде".
 */
export const NATION_WORDS =
  'по\\s+республике|(?:в\\s+целом\\s+)?по\\s+стране|в\\s+целом\\s+по\\s+Казахстану|' +
  'республик[\\p{L}]*\\s+бойынша|республикада|елімізде|ел\\s+бойынша|елде|' +
  // the whole market, as against one firm: "в целом по рынку", "нарық бойынша"
  'в\\s+целом\\s+по\\s+(?:рынку|отрасли)|(?:рынок|отрасль)\\s+в\\s+целом|' +
  '(?:жалпы\\s+)?нарық\\s+бойынша';

/** Words of trade: "товарооборот", "торговля", "экспорт", Kazakh "тауар айналымы", "сауда". */
export const TRADE_WORDS =
  'товарооборот[\\p{L}]*|внешнеторгов[\\p{L}]*|торгов[\\p{L}]*|экспорт[\\p{L}]*|' +
  'импорт[\\p{L}]*|тауар\\s+айналым[\\p{L}]*|сауда[\\p{L}]*|' +
  // flows between two countries: supplies, shipments, transfers and remittances
  'поставк[\\p{L}]*|жөнелтіл[\\p{L}]*|перевод[\\p{L}]*|аударым[\\p{L}]*|' +
  // Kazakh investment and freight from one place to another: "Қытайдан Қазақстанға инвестиция",
  // "Қытаймен тасымалданған жүк" (as English "investment", "freight")
  'инвестиция[\\p{L}]*|тасымал[\\p{L}]*';

/**
 * Two ends of one flow written together: what joins them ("Қытай мен Еуропа", "Китаем и Европой",
 * "Қытай–Еуропа") and the word after or before that says "between" or "route" ("арасындағы",
 * "бағытындағы", "елдері арасында", "между"): the flow runs between them, whichever country it passes through.
 */
export const ENDS_JOINER = '^\\s*(?:мен|пен|бен|және|и|[–—-])\\s*$';
export const BETWEEN_AFTER = '^\\s*(?:елдер[\\p{L}]*\\s+)?(?:арасында[\\p{L}]*|бағыт[\\p{L}]*)';
export const BETWEEN_BEFORE = '(?<![\\p{L}])между\\s+$';

/**
 * Words that point back at the two countries whose trade the text measured: "двух стран",
 * "взаимный товарооборот", "в соседнюю страну", Kazakh "екі ел", "өзара тауар айналымы".
 */
export const PAIR_REFERENCE =
  '(?:двух|обеих|обоих)\\s+стран[\\p{L}]*|двусторонн[\\p{L}]*|' +
  'взаимн[\\p{L}]*\\s+(?:товарооборот|торгов)[\\p{L}]*|соседн[\\p{L}]*\\s+стран[\\p{L}]*|' +
  'екі\\s+ел[\\p{L}]*|өзара\\s+(?:тауар|сауда)[\\p{L}]*|' +
  // the two parties: "Стороны договорились …", "обе стороны", Kazakh "тараптар"
  '^\\s*Стороны|обе\\s+стороны|екі\\s+тарап[\\p{L}]*|тараптар[\\p{L}]*';

/**
 * What two countries run or own together, as English "joint ventures": "совместных проектов",
 * "бірлескен кәсіпорындар", "предприятий с участием казахстанского капитала".
 */
export const JOINT_WORDS = 'совместн[\\p{L}]*|бірлескен[\\p{L}]*|капитал(?:а|ом)';

/** A Kazakh name in the instrumental, a trading partner: "Қырғызстанмен", "Ресеймен". */
export const WITH_ENDING = '(?:мен|пен|бен)$';

/**
 * Before a name in the locative, where something is: Russian "в"/"во" ("в Казахстане"), or "и"
 * and a comma in a list of such names ("в Караганде и Павлодаре").
 */
export const IN_BEFORE = '(?:^|[^\\p{L}])(?:в|во|и)\\s+$|,\\s+$';
/** A name in the locative: Russian "Казахстане", "России", Kazakh "Қазақстанда", "Ресейдегі". */
export const IN_ENDING = '(?:[еиы]|да|де|та|те|дағы|дегі|тағы|тегі)$';

/**
 * Countries by their adjectives, in any case and gender: "казахстанскую пшеницу", "узбекские
 * стартапы", Kazakh "қазақстандық". They say which country a headline or text is about
 * (context.ts), not whom one figure is about. "Отечественный", "отандық" (home-grown) name
 * the outlet's country.
 */
export const CYRILLIC_ADJECTIVES: ReadonlyArray<readonly [source: string, entity: string]> = [
  ['казахстанск\\p{L}*|қазақстандық\\p{L}*', 'Kazakhstan'],
  ['узбекистанск\\p{L}*|узбекск\\p{L}*|өзбекстандық\\p{L}*', 'Uzbekistan'],
  ['кыргызск\\p{L}*|киргизск\\p{L}*|қырғызстандық\\p{L}*', 'Kyrgyzstan'],
  ['таджикск\\p{L}*|тәжікстандық\\p{L}*', 'Tajikistan'],
  ['российск\\p{L}*|ресейлік\\p{L}*', 'Russia'],
  ['китайск\\p{L}*|қытайлық\\p{L}*', 'China'],
  ['отечественн\\p{L}*|отандық\\p{L}*', 'home'],
];

/**
 * Development banks and the IMF, in Russian and Kazakh, with the name their entity takes. What they
 * forecast is the country's; their own lending, portfolio, offices and staff are theirs (gold
 * README, Entity rule 3).
 */
export const CYRILLIC_FORECASTERS: ReadonlyArray<readonly [source: string, entity: string]> = [
  [
    'ЕАБР|Евразийск\\p{L}*\\s+банк\\p{L}*\\s+развития|Еуразиялық\\s+даму\\s+банк\\p{L}*',
    'Eurasian Development Bank',
  ],
  [
    'АБР|Азиатск\\p{L}*\\s+банк\\p{L}*\\s+развития|Азия\\s+даму\\s+банк\\p{L}*',
    'Asian Development Bank',
  ],
  ['ЕБРР|Европейск\\p{L}*\\s+банк\\p{L}*\\s+реконструкции\\s+и\\s+развития', 'EBRD'],
  ['Всемирн\\p{L}*\\s+банк\\p{L}*|Дүниежүзілік\\s+банк\\p{L}*', 'World Bank'],
  ['МВФ|Международн\\p{L}*\\s+валютн\\p{L}*\\s+фонд\\p{L}*|ХВҚ', 'IMF'],
];

/**
 * A lender's own business, as the noun before its name ("портфель ЕАБР", "кредиты АБР") or the
 * verb after it or after "банк" ("банк одобрил 42 проекта", "ЕАБР выдал", Kazakh "банк мақұлдады").
 */
export const LENDER_OWN_NOUN =
  '(?:портфел|кредит|займ|офис|представительств|сотрудник|штат|несие|қарыз|кеңсе)\\p{L}*';
export const LENDER_OWN_VERB =
  '(?:одобрил|выдал|профинансировал|инвестировал|вложил|предоставил|открыл|мақұлда|берді|қаржыландыр)\\p{L}*';

/**
 * Third-person pronouns that stand for what the sentence before named: Russian "его", "её", "их",
 * "ими", "он", "она", "оно", "они" ("Его потребность в уране …", "На их долю пришлось 62%"),
 * Kazakh "ол", "оның", "олар", "олардың".
 */
export const PRONOUN = '(?:его|её|ее|их|ими|он|она|оно|они|ол|оның|олар|олардың)';

/** A country's neighbour: "в соседнюю страну", "соседней республики", Kazakh "көрші ел". */
export const NEIGHBOUR =
  'соседн\\p{L}*\\s+(?:стран|республик|государств)\\p{L}*|көрші\\s+ел\\p{L}*';
