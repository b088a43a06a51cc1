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
import { COUNTRIES, HOST_BEFORE, INVESTING } from './languages/cyrillic-places.ts';

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
