/**
 * Time expressions in a Russian or Kazakh sentence, read from the rules of its language
 * (`languages/cyrillic-periods.ts`) and resolved against the document's date like English ones
 * (`periods.ts`): the same `TimeExpression`, the same conventions. Pure.
 *
 * - A span of years ("в 2026–2028 годах") gives its last year: a figure for the span lands there;
 *   so does a season across two years ("в 2026/2027 учебном году", "2026-2027 оқу жылында").
 * - A part of a year ("за 9 месяцев", "в январе–октябре", "III квартал") gives the year; without
 *   a year written, the year of the document, or the one before when the part ends after the
 *   document's month.
 * - A comparison base ("по сравнению с 2024 годом") gives nothing: it is never the figure's period.
 * - Relative expressions need the document's date; without it they give an empty period, so the
 *   figure does not borrow another year of the sentence.
 */
import { timeExpression, type TimeExpression } from './periods.ts';
import type { CyrillicPeriods, PeriodRule } from './languages/cyrillic-periods.ts';

const COUNT_WORDS: Readonly<Record<string, number>> = {
  два: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  пять: 5,
  пяти: 5,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
};

interface CompiledRule {
  rule: PeriodRule;
  pattern: RegExp;
}

const compiled = new WeakMap<CyrillicPeriods, CompiledRule[]>();

