/**
 * The lists of a document: whether a line is a list item (bulleted, numbered, or a bare "part -
 * figure;" line under an intro ending in a colon), the intro above a list, and the label or the
 * earlier claim a list item's figure takes its metric from. Pure.
 */
import type { Claim } from '../../src/lib/claim.ts';
import { unitClass } from './catalogue.ts';
import { LIST_ITEM } from './context.ts';
import { isJunkLabel, UNLABELLED } from './labels.ts';
import { introMeasure, type ListPart } from './metric-phrase.ts';
import type { Paragraph } from './segment.ts';

/** A paragraph's claims and where it ends. */
export interface ClaimBlock {
  end: number;
  claims: readonly Claim[];
}

/** A list line written without a bullet: "education - 3.4 billion manat;", "roads: 2.1 trillion;". */
const BARE_ITEM = /^\s*\p{L}[^:;\d\n]{1,80}?(?::|\s[-–—])\s*[^\n]*\d[^\n]*[;.]\s*$/u;

/**
 * Whether a line is an item of a list: a bulleted or numbered line, or a bare "part - figure;" line
 * that stands under a list's intro (a line ending with a colon), directly or after other items.
 */
export function isListLine(text: string, lineStart: number, line: string): boolean {
  if (LIST_ITEM.test(line)) return true;
  if (!BARE_ITEM.test(line)) return false;
  return listIntro(text, lineStart) !== null;
}

/**
 * The line above a list that introduces it ("Real growth by sector, year on year:"), with its
 * offset: the first line above `start` that is no list item, when it ends with a colon.
 */
export function listIntro(text: string, start: number): { text: string; start: number } | null {
  let end = start;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(from, end).trim();
    if (line !== '' && !LIST_ITEM.test(line) && !BARE_ITEM.test(line))
      return line.endsWith(':') ? { text: line, start: from } : null;
    if (from === 0) return null;
    end = from;
  }
  return null;
}

/**
 * The label of a list item's figure (`listItemPart`): its part with the measure the item writes
 * before it ("index"), else the one its list's intro names ("Real growth by sector:"), else, for a
 * level, the head noun of the level right above the intro that the list breaks down ("The volume
 * of industrial output was 41.7 trillion tenge. … Main results:" → "mining and quarrying output");
 * in a passage about spending, the part alone (the spending rule names it after).
 */
export function partLabel(
  item: ListPart,
  claim: Claim,
  text: string,
  paragraphStart: number,
  claims: readonly Claim[],
): string {
  const part = item.part.charAt(0).toLowerCase() + item.part.slice(1);
  const join = (measure: string): string =>
    new RegExp(`\\b${measure}$`, 'i').test(part) ? part : `${part} ${measure}`;
  if (item.measure) return join(item.measure.toLowerCase());
  const intro = listIntro(text, paragraphStart);
  if (!intro) return part;
  const byIntro = introMeasure(intro.text);
  if (byIntro) return join(byIntro);
  if (SPENDING_INTRO.test(intro.text) || unitClass(claim.unit) === 'percent') return part;
  for (let i = claims.length - 1; i >= 0; i--) {
    const level = claims[i]!;
    if (level.quote_start! >= intro.start) continue;
    if (level.quote_start! < intro.start - 600) break;
    if (unitClass(level.unit) !== unitClass(claim.unit)) continue;
    if (level.metric === UNLABELLED || isJunkLabel(level.metric_label)) break;
    // the head of "output of the sector" is "output"
    const head = /(\p{L}+)$/u.exec(level.metric_label.split(/\s+of\s+/i)[0]!)?.[1];
    return head && !/^(?:growth|share|multiple)$/i.test(head) ? join(head.toLowerCase()) : part;
  }
  return part;
}
/** An intro of a list of sums spent: "By sector, the plan allocates:", "Spending items:". */
const SPENDING_INTRO = /\b(?:allocat\w*|spend\w*|expenditures?|earmark\w*)\b/i;

