/**
 * Splits a document into paragraphs and sentences, keeping UTF-16 offsets into the original text,
 * and marks page furniture (photo credits, comment counters, subscription footers, reader comments)
 * so no claim is read from it. Pure.
 */
import { codeAt, isSpace } from './chars.ts';
import { detectLanguage, type Language } from './language.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  sentences: Sentence[];
  /** Picks the grammar its numbers, periods and kinds are read with. */
  language: Language;
  /** Why the paragraph carries no claims; undefined for body text. */
  furniture?: 'credit' | 'comments' | 'footer' | 'foreign' | 'heading' | 'dateline';
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st no nos vs etc inc ltd corp co jr sr gov gen sen rep dept est approx fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m mln bln trln'
  ).split(' '),
);
/** A longer word before a full stop is no abbreviation: most sentences end without a lookup. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

const CREDIT =
  /^\s*(?:photo|photos|image|images|picture|pictures|video|illustration|фото|видео|сурет|иллюстрация)(?:\s+(?:credits?|by|source|автора?|источник))?\s*[:©]|^\s*(?:©|\(c\)\s)|^\s*(?:photo|credit|фото|сурет)s?\s*:/i;
const COMMENTS_HEADER =
  /^\s*(?:comments?|reader comments|\d+\s+comments?|комментари[йиея]в?|пікірлер|пікір)\s*(?:\(\s*\d+\s*\)|\d+)?\s*:?\s*$/i;
const FOOTER =
  /\b(?:subscribe|sign up|newsletter|follow (?:us|\w+(?:'s|’s)? official)|stories sent directly|share this|all rights reserved|login to leave|log in to comment|read more:|click here)\b/i;
/** Russian and Kazakh footers: a Unicode pattern, run only on paragraphs with other than ASCII. */
const CYRILLIC_FOOTER =
  /(?:^|[^\p{L}])(?:подписывайтесь|подпишитесь|читайте также|читайте нас|все права защищены|жазылыңыз|жазылыңдар|оқи отырыңыз)(?![\p{L}])/iu;
/** Share, view and like counters; "Read also:" links to other articles. */
const COUNTER =
  /^\s*(?:views?|shares?|likes?|reads?|reposts?)\s*:?\s*[\d,. ]+[km]?\s*$|^\s*[\d,. ]+[km]?\s*(?:views?|shares?|likes?|reads?|reposts?)\s*$|^\s*(?:read also|also read|see also|related|read more)\s*:/i;
const CYRILLIC_COUNTER =
  /^\s*(?:просмотр\p{L}*|қаралым\p{L}*)\s*:?\s*[\d,. ]+[кk]?\s*$|^\s*[\d,. ]+[кk]?\s*просмотр\p{L}*\s*$|^\s*(?:читайте также|по теме|тақырыпқа орай)\s*:/iu;
const DATELINE = /^\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s*$/i;

/**
 * The paragraphs of `text`: blank-line separated blocks, or single lines where every line is a paragraph.
 *
 * @example segment('One. Two.\n\nThree.').map((p) => p.sentences.length) // [2, 1]
 */
export function segment(text: string): Paragraph[] {
  return paragraphsOf(text, true);
}

/**
 * The paragraphs of `text`; with `withSentences` false each paragraph's `sentences` is empty and the
 * caller splits only the paragraphs it needs (`splitSentences`), which keeps long texts fast.
 */
export function paragraphsOf(text: string, withSentences: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  let block: { start: number; end: number } | null = null;
  let inComments = false;
  const flush = () => {
    if (!block) return;
    const paragraph = makeParagraph(text, block.start, block.end, withSentences);
    if (inComments) paragraph.furniture = 'comments';
    // a comment counter in the second half of the page opens the reader comments; one near the top
    // (under a headline) is only a counter, and the article follows it
    else if (paragraph.furniture === 'comments' && paragraph.start > text.length / 2)
      inComments = true;
    paragraphs.push(paragraph);
    block = null;
  };
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') flush();
    else if (block && continuesParagraph(text.slice(block.start, block.end), line))
      block.end = lineEnd;
    else {
      flush();
      block = { start: lineStart, end: lineEnd };
    }
    if (!match) break;
    lineStart = lineBreak.lastIndex;
  }
  flush();
  return paragraphs;
}