function rulesOf(periods: CyrillicPeriods): CompiledRule[] {
  let rules = compiled.get(periods);
  if (!rules) {
    rules = periods.rules.map((rule) => ({
      rule,
      // whole words only: a pattern starts and ends at a word's edge
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})(?![\\p{L}\\p{N}])`, 'giu'),
    }));
    compiled.set(periods, rules);
  }
  return rules;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * @example findCyrillicTimeExpressions('по итогам 2025 года', '2026-01-10', RUSSIAN_PERIODS)[0]!.period // '2025'
 * @example findCyrillicTimeExpressions('в прошлом году', '2026-01-10', RUSSIAN_PERIODS)[0]!.period // '2025'
 */
export function findCyrillicTimeExpressions(
  text: string,
  documentDate: string,
  periods: CyrillicPeriods,
): TimeExpression[] {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(documentDate);
  const documentYear = date ? Number(date[1]) : NaN;
  const documentMonth = date ? Number(date[2]) : NaN;
  const documentDay = date ? Number(date[3]) : NaN;
  const monthOf = (stem: string | undefined): number => {
    if (!stem) return NaN;
    const lower = stem.toLowerCase();
    const index = patternsOf(periods).months.findIndex((month) => month.test(lower));
    return index + 1 || NaN;
  };
  /** The year of the nearest such month (and day) not after the document's date. */
  const pastYear = (month: number, day = 1): number =>
    month < documentMonth || (month === documentMonth && day <= documentDay)
      ? documentYear
      : documentYear - 1;

  const taken: Array<{ start: number; end: number; expression: TimeExpression | null }> = [];
  for (const { rule, pattern } of rulesOf(periods)) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const start = match.index;
      const end = start + match[0].length;
      // an earlier rule (a base, a span, a deadline) wins over a later one inside it
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end, expression: resolve(rule, match.groups ?? {}, start, end) });
    }
  }
  return taken
    .flatMap(({ expression }) => (expression ? [expression] : []))
    .sort((a, b) => a.start - b.start);

  function resolve(
    rule: PeriodRule,
    groups: Record<string, string | undefined>,
    start: number,
    end: number,
  ): TimeExpression | null {
    const written = groups['year'] ? Number(groups['year']) : NaN;
    const meaning = rule.meaning;
    switch (meaning.type) {
      case 'base':
        return null;
      case 'open':
        return timeExpression(start, end, '', false, true);
      case 'decadeEnd':
        return timeExpression(
          start,
          end,
          date ? String(Math.floor(documentYear / 10) * 10 + 10) : '',
          true,
          true,
        );
      case 'year':
        return timeExpression(start, end, String(written), meaning.deadline, false);
      case 'span': {
        const endDigits = groups['end'] ?? '';
        // a season's second year may be written in two digits: "2026/27"
        const last =
          endDigits.length === 2
            ? Math.floor(written / 100) * 100 + Number(endDigits)
            : Number(endDigits);
        const year = last > written && last - written < 30 ? last : written;
        return timeExpression(start, end, String(year), meaning.deadline, false);
      }
      case 'offset': {
        const years = Number.isNaN(meaning.years)
          ? (COUNT_WORDS[(groups['count'] ?? '').toLowerCase()] ?? Number(groups['count']))
          : meaning.years;
        const period = date && Number.isFinite(years) ? String(documentYear + years) : '';
        return timeExpression(start, end, period, meaning.deadline, true);
      }
      case 'partOfYear': {
        if (Number.isFinite(written))
          return timeExpression(start, end, String(written), false, false);
        if (!date) return timeExpression(start, end, '', false, true);
        const lastMonth = monthOf(groups['month']);
        const year = Number.isFinite(lastMonth) ? pastYear(lastMonth) : documentYear;
        return timeExpression(start, end, String(year), false, true);
      }
      case 'monthOfYear': {
        const month = monthOf(groups['month']);
        if (!Number.isFinite(month)) return null;
        if (Number.isFinite(written))
          return timeExpression(start, end, `${written}-${pad(month)}`, false, false);
        if (!date) return timeExpression(start, end, '', false, true);
        return timeExpression(start, end, `${pastYear(month)}-${pad(month)}`, false, true);
      }
      case 'dayOfMonth': {
        const month = monthOf(groups['month']);
        const day = Number(groups['day']);
        if (!Number.isFinite(month) || day < 1 || day > 31) return null;
        const year = Number.isFinite(written) ? written : date ? pastYear(month, day) : NaN;
        if (!Number.isFinite(year)) return timeExpression(start, end, '', false, true);
        return timeExpression(
          start,
          end,
          `${year}-${pad(month)}-${pad(day)}`,
          false,
          !Number.isFinite(written),
        );
      }
    }
  }
}

/** A language's period words as patterns, built once per language (`patternsOf`). */
interface PeriodPatterns {
  /** Each month's stem at the start of a word, January first. */
  months: readonly RegExp[];
  yearBefore: RegExp;
  comparedWith: RegExp;
}
const periodPatterns = new WeakMap<CyrillicPeriods, PeriodPatterns>();

/** The patterns of `periods`, built on first use: the tables are few and fixed. */
function patternsOf(periods: CyrillicPeriods): PeriodPatterns {
  let patterns = periodPatterns.get(periods);
  if (!patterns) {
    patterns = {
      months: periods.months.map((month) => new RegExp(`^(?:${month})`, 'u')),
      yearBefore: new RegExp(`(?<![\\p{L}])(?:${periods.yearBefore})(?![\\p{L}])`, 'giu'),
      comparedWith: new RegExp(`(?<![\\p{L}])(?:${periods.comparedWith})(?![\\p{L}])`, 'iu'),
    };
    periodPatterns.set(periods, patterns);
  }
  return patterns;
}

/**
 * Whether the figure at [at, atEnd) of `sentence` is stated for the year before the one its
 * sentence or paragraph speaks of: "годом ранее" (or "бір жыл бұрын") before it, with no other
 * figure between, or right after it, unless that phrase is the base of a comparison ("на 9% выше,
 * чем годом ранее": the 9% is of the current period).
 *
 * @example isYearBefore('Годом ранее доля составляла 88%.', 26, 29, RUSSIAN_PERIODS) // true
 * @example isYearBefore('Цены выросли на 9%, чем годом ранее.', 16, 18, RUSSIAN_PERIODS) // false
 */
export function isYearBefore(
  sentence: string,
  at: number,
  atEnd: number,
  periods: CyrillicPeriods,
): boolean {
  const { yearBefore: pattern, comparedWith: compared } = patternsOf(periods);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(sentence))) {
    const start = match.index;
    const end = start + match[0].length;
    if (end <= at) {
      // before the figure: the figure is the next one, in the same clause or after a dash
      const gap = sentence.slice(end, at);
      if (!/\d/.test(gap) && !/[;.]/.test(gap) && gap.length <= 60) return true;
    } else if (start >= atEnd) {
      // after the figure: close to it, and not the base of a comparison
      const gap = sentence.slice(atEnd, start);
      if (!/[\d,;:]/.test(gap) && gap.length <= 40 && !compared.test(gap)) return true;
    }
  }
  return false;
}

/**
 * The period one year before `period` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), keeping its month
 * and day.
 *
 * @example yearBefore('2026-09') // '2025-09'
 */
export function yearBefore(period: string): string {
  const year = Number(period.slice(0, 4));
  return Number.isFinite(year) && period.length >= 4 ? `${year - 1}${period.slice(4)}` : '';
}
