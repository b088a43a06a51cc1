/**
 * The number grammar's answers for a Cyrillic language, built from its word tables
 * (`languages/cyrillic-numbers.ts`): Russian and Kazakh differ only in those tables. Pure.
 *
 * What Cyrillic texts share and English does not: thousands grouped with spaces (ordinary, no-break
 * or narrow no-break: "62 000", "1 208"), a decimal comma ("14,75"), units after the number
 * ("млрд тенге", "пайыз"), and case endings on the words after it.
 */
import type { Qualifier } from '../../src/lib/claim.ts';
import { currencyAfter as englishCurrencyAfter } from './currencies.ts';
import type { CyrillicNumberWords } from './languages/cyrillic-numbers.ts';
import type { Atom, NumberGrammar, ScaleMatch } from './number-grammar.ts';
import type { NumberMention } from './numbers.ts';

/**
 * Digits as Russian and Kazakh write them: groups of three after a space, NBSP or narrow NBSP,
 * and a decimal comma or point. A comma followed by a space separates a list, not a fraction.
 */
const DIGITS = /(?<![\p{N}])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+)(?:[.,]\d+)?/gu;

const alternatives = (sources: readonly string[]): string => sources.join('|');

/** One table's sources, each wrapped in a group, so the matching entry is the group that is set. */
function grouped(entries: ReadonlyArray<readonly [string, ...unknown[]]>): string {
  return entries.map(([source]) => `(${source})`).join('|');
}

function groupIndex(match: RegExpExecArray, offset: number, count: number): number {
  for (let i = 0; i < count; i++) if (match[offset + i] !== undefined) return i;
  return -1;
}

/**
 * @example cyrillicGrammar(RUSSIAN).digitAtoms('14,75 трлн')[0]!.value // 14.75
 * @example cyrillicGrammar(RUSSIAN).scaleAfter(' млрд тенге', 0) // { factor: 1e9, length: 5, single: false }
 */
