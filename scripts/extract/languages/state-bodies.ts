/**
 * State bodies, per language: the ministries, governments, central and national banks,
 * statistics offices, parliaments, akimats and mayors' offices that report, set or forecast a
 * country's or a city's figures. Rule 3 of the gold README makes them sources, never whom a
 * figure is about: context.ts keeps them from being a text's subject, owner.ts from being a
 * clause's owner.
 */

/** A state body in English, as a whole name ("Ministry of Economy", "The National Bank"). */
export const STATE_BODY = new RegExp(
  String.raw`^(?:(?:The\s+)?(?:Central|National|State|Reserve|Federal)\s+(?:Bank|Statistics|` +
    String.raw`Bureau|Committee|Office|Agency)\b|.*\b(?:Ministry|Government|Cabinet|Parliament|` +
    String.raw`Council|Committee|Akimat|Mayor(?:['’]s\s+Office)?|Statistics|Statistical|` +
    String.raw`Central\s+Bank)\b)`,
  'u',
);

/**
 * A state body in Russian or Kazakh, as a pattern to build on: the start of its name in any case
 * ("Министерства", "Ұлттық Банкі", "әкімдігі").
 */
export const CYRILLIC_STATE_BODY =
  '(?:Национальн\\p{L}*\\s+[Бб]анк|Нацбанк|Правительств|Министерств|Минфин|Минэконом|' +
  'Министрлі|министрлі|Үкімет|Ұлттық\\s+[Бб]анк|Ұлттық\\s+статистика|Бюро\\s+национальной|' +
  '[Бб]юро\\s+статистики|Агентств|Комитет|Акимат|акимат|Әкімдік|әкімдік|Мажилис|Мәжіліс|' +
  'Сенат|Парламент|Глава\\s+государства|Мемлекет\\s+басшысы|Пресс-служба)\\p{L}*';
