/**
 * Finding a claim in its document: the mention, its sentence and its paragraph, as text segments
 * to render as spans (never as HTML).
 */

import { detectLanguage } from '../../scripts/extract/language.ts';

const LANGUAGE_NAMES = { en: 'English', ru: 'Russian', kk: 'Kazakh', other: '' } as const;

/**
 * The language a claim's sentence is written in, as a reader names it; '' when unknown.
 * @example languageOf('Экспорт ИТ-услуг вырос на 12%.') // 'Russian'
 */
export function languageOf(quote: string): string {
  return quote.trim() ? LANGUAGE_NAMES[detectLanguage(quote)] : '';
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Splits text into plain and marked segments; ranges outside the text or empty are ignored.
 * @example highlight('abc', { start: 1, end: 2 }) // [{ text: 'a', mark: false }, { text: 'b', mark: true }, { text: 'c', mark: false }]
 */
export function highlight(text: string, range: Range | undefined): Segment[] {
  if (!range || range.start < 0 || range.end > text.length || range.end <= range.start)
    return text ? [{ text, mark: false }] : [];
  return [
    { text: text.slice(0, range.start), mark: false },
    { text: text.slice(range.start, range.end), mark: true },
    { text: text.slice(range.end), mark: false },
  ].filter((segment) => segment.text !== '');
}

/** The mention's range in the document, when the claim's offsets fit it. */
export function mentionRange(
  document: string,
  start: number | null,
  end: number | null,
): Range | undefined {
  if (start === null || end === null || start < 0 || end > document.length || end <= start)
    return undefined;
  return { start, end };
}

/** The paragraph (a line of the document) that holds the range. */
export function paragraphAround(document: string, range: Range): Range {
  const start = document.lastIndexOf('\n', range.start - 1) + 1;
  const newline = document.indexOf('\n', range.end);
  return { start, end: newline === -1 ? document.length : newline };
}

/**
 * Where the mention sits inside the quoted sentence, found through the document; undefined
 * when the quote is not in the document around the mention.
 */
export function mentionInQuote(document: string, quote: string, mention: Range): Range | undefined {
  const trimmedQuote = quote.trim();
  if (!trimmedQuote) return undefined;
  let at = document.lastIndexOf(trimmedQuote, mention.start);
  while (at !== -1) {
    if (at + trimmedQuote.length >= mention.end) {
      const offset = quote.indexOf(trimmedQuote);
      return { start: offset + mention.start - at, end: offset + mention.end - at };
    }
    at = at > 0 ? document.lastIndexOf(trimmedQuote, at - 1) : -1;
  }
  return undefined;
}
