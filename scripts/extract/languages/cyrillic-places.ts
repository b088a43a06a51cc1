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

export const CYRILLIC_PLACES: ReadonlyArray<readonly [source: string, entity: string]> = [
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
  [`Евросоюз${ENDING}|Европейск${ENDING}\\s+союз${ENDING}|ЕС|Еуроодақ${ENDING}`, 'European Union'],
  [`Центральн${ENDING}\\s+Ази${ENDING}|Орталық\\s+Азия${ENDING}`, 'Central Asia'],
  [`Астан[аыеуо]й?|Астана${ENDING}`, 'Astana'],
  [`Алматы${ENDING}`, 'Almaty'],
  [`Шымкент${ENDING}`, 'Shymkent'],
  [`Караганд${ENDING}|Қарағанды${ENDING}`, 'Karaganda'],
  [`Ташкент${ENDING}|Ташкент${ENDING}`, 'Tashkent'],
  [`Бишкек${ENDING}`, 'Bishkek'],
  [`Баку`, 'Baku'],
  [`Казахтелеком${ENDING}|Қазақтелеком${ENDING}`, 'Kazakhtelecom'],
  [`Самрук-Казын${ENDING}|Самұрық-Қазына${ENDING}`, 'Samruk-Kazyna'],
  [`Байтерек${ENDING}|Бәйтерек${ENDING}`, 'Baiterek'],
  [`Каспи${ENDING}`, 'Kaspi.kz'],
];

/** The world as a whole: "мировой рынок", "в мире", "глобальный", "әлемдік". */
export const CYRILLIC_WORLD = `миров${ENDING}|в\\s+мире|глобальн${ENDING}|әлем${ENDING}|жаһанды${ENDING}`;

/** Russian prepositions before a partner or destination: "экспорт в Узбекистан", "из Китая". */
export const PARTNER_BEFORE = '(?:^|[^\\p{L}])(?:из|со?|между|против|со\\s+стороны)\\s+$';

/**
 * Kazakh endings of direction (to, from): the place is a partner ("Қытайға", "Ресейден"). The
 * ablative "-тан/-тен" is left out: every "-стан" name ends in it ("Қазақстан").
 */
export const PARTNER_ENDING = '(?:ға|ге|қа|ке|дан|ден|нан|нен)$';

/** Russian accusative after "в"/"на" (direction: "в Китай"), as opposed to "в Китае" (in). */
export const DIRECTION_BEFORE = '(?:^|[^\\p{L}])(?:в|во|на)\\s+$';
