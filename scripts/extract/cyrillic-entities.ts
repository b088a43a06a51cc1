/**
 * Investment between two countries, in Russian and Kazakh sentences, is about the pair
 * investor-host ("Germany-Kazakhstan"), as bilateral trade is about its two countries. Pure.
 *
 * A sentence with a word of investing (`INVESTING`) and a figure about one country names the pair:
 * the host is the country written as where the money goes ("в экономику Казахстана", "в
 * Казахстан"), else the document's subject; the investor is the figure's own country when that is
 * not the host, else another country the sentence names.
 */
import type { PlaceMention } from './entities.ts';
import {
  COUNTRIES,
  HOST_BEFORE,
  INVESTING,
  KAZAKHSTAN_LOCAL,
  NATION_WORDS,
  REGION_ANAPHOR,
} from './languages/cyrillic-places.ts';

const INVESTING_PATTERN = new RegExp(INVESTING, 'iu');
const HOST_PATTERN = new RegExp(HOST_BEFORE, 'iu');

/**
 * @example
 * investmentPair('Нидерланды инвестировали $2 млрд.', places, 'Netherlands', 'Kazakhstan')
 * // 'Netherlands-Kazakhstan'
 */
export function investmentPair(
  sentence: string,
  places: readonly PlaceMention[],
  entity: string,
  subject: string,
): string {
  if (!COUNTRIES.has(entity) || !INVESTING_PATTERN.test(sentence)) return entity;
  const host =
    places.find(
      (p) =>
        COUNTRIES.has(p.entity) &&
        HOST_PATTERN.test(sentence.slice(Math.max(0, p.start - 24), p.start)),
    )?.entity ?? (COUNTRIES.has(subject) ? subject : '');
  if (!host) return entity;
  const investor =
    entity !== host
      ? entity
      : places.find((p) => COUNTRIES.has(p.entity) && p.entity !== host)?.entity;
  return investor && investor !== host ? `${investor}-${host}` : entity;
}

const REGION_ANAPHOR_PATTERN = new RegExp(`(?<![\\p{L}])(?:${REGION_ANAPHOR})(?![\\p{L}])`, 'iu');
const NATION_PATTERN = new RegExp(`(?<![\\p{L}])(?:${NATION_WORDS})(?![\\p{L}])`, 'iu');

/**
 * The entity a Russian or Kazakh sentence that names no place points at: "в регионе" is the region
 * the text named last (`lastRegion`), "по республике" the whole country when the document is about
 * one of Kazakhstan's regions or cities; '' when the sentence says neither.
 *
 * @example pointedEntity('Цены в регионе выросли на 9%.', 'Karaganda Region', 'Kazakhstan') // 'Karaganda Region'
 * @example pointedEntity('По республике ввод вырос на 7%.', '', 'Karaganda Region') // 'Kazakhstan'
 */
export function pointedEntity(sentence: string, lastRegion: string, subject: string): string {
  if (NATION_PATTERN.test(sentence)) return KAZAKHSTAN_LOCAL.has(subject) ? 'Kazakhstan' : '';
  if (lastRegion && REGION_ANAPHOR_PATTERN.test(sentence)) return lastRegion;
  return '';
}

/** Whether `entity` is one of Kazakhstan's regions or cities that a later "в регионе" may mean. */
export function isLocalPlace(entity: string): boolean {
  return KAZAKHSTAN_LOCAL.has(entity);
}