/** A line wrapped mid-sentence continues its paragraph: the previous line has no closing mark and this one starts in lower case. */
function continuesParagraph(previous: string, line: string): boolean {
  if (/[.!?:;"”»)\]]\s*$/.test(previous)) return false;
  if (/^\s*[\p{Ll}]/u.test(line)) return true;
  // text hard-wrapped at a fixed width: a long line cut mid-sentence ("grew by\n16% in 2024")
  const lastLine = previous.slice(previous.lastIndexOf('\n') + 1);
  return (
    lastLine.length >= 60 &&
    /[\p{L}\p{N},%]\s*$/u.test(lastLine) &&
    /^\s*[\p{L}\p{N}$€£₸(]/u.test(line)
  );
}

function makeParagraph(
  text: string,
  rawStart: number,
  rawEnd: number,
  withSentences: boolean,
): Paragraph {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const body = text.slice(start, end);
  const paragraph: Paragraph = {
    start,
    end,
    text: body,
    sentences: withSentences ? splitSentences(text, start, end) : [],
    // plain ASCII is English: the letter count runs only on paragraphs with other characters
    language: NON_ASCII.test(body) ? detectLanguage(body) : 'en',
  };
  const furniture = classifyFurniture(body, paragraph.language);
  if (furniture) paragraph.furniture = furniture;
  return paragraph;
}

const NON_ASCII = /[^\x00-\x7f]/;

function classifyFurniture(body: string, language: Language): Paragraph['furniture'] {
  if (COMMENTS_HEADER.test(body)) return 'comments';
  if (CREDIT.test(body)) return 'credit';
  const plain = language === 'en' && !NON_ASCII.test(body);
  if (body.length < 200 && (COUNTER.test(body) || (!plain && CYRILLIC_COUNTER.test(body))))
    return 'footer';
  if (DATELINE.test(body)) return 'dateline';
  // text in a language we have no grammar for; Russian and Kazakh are read like English
  if (language === 'other') return 'foreign';
  // short lines that tell the reader to do something, with no figure worth keeping
  if (body.length < 300 && (FOOTER.test(body) || (!plain && CYRILLIC_FOOTER.test(body))))
    return 'footer';
  return undefined;
}

/**
 * Sentences between `start` and `end`: a sentence ends at . ! ? (and closing quotes) followed by a
 * space and a capital, digit or quote, except after abbreviations, initials and inside decimals.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  // jump from one . ! ? … to the next (a pattern finds them faster than a loop over every character)
  STOP_CHAR.lastIndex = start;
  for (let found = STOP_CHAR.exec(text); found && found.index < end; found = STOP_CHAR.exec(text)) {
    const i = found.index;
    const c = text.charCodeAt(i);
    let stop = i + 1;
    while (stop < end && STOPS.includes(text[stop]!)) stop++;
    while (stop < end && CLOSERS.includes(text[stop]!)) stop++;
    // the next sentence starts after white space: "4.8", "U.S.-based" are settled without a regex
    if (!isSpace(codeAt(text, stop)) || !NEXT_SENTENCE.test(text.slice(stop, stop + 8))) {
      STOP_CHAR.lastIndex = stop;
      continue;
    }
    if (c === 46 && stop === i + 1) {
      // fast path for the usual case, a plain word after a space ("said."): only the abbreviation list can hold it
      const windowStart = Math.max(sentenceStart, i - 12);
      let q = i;
      while (q > windowStart && isAsciiLetter(text.charCodeAt(q - 1))) q--;
      if (q > windowStart && i - q >= 2 && text.charCodeAt(q - 1) === 32) {
        if (i - q <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(q, i).toLowerCase()))
          continue;
        pushSentence(text, sentences, sentenceStart, stop);
        sentenceStart = stop;
        STOP_CHAR.lastIndex = stop;
        continue;
      }
      // the whole token before the full stop: "Aug", "U.S", "J", but "y-o-y" or "2.6bn" end sentences
      const word = /(?:^|[\s(“"‘'])([\p{L}.]+)$/u.exec(
        text.slice(Math.max(sentenceStart, i - 12), i),
      );
      const before = word?.[1]?.toLowerCase() ?? '';
      // "Aug. 11", "Mr. Smith", "U.S. exports", single initials "J. Smith"
      if (
        ABBREVIATIONS.has(before) ||
        ABBREVIATIONS.has(before.replace(/\.$/, '')) ||
        /^\p{L}$/u.test(before) ||
        /^(?:\p{L}\.)+\p{L}$/u.test(before)
      )
        continue;
    }
    pushSentence(text, sentences, sentenceStart, stop);
    sentenceStart = stop;
    STOP_CHAR.lastIndex = stop;
  }
  pushSentence(text, sentences, sentenceStart, end);
  return sentences;
}

const STOPS = '.!?…';
const STOP_CHAR = /[.!?…]/g;
const CLOSERS = `"'”’»)`;
/** What starts the next sentence after a full stop: space, maybe an opening quote or dash, then a capital or digit. */
const NEXT_SENTENCE = /^\s+["'“‘«(\[–—-]?\s*[\p{Lu}\p{N}]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function pushSentence(text: string, sentences: Sentence[], rawStart: number, rawEnd: number): void {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