/**
 * The claim whose metric a list item's figure that names nothing takes: the figure in the same
 * place (the k-th of its class of unit) of the block before it, which is the item before it or,
 * for the first item, the paragraph before the list's intro ("Turnover with main partners:",
 * a heading): "- Uzbekistan: 6.3% and 9.8%" under "- Kazakhstan: GDP growth of 4.7%, inflation of
 * 8.5%" is GDP growth and inflation. Null when the paragraph is no list item, more than an intro
 * and a heading stand between, or that figure names nothing either.
 */
export function listedLike(
  text: string,
  paragraph: Paragraph,
  block: ClaimBlock,
  claims: readonly Claim[],
  claim: Claim,
): Claim | null {
  if (!LIST_ITEM.test(paragraph.text)) return null;
  const between = text
    .slice(block.end, paragraph.start)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (between.filter((line) => !LIST_ITEM.test(line)).length > 2) return null;
  if (between.some((line) => line.length > 120)) return null;
  const unit = unitClass(claim.unit);
  let place = 0;
  for (let i = claims.length - 1; i >= 0 && claims[i]!.quote_start! >= paragraph.start; i--)
    if (unitClass(claims[i]!.unit) === unit) place += 1;
  const like = block.claims.filter((other) => unitClass(other.unit) === unit)[place];
  if (!like || like.metric === UNLABELLED || isJunkLabel(like.metric_label)) return null;
  return like;
}

/** A Russian or Kazakh list item: its bullet, its part's name, then a dash or colon before the figure. */
const CYRILLIC_ITEM = /^\s*(?:[-–—•*▪·]|\d{1,2}[.)])\s+([^:—–\d\n]{2,80}?)\s*(?::|\s[—–-])\s/u;
/** A heading a list stands under: a short line with no sentence's full stop ("По видам деятельности"). */
const SHORT_HEADING = /^[^.!?\d]{3,60}$/u;

/**
 * What a Russian or Kazakh list item's figure measures when its label is only the item's part:
 * under an intro of prices that rose or fell ("ең көп қымбаттаған тауарлар:", "подорожали:") a
 * percentage is the part's price change; a level is the level written right above the list's
 * intro or heading ("Средняя зарплата составила 441 тыс. тенге. … По отраслям: – образование:
 * 334 тыс. тенге" is education's average salary). Null when the item names its own measure.
 */
export function cyrillicItemMeasure(
  text: string,
  paragraph: Paragraph,
  claim: Claim,
  claims: readonly Claim[],
  priceChange: RegExp,
): { part: string; price: boolean; level: Claim | null } | null {
  const item = CYRILLIC_ITEM.exec(paragraph.text);
  if (!item) return null;
  const part = item[1]!.trim();
  if (!part.toLowerCase().includes(claim.metric_label.toLowerCase().split(':')[0]!.trim()))
    return null;
  // the first line above the list that is no item: its intro or heading
  let end = paragraph.start;
  let head: { text: string; start: number } | null = null;
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(from, end).trim();
    if (line !== '' && !LIST_ITEM.test(line)) {
      head = { text: line, start: from };
      break;
    }
    if (from === 0) break;
    end = from;
  }
  if (!head || !(head.text.endsWith(':') || SHORT_HEADING.test(head.text))) return null;
  const unit = unitClass(claim.unit);
  if (unit === 'percent')
    return head.text.endsWith(':') && priceChange.test(head.text)
      ? { part, price: true, level: null }
      : null;
  if (claim.unit === 'multiple') return null;
  for (let i = claims.length - 1; i >= 0; i--) {
    const level = claims[i]!;
    if (level.quote_start! >= head.start) continue;
    if (level.quote_start! < head.start - 600) break;
    if (unitClass(level.unit) !== unit) continue;
    if (level.metric === UNLABELLED || isJunkLabel(level.metric_label)) return null;
    return { part, price: false, level };
  }
  return null;
}
