/**
 * The metric catalogue: which phrases name which metric. It lives in `data/metrics.csv`, so a user
 * adds a metric by adding a line, without touching code:
 *
 *   metric,label,units,entity,phrases
 *   gdp_per_capita,GDP per capita,currency,,GDP per capita|per capita GDP
 *
 * - `units`: what the metric is measured in, `;`-separated: `currency`, `percent`, `count`, `multiple`
 *   (empty: any). A phrase only names the metric for a number in one of these units.
 * - `entity`: whom the metric is always about ("World" for the global AI market); empty: read from the sentence.
 * - `phrases`: `|`-separated. A word in capitals (`IT`, `GDP`) matches in capitals only; other words match
 *   any case and any ending ("export" matches "exports"); `*` stands for up to four words.
 * - `theme` (optional, last): the overview's group, one of `THEMES` (Economy, IT sector, AI,
 *   Education, Digital government, Other); empty: the app guesses from the slug.
 * Pure: `parseCatalogue(text)` takes the file's text.
 */
import Papa from 'papaparse';
import { THEMES } from '../../src/lib/themes.ts';
import { codeAt } from './chars.ts';

export type UnitClass = 'currency' | 'percent' | 'count' | 'multiple';

export interface MetricEntry {
  metric: string;
  label: string;
  units: readonly UnitClass[];
  entity: string;
  /** One of `THEMES`, or '' when the catalogue does not say. */
  theme: string;
  phrases: readonly string[];
  /** Each phrase as the words it must find, in order. */
  sequences: readonly PhraseWord[][];
}

/** One word of a phrase: an acronym matched whole in capitals, or a word start matched in any case. */
export interface PhraseWord {
  text: string;
  acronym: boolean;
  /** How many words may come before this one after the previous ("*" in the phrase). */
  gap: number;
}

export interface MetricCatalogue {
  entries: readonly MetricEntry[];
  /** Phrases by the first two letters of their first word, so a sentence only tries the phrases its words could start. */
  index?: ReadonlyMap<
    number,
    ReadonlyArray<{ entry: MetricEntry; sequence: readonly PhraseWord[] }>
  >;
  /** Problems found while reading the file, each naming its row; entries with problems are left out. */
  problems: readonly string[];
}

const UNIT_CLASSES: readonly UnitClass[] = ['currency', 'percent', 'count', 'multiple'];
const SLUG = /^[a-z][a-z0-9_]*$/;

/**
 * Reads the catalogue CSV. Rows with problems are reported and skipped; the rest is kept.
 *
 * @example parseCatalogue('metric,label,units,entity,phrases\ngdp,GDP,currency,,GDP|gross domestic product').entries[0]!.metric // 'gdp'
 */
