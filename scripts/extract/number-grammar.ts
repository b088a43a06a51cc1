/**
 * What the number grammar (`numbers.ts`) asks of a language: one object per language answers
 * where digits and number words are, and what a number's neighbours make of it (a scale, a
 * percent, a currency, a multiple, a qualifier, a date, an ordinal, a duration). The reading code
 * is shared; the languages differ only in these answers, most of them from word tables
 * (`languages/`). Types only.
 */
import type { Qualifier } from '../../src/lib/claim.ts';
import type { CurrencyMatch } from './currencies.ts';
import type { NumberForm, NumberMention } from './numbers.ts';

/** A number as first found, before its neighbours are read. */
export interface Atom {
  start: number;
  end: number;
  value: number;
  form: NumberForm;
  /** A fraction with no scale after it: a share of something. */
  share: boolean;
  wordCount: number;
  firstWord: string;
  integerDigits: boolean;
  hasScale: boolean;
}

export interface ScaleMatch {
  factor: number;
  /** Characters the scale takes after the number, with the space before it. */
  length: number;
  /** A single letter ("5m"), which needs digits before it. */
  single: boolean;
}

export interface NumberGrammar {
  digitAtoms(text: string): Atom[];
  wordAtoms(text: string): Atom[];
  /** Number words count only where a scale, currency, percent or multiple follows them. */
  wordsNeedUnit: boolean;
  scaleAfter(text: string, end: number): ScaleMatch | null;
  /** Length of a percent sign or word after `end`, or 0. */
  percentAfter(text: string, end: number): number;
  currencyAfter(text: string, end: number, marked: boolean): CurrencyMatch | null;
  /** Length of what makes the number a multiple after `end` ("-fold", " раза"), or 0. */
  multipleAfter(text: string, atom: Atom, start: number, end: number): number;
  qualifierBefore(text: string, start: number): Qualifier;
  /** The qualifier written after the number (Kazakh: "… доллардан астам"), else 'exact'. */
  qualifierAfter(text: string, end: number): Qualifier;
  /** A day of a month: "Aug. 11", "11 August", "1 сентября". */
  dayOfMonth(text: string, before: string, end: number): boolean;
  /** A month name right before: "May 5". */
  monthBefore(before: string): boolean;
  ordinalAfter(text: string, end: number, next: string): boolean;
  /** A noun of time after the number: "9 месяцев" is a span, not a claim. */
  durationAfter(text: string, end: number): boolean;
  /** Multiples written as words on their own: "doubled", "twofold", "вдвое". */
  addWordMultiples(text: string, mentions: NumberMention[]): void;
  /** Shares written as two numbers: "six out of ten". */
  readShares(text: string, mentions: NumberMention[]): void;
  /** "A and B" with no "between" before A: two figures of a list, not a range's ends. */
  joinsAList(text: string, a: NumberMention, join: string): boolean;
  /** The word joining two range ends, or null when `a` and `b` are no range. */
  rangeJoin(text: string, a: NumberMention, b: NumberMention, join: string): string | null;
  hasScaleWord(text: string): boolean;
  /** The number as written before its scale: 2.2 for "2.2 trillion tenge". */
  numberCore(text: string): number;
}