export function cyrillicGrammar(words: CyrillicNumberWords): NumberGrammar {
  const scaleAfter = new RegExp(`^\\s*(?:${grouped(words.scales)})(?![\\p{L}])`, 'iu');
  const percentAfter = new RegExp(`^\\s*(?:${words.percent})`, 'iu');
  const currencyAfter = new RegExp(`^\\s*(?:${grouped(words.currencies)})(?![\\p{L}])`, 'iu');
  const multipleAfter = new RegExp(`^(?:${words.multipleAfter})`, 'iu');
  const multipleBefore = words.multipleBefore ? new RegExp(words.multipleBefore, 'iu') : null;
  const qualifierAfter = new RegExp(
    `^\\s*(?:-?[\\p{L}]{0,4}\\s+)?(?:${grouped(words.qualifiersAfter)})(?![\\p{L}])`,
    'iu',
  );
  const boundCase = words.boundCase ? new RegExp(`${words.boundCase}$`, 'iu') : null;
  const changeVerbs = words.changeVerbs ? new RegExp(`^\\s+(?:${words.changeVerbs})`, 'iu') : null;
  const months = new RegExp(`^\\s+(?:${words.months})(?![\\p{L}])`, 'iu');
  const monthBefore = new RegExp(`(?:^|[^\\p{L}])(?:${words.months})\\s+$`, 'iu');
  const ordinal = new RegExp(`^(?:${words.ordinalEnding})`, 'iu');
  const duration = new RegExp(`^\\s+(?:${words.durations})`, 'iu');
  const scaleWord = new RegExp(
    `(?:^|[^\\p{L}])(?:${alternatives(words.scales.map(([source]) => source))})(?![\\p{L}])`,
    'iu',
  );
  const numberWordSource = grouped([...words.numberWords, ...words.scaleWords]);
  const numberWord = new RegExp(`(?<![\\p{L}])(?:${numberWordSource})(?![\\p{L}])`, 'giu');
  const nextNumberWord = new RegExp(`^\\s+(?:${numberWordSource})(?![\\p{L}])`, 'iu');
  const wordMultiple =
    words.multipleWords.length > 0
      ? new RegExp(`(?<![\\p{L}])(?:${grouped(words.multipleWords)})(?![\\p{L}])`, 'giu')
      : null;
  const shareWord = new RegExp(`(?<![\\p{L}])(?:${grouped(words.shareWords)})(?![\\p{L}])`, 'giu');
  const shareNotAfter = new RegExp(`^\\s+${words.shareNotAfter}`, 'iu');
  /** "в первой половине года", "екінші жартысында": a part of a period, named by its ordinal. */
  const ordinalBefore = /(?:перв|втор|трет|четв[её]рт|бірінші|екінші)\p{L}*\s+$/iu;
  const rangeJoin = new RegExp(`^(?:${words.rangeJoin})$`, 'iu');
  const rangeOpen = words.rangeOpen ? new RegExp(words.rangeOpen, 'iu') : null;
  const qualifiers = [...words.qualifiersBefore]
    .map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }))
    .sort((a, b) => b.words.length - a.words.length);

  /** A number word's value and whether it is a scale (thousand and up). */
  const wordValue = (match: RegExpExecArray, offset: number): { value: number; scale: boolean } => {
    const index = groupIndex(match, offset, words.numberWords.length + words.scaleWords.length);
    if (index < words.numberWords.length)
      return { value: words.numberWords[index]![1], scale: false };
    return { value: words.scaleWords[index - words.numberWords.length]![1], scale: true };
  };

  function digitAtoms(text: string): Atom[] {
    const atoms: Atom[] = [];
    DIGITS.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = DIGITS.exec(text))) {
      const raw = match[0];
      const value = Number(raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
      if (!Number.isFinite(value)) continue;
      atoms.push({
        start: match.index,
        end: match.index + raw.length,
        value,
        form: 'digits',
        share: false,
        wordCount: 0,
        firstWord: raw,
        integerDigits: /^[\d \u00a0\u202f]+$/.test(raw),
        hasScale: false,
      });
    }
    return atoms;
  }

  /**
   * Runs of number words: "два миллиарда" = 2e9, "одного триллиона" = 1e12, "бес мың" = 5000,
   * "полтора" = 1.5; a scale word alone ("тысячи") is a number only after a qualifier
   * ("более тысячи"), as "thousands" alone is none in English.
   */
  function wordAtoms(text: string): Atom[] {
    const atoms: Atom[] = [];
    numberWord.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = numberWord.exec(text))) {
      const start = match.index;
      let end = start + match[0].length;
      const first = wordValue(match, 1);
      const scale = first.scale;
      let current = first.value;
      let total = 0;
      let count = 1;
      let hasScale = scale;
      if (scale) {
        if (qualifierBefore(text, start) === 'exact') continue;
        total = current;
        current = 0;
      }
      for (;;) {
        const next = nextNumberWord.exec(text.slice(end, end + 40));
        if (!next) break;
        const word = wordValue(next, 1);
        if (word.scale) {
          total += (current || 1) * word.value;
          current = 0;
          hasScale = true;
        } else if (word.value === 100 && current > 0 && current < 10) current *= 100;
        else if (!hasScale && current > 0 && word.value >= current) break;
        else current += word.value;
        end += next[0].length;
        count++;
      }
      numberWord.lastIndex = end;
      atoms.push({
        start,
        end,
        value: total + current,
        form: 'words',
        share: false,
        wordCount: count,
        firstWord: match[0].toLowerCase(),
        integerDigits: false,
        hasScale,
      });
    }
    return atoms;
  }

  function scaleAfterAt(text: string, end: number): ScaleMatch | null {
    const match = scaleAfter.exec(text.slice(end, end + 24));
    if (!match) return null;
    const index = groupIndex(match, 1, words.scales.length);
    return { factor: words.scales[index]![1], length: match[0].length, single: false };
  }

  function qualifierBefore(text: string, start: number): Qualifier {
    const tokens = text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((token) => token !== '');
    for (const { words: phrase, qualifier } of qualifiers) {
      if (phrase.length > tokens.length) continue;
      if (!phrase.every((word, i) => tokens[tokens.length - phrase.length + i] === word)) continue;
      // "до" closes a range ("с 7% до 29%") or names a level reached ("замедлилась до 8,5%")
      if (qualifier === 'up_to' && phrase.length === 1 && phrase[0] === 'до')
        return isLevelReached(tokens) ||
          RANGE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
          ? 'exact'
          : qualifier;
      return qualifier;
    }
    return 'exact';
  }

  return {
    digitAtoms,
    wordAtoms,
    wordsNeedUnit: true,
    scaleAfter: scaleAfterAt,
    percentAfter: (text, end) => percentAfter.exec(text.slice(end, end + 40))?.[0].length ?? 0,
    currencyAfter(text, end) {
      const match = currencyAfter.exec(text.slice(end, end + 32));
      if (match) {
        const index = groupIndex(match, 1, words.currencies.length);
        return { code: words.currencies[index]![1], length: match[0].length };
      }
      // codes in capitals are the same in every language: "5 млрд KZT", "100 USD"
      const code = englishCurrencyAfter(text, end);
      return code && /^\s*[A-Z]{3}$/.test(text.slice(end, end + code.length)) ? code : null;
    },
    multipleAfter(text, _atom, start, end) {
      const match = multipleAfter.exec(text.slice(end, end + 24));
      if (!match) return 0;
      // "в 2 раза", but "2 раза в год" is a frequency
      if (
        multipleBefore &&
        /^\s*раз/iu.test(match[0]) &&
        !multipleBefore.test(text.slice(Math.max(0, start - 8), start))
      )
        return 0;
      return match[0].length;
    },
    qualifierBefore,
    qualifierAfter(text, end) {
      const after = text.slice(end, end + 40);
      const match = qualifierAfter.exec(after);
      if (!match) return 'exact';
      const index = groupIndex(match, 1, words.qualifiersAfter.length);
      const [, qualifier, role] = words.qualifiersAfter[index]!;
      if (role === 'comparative' && boundCase) {
        const gap = /^-[\p{L}]{1,4}/u.exec(after)?.[0] ?? '';
        const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, end - 20), end) + gap)?.[0] ?? '';
        return boundCase.test(word) ? qualifier : 'exact';
      }
      if (role === 'limit' && changeVerbs?.test(after.slice(match[0].length))) return 'exact';
      return qualifier;
    },
    dayOfMonth: (text, _before, end) => months.test(text.slice(end, end + 20)),
    monthBefore: (before) => monthBefore.test(before),
    ordinalAfter: (text, end) => ordinal.test(text.slice(end, end + 8)),
    durationAfter: (text, end) => duration.test(text.slice(end, end + 20)),
    addWordMultiples(text, mentions) {
      if (!wordMultiple) return;
      wordMultiple.lastIndex = 0;
      const found: NumberMention[] = [];
      let match: RegExpExecArray | null;
      while ((match = wordMultiple.exec(text))) {
        const start = match.index;
        const end = start + match[0].length;
        if (mentions.some((m) => m.start < end && start < m.end)) continue;
        const index = groupIndex(match, 1, words.multipleWords.length);
        found.push({
          start,
          end,
          text: match[0],
          value: words.multipleWords[index]![1],
          unit: 'multiple',
          qualifier: qualifierBefore(text, start),
          form: 'verb',
          marked: true,
          excluded: undefined,
          rangeWith: undefined,
          inherited: undefined,
          basisPoints: false,
        });
      }
      if (found.length === 0) return;
      mentions.push(...found);
      mentions.sort((a, b) => a.start - b.start);
    },
    /**
     * Fractions written as words are shares: "более половины" = more than 50%, "почти треть" ≈
     * 33.33%; not a part of a period ("во второй половине года", "четверть века").
     */
    readShares(text, mentions) {
      if (words.shareWords.length === 0) return;
      shareWord.lastIndex = 0;
      const found: NumberMention[] = [];
      let match: RegExpExecArray | null;
      while ((match = shareWord.exec(text))) {
        const start = match.index;
        const end = start + match[0].length;
        // "две трети": the share replaces the bare number word read inside it
        const inside = mentions.filter((m) => m.start < end && start < m.end);
        if (inside.some((m) => m.form !== 'words' || m.marked)) continue;
        if (shareNotAfter.test(text.slice(end, end + 16))) continue;
        if (ordinalBefore.test(text.slice(Math.max(0, start - 16), start))) continue;
        const index = groupIndex(match, 1, words.shareWords.length);
        found.push({
          start,
          end,
          text: match[0],
          value: words.shareWords[index]![1],
          unit: 'percent',
          qualifier: qualifierBefore(text, start),
          form: 'fraction',
          marked: true,
          excluded: undefined,
          rangeWith: undefined,
          inherited: undefined,
          basisPoints: false,
        });
      }
      if (found.length === 0) return;
      const kept = mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
      mentions.length = 0;
      mentions.push(...kept, ...found);
      mentions.sort((a, b) => a.start - b.start);
    },
    joinsAList: (text, a, join) =>
      /^\s+(?:и|және|мен|бен|пен)\s+$/iu.test(join) &&
      !/(?:^|[^\p{L}])между\s+$/iu.test(text.slice(Math.max(0, a.start - 12), a.start)),
    rangeJoin(text, a, b, join) {
      if (!rangeJoin.test(join)) return null;
      const word = join.trim().toLowerCase();
      const dash = word === '-' || word === '–' || word === '—';
      const opened = rangeOpen?.test(text.slice(Math.max(0, a.start - 12), a.start)) ?? false;
      if (!dash && !opened) return null;
      // "от 1,7 до 2,2 трлн тенге" and "1,7–2,2 трлн"; "и" only after "между"
      if (word === 'и' && !/между\s+$/iu.test(text.slice(Math.max(0, a.start - 12), a.start)))
        return null;
      if (!dash && a.marked && b.marked && a.unit !== b.unit) return null;
      return word;
    },
    hasScaleWord: (text) => scaleWord.test(text),
    numberCore(text) {
      const digits = /\d[\d \u00a0\u202f]*(?:[.,]\d+)?/.exec(text);
      return digits ? Number(digits[0].replace(/[ \u00a0\u202f]/g, '').replace(',', '.')) : 1;
    },
  };
}

/**
 * "до" before a number is a ceiling ("кредиты до 3 трлн"), except after a verb of change or an
 * instruction, where it names the level reached or aimed at ("замедлилась до 8,5%", "довести до").
 */
const CHANGE_STEMS =
  /^(?:довес|довед|довод|вырос|вырас|увелич|сократ|снизи|снижа|сниз|повыс|повыш|пониз|замедл|ускор|подня|упал|упад|опусти|дорос|достиг|возрос|подорож|подеше|умен|прибав|расш|поднима)/u;

/** A number within two words before "до": the second end of a range. */
const RANGE_BEFORE = /[\d%$€₸](?:\s+[\p{L}.]+){0,2}\s+до\s+$/u;

function isLevelReached(tokens: readonly string[]): boolean {
  // "увеличить число ИТ-специалистов до": the verb may stand four words before "до"
  for (let i = tokens.length - 2; i >= Math.max(0, tokens.length - 6); i--)
    if (CHANGE_STEMS.test(tokens[i]!)) return true;
  return false;
}