export function parseCatalogue(text: string): MetricCatalogue {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const problems: string[] = [];
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const required = ['metric', 'label', 'phrases'];
  const missing = required.filter((name) => column(name) < 0);
  if (missing.length > 0) {
    return {
      entries: [],
      problems: [
        `row 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
      ],
    };
  }
  const entries: MetricEntry[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!;
    const cell = (name: string) => (column(name) >= 0 ? (row[column(name)] ?? '').trim() : '');
    const where = `row ${index + 1}`;
    const metric = cell('metric');
    if (metric.startsWith('#')) continue; // comment line
    if (!SLUG.test(metric)) {
      problems.push(
        `${where}, column "metric": "${metric}" is not a slug (lower case letters, digits and _)`,
      );
      continue;
    }
    if (seen.has(metric)) {
      problems.push(`${where}, column "metric": "${metric}" is listed twice`);
      continue;
    }
    const units = cell('units')
      .split(/[;\s]+/)
      .filter(Boolean) as UnitClass[];
    const badUnit = units.find((unit) => !UNIT_CLASSES.includes(unit));
    if (badUnit) {
      problems.push(
        `${where}, column "units": "${badUnit}" is not one of ${UNIT_CLASSES.join(', ')}`,
      );
      continue;
    }
    const phrases = cell('phrases')
      .split('|')
      .map((phrase) => phrase.trim())
      .filter(Boolean);
    if (phrases.length === 0) {
      problems.push(`${where}, column "phrases": no phrase names metric "${metric}"`);
      continue;
    }
    const theme = cell('theme');
    if (theme && !(THEMES as readonly string[]).includes(theme)) {
      problems.push(`${where}, column "theme": "${theme}" is not one of ${THEMES.join(', ')}`);
      continue;
    }
    seen.add(metric);
    entries.push({
      metric,
      label: cell('label') || metric,
      units,
      entity: cell('entity'),
      theme,
      phrases,
      sequences: phrases.map(compilePhrase),
    });
  }
  return { entries, problems, index: indexPhrases(entries) };
}

/** The first two characters, lower-cased, as one number: a cheap map key. */
function headKey(text: string): number {
  return headKeyAt(text, 0, text.length);
}

/** `headKey` of the word at [start, end) of `text`, read in place. */
function headKeyAt(text: string, start: number, end: number): number {
  return (lowerCode(text, start) << 16) | (end - start > 1 ? lowerCode(text, start + 1) : 0);
}

/** The lower-case code unit at `at`: `| 32` for ASCII, the full mapping for Cyrillic and others. */
function lowerCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? code | 32 : text.charAt(at).toLowerCase().charCodeAt(0);
}

function indexPhrases(
  entries: readonly MetricEntry[],
): Map<number, { entry: MetricEntry; sequence: readonly PhraseWord[] }[]> {
  const index = new Map<number, { entry: MetricEntry; sequence: readonly PhraseWord[] }[]>();
  for (const entry of entries) {
    for (const sequence of entry.sequences) {
      const head = sequence[0];
      if (!head) continue;
      const key = headKey(head.text);
      const list = index.get(key) ?? [];
      list.push({ entry, sequence });
      index.set(key, list);
    }
  }
  return index;
}

/**
 * A phrase as the words it must find: "IT * export" → IT, then "export…" after at most four words.
 *
 * @example compilePhrase('AI-Sana') // [{ text: 'AI', acronym: true, gap: 0 }, { text: 'sana', acronym: false, gap: 0 }]
 */
export function compilePhrase(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  let gap = 0;
  for (const token of phrase.split(/\s+/).filter(Boolean)) {
    if (token === '*' || token === '**') {
      gap = token === '*' ? 4 : 10;
      continue;
    }
    for (const part of token.split('-').filter(Boolean)) {
      const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(part);
      words.push({ text: acronym ? part : part.toLowerCase(), acronym, gap });
      gap = 0;
    }
  }
  return words;
}

/**
 * A sentence's words as offsets, with the sentence lower-cased once: words are compared in place
 * (`startsWith` at an offset) rather than sliced into strings, as this runs on every sentence with a figure.
 */
interface Tokens {
  sentence: string;
  lower: string;
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter or digit at `at` (2 for a surrogate pair), or 0: what `[\p{L}\p{N}]` matches, ASCII decided without a pattern. */
function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128)
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  const width = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(at, at + width)) ? width : 0;
}

/** The words of `sentence`: a letter or digit, then letters, digits, apostrophes and full stops, without the trailing ones. */
function tokenize(sentence: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < sentence.length;) {
    const first = letterOrDigitAt(sentence, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      const code = codeAt(sentence, i);
      if (code === 39 || code === 0x2019 || code === 46) i++;
      else {
        const width = i < sentence.length ? letterOrDigitAt(sentence, i) : 0;
        if (width === 0) break;
        i += width;
      }
    }
    let end = i;
    for (
      let c = sentence.charCodeAt(end - 1);
      c === 46 || c === 39 || c === 0x2019;
      c = sentence.charCodeAt(end - 1)
    )
      end--;
    starts.push(start);
    ends.push(end);
  }
  return { sentence, lower: sentence.toLowerCase(), starts, ends };
}

function wordMatches(word: PhraseWord, tokens: Tokens, k: number): boolean {
  const start = tokens.starts[k]!;
  const length = tokens.ends[k]! - start;
  return word.acronym
    ? length === word.text.length && tokens.sentence.startsWith(word.text, start)
    : length >= word.text.length && tokens.lower.startsWith(word.text, start);
}

/** End token index of `sequence` matched from token `first`, or -1. */
function matchSequence(sequence: readonly PhraseWord[], tokens: Tokens, first: number): number {
  const count = tokens.starts.length;
  let at = first;
  for (let w = 1; w < sequence.length; w++) {
    const word = sequence[w]!;
    let found = -1;
    for (let k = at + 1; k <= Math.min(count - 1, at + 1 + word.gap); k++) {
      if (wordMatches(word, tokens, k)) {
        found = k;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

export function unitClass(unit: string): UnitClass {
  if (unit === 'percent' || unit === 'count' || unit === 'multiple') return unit;
  return 'currency';
}

export interface MetricMatch {
  entry: MetricEntry;
  start: number;
  end: number;
}

/**
 * Every catalogue phrase found in `sentence`, a longer phrase winning over one it covers
 * ("GDP per capita" over "GDP"). Computed once per sentence; `chooseMetric` then picks per number.
 */
export function findMetricPhrases(catalogue: MetricCatalogue, sentence: string): MetricMatch[] {
  const tokens = tokenize(sentence);
  const index = catalogue.index ?? indexPhrases(catalogue.entries);
  const found: MetricMatch[] = [];
  for (let i = 0; i < tokens.starts.length; i++) {
    const start = tokens.starts[i]!;
    const candidates = index.get(headKeyAt(sentence, start, tokens.ends[i]!));
    if (!candidates) continue;
    for (const { entry, sequence } of candidates) {
      if (!wordMatches(sequence[0]!, tokens, i)) continue;
      const last = matchSequence(sequence, tokens, i);
      if (last >= 0) found.push({ entry, start, end: tokens.ends[last]! });
    }
  }
  return found.filter(
    (m) =>
      !found.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ) &&
      !HEAD_AFTER.test(sentence.slice(m.end, m.end + 24)) &&
      !(
        HOLDER.test(sentence.slice(m.start, m.end)) &&
        FLOW_END_BEFORE.test(sentence.slice(0, m.start))
      ),
  );
}

/**
 * A holder of money ("the state budget", "the National Fund") written after "to", "from" or "into"
 * is where a flow goes or comes from, not what a figure measures: "transfers from the republican
 * budget are set at 318 billion", "plans to transfer 12.1 billion manats to the state budget".
 */
const HOLDER = /\b(?:budgets?|funds?)$/i;
const FLOW_END_BEFORE = /\b(?:to|from|into)\s+(?:the\s+|its\s+|their\s+)?$/i;

/**
 * A noun right after a phrase that makes the phrase its modifier: "data centre capacity",
 * "data-centre spending" and "profit tax" measure capacity, spending and a tax, not data centres
 * or profit; the noun phrase's head names the metric.
 */
const HEAD_AFTER =
  /^[\s-]+(?:spending|expenditures?|capacity|capacities|investments?|costs?|revenues?|prices?|tariffs?|sales|consumption|subscribers|users|employees|workers|staff|projects|funding|taxe?s?|systems|infrastructure|utili[sz]ation|loads?|construction)\b/i;

/**
 * The metric a number at [start, end) is about, among the phrases of its sentence for the number's
 * unit: the nearest one (a phrase before the number wins a tie).
 */
export function chooseMetric(
  phrases: readonly MetricMatch[],
  start: number,
  end: number,
  unit: string,
  sentence = '',
  countHead = '',
): MetricMatch | null {
  const cls = unitClass(unit);
  let best: MetricMatch | null = null;
  let bestDistance = Infinity;
  for (const m of phrases) {
    if (m.entry.units.length > 0 && !m.entry.units.includes(cls)) continue;
    // "300 IT companies" is not a count of the "participants" named elsewhere in the sentence
    if (countHead && sentence && countsSomethingElse(sentence.slice(m.start, m.end), countHead))
      continue;
    const distance =
      m.end <= start ? start - m.end : m.start >= end ? (m.start - end) * 1.5 + 1 : 0;
    // "Exports reached $13.2 billion and imports $7.6 billion": a phrase past a conjunction or a
    // comma after the figure opens the next figure's clause, unless only more figures stand
    // between ("11.2, 8.9 and 9.4 million subscribers") or a relative clause says what the
    // figure was ("27% more than in 2024, when exports stood at …")
    if (sentence && m.start >= end) {
      const gap = sentence.slice(end, m.start);
      if (NEXT_CLAUSE.test(gap) && !FIGURE_LIST.test(gap) && !RELATIVE_CLAUSE.test(gap)) continue;
    }
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** What opens another clause between a figure and a phrase after it. */
const NEXT_CLAUSE = /[,;]|\b(?:and|while|whereas|but)\b/;
/** Only more figures between a figure and a phrase: ", 8.9 million and 9.4 million ". */
/** A relative clause after a comma: ", when exports stood at …". */
const RELATIVE_CLAUSE = /,\s*(?:when|where|which|as)\s/;
const FIGURE_LIST =
  /^(?:\s*(?:,|and|or)?\s*[$€£₸]?\d[\d.,]*\s*(?:%|percent|thousand|million|billion|trillion|mln|bn)?)+\s*(?:,|and|or)?\s*$/i;

/** The phrase ends in a plural noun that is not the noun the number counts. */
function countsSomethingElse(matched: string, countHead: string): boolean {
  const last = matched.slice(matched.lastIndexOf(' ') + 1).toLowerCase();
  const head = countHead.toLowerCase();
  if (!/[^s]s$/.test(last) || matched.toLowerCase().includes(head)) return false;
  return !last.startsWith(head.slice(0, Math.max(3, head.length - 2)));
}

/**
 * The catalogue metric a number at [start, end) of `sentence` is about: the nearest phrase of the
 * catalogue for the number's unit.
 *
 * @example matchMetric(catalogue, 'GDP per capita exceeded $15,000', 24, 31, 'USD')!.entry.metric // 'gdp_per_capita'
 */
export function matchMetric(
  catalogue: MetricCatalogue,
  sentence: string,
  start: number,
  end: number,
  unit: string,
): MetricMatch | null {
  return chooseMetric(findMetricPhrases(catalogue, sentence), start, end, unit);
}
