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

/**
 * The longest sentence read as one, in UTF-16 units. Real prose stays far below it (the corpus's
 * longest sentence is about 400); a longer run (minified HTML, a scraped page without full stops)
 * is cut at clause punctuation, else at a space, else at this window, so a quote stays readable and
 * the work per sentence stays bounded.
 */
export const MAX_SENTENCE = 1000;
/**
 * The longest paragraph read as one, in UTF-16 units and in sentences. Periods and metrics are
 * shared across a paragraph's sentences, which costs the square of their number: a longer block (a
 * whole document on one line) is cut between sentences into paragraphs of this size.
 */
export const MAX_PARAGRAPH = 4000;
export const MAX_PARAGRAPH_SENTENCES = 40;

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
  /\b(?:subscribe|subscription|sign up|newsletter|follow (?:us|\w+(?:'s|’s)? official)|stories sent directly|share this|all rights reserved|login to leave|log in to comment|read more:|click here|available to subscribers|(?:full|whole) (?:report|study|survey|outlook) is available|download the (?:full )?(?:report|study|survey|outlook))\b/i;
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
  // lastLine: where the block's last line starts; every line of a block has text, so what ends the
  // block is what ends its last line, and a long block is never scanned again line after line
  let block: { start: number; end: number; lastLine: number } | null = null;
  let inComments = false;
  const flush = () => {
    if (!block) return;
    for (const paragraph of makeParagraphs(text, block.start, block.end, withSentences)) {
      if (inComments) paragraph.furniture = 'comments';
      // a comment counter in the second half of the page opens the reader comments; one near the
      // top (under a headline) is only a counter, and the article follows it
      else if (paragraph.furniture === 'comments' && paragraph.start > text.length / 2)
        inComments = true;
      paragraphs.push(paragraph);
    }
    block = null;
  };
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') flush();
    else if (block && continuesParagraph(text.slice(block.lastLine, block.end), line)) {
      block.end = lineEnd;
      block.lastLine = lineStart;
    } else {
      flush();
      block = { start: lineStart, end: lineEnd, lastLine: lineStart };
    }
    if (!match) break;
    lineStart = lineBreak.lastIndex;
  }
  flush();
  return paragraphs;
}

/**
 * A line wrapped mid-sentence continues its paragraph: the paragraph's last line (`lastLine`) has
 * no closing mark and this one starts in lower case.
 */
function continuesParagraph(lastLine: string, line: string): boolean {
  if (CLOSING_MARKS.includes(lastLine.trimEnd().at(-1) ?? '')) return false;
  if (/^\s*[\p{Ll}]/u.test(line)) return true;
  // text hard-wrapped at a fixed width: a long line cut mid-sentence ("grew by\n16% in 2024")
  // a line cut at a fixed width is cut because the next word did not fit: a next line longer than
  // this one with that word is no wrapped remainder ("Headline without a full stop", then a lead)
  const nextWord = /^\s*\S+/.exec(line)?.[0].trim() ?? '';
  if (line.trimEnd().length > lastLine.trimEnd().length + 1 + nextWord.length) return false;
  return (
    lastLine.length >= 60 &&
    /[\p{L}\p{N},%]\s*$/u.test(lastLine) &&
    /^\s*[\p{L}\p{N}$€£₸(]/u.test(line)
  );
}

const CLOSING_MARKS = '.!?:;"”»)]';

/**
 * The paragraph between `rawStart` and `rawEnd`, or, when it is longer than `MAX_PARAGRAPH`, the
 * paragraphs of at most that size (and `MAX_PARAGRAPH_SENTENCES`) it is cut into between sentences.
 */
function makeParagraphs(
  text: string,
  rawStart: number,
  rawEnd: number,
  withSentences: boolean,
): Paragraph[] {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - start <= MAX_PARAGRAPH) {
    const sentences = withSentences ? splitSentences(text, start, end) : [];
    return [makeParagraph(text, start, end, sentences)];
  }
  const paragraphs: Paragraph[] = [];
  let group: Sentence[] = [];
  const close = () => {
    if (group.length === 0) return;
    const paragraph = makeParagraph(text, group[0]!.start, group.at(-1)!.end, group);
    if (!withSentences) paragraph.sentences = [];
    paragraphs.push(paragraph);
    group = [];
  };
  for (const sentence of splitSentences(text, start, end)) {
    const first = group[0];
    if (
      first &&
      (sentence.end - first.start > MAX_PARAGRAPH || group.length >= MAX_PARAGRAPH_SENTENCES)
    )
      close();
    group.push(sentence);
  }
  close();
  return paragraphs;
}

/** The paragraph from `start` to `end` (trimmed already), with its furniture. */
function makeParagraph(text: string, start: number, end: number, sentences: Sentence[]): Paragraph {
  const body = text.slice(start, end);
  // plain ASCII is English: the letter count runs only on paragraphs with other characters
  const language: Language = NON_ASCII.test(body) ? detectLanguage(body) : 'en';
  const paragraph: Paragraph = { start, end, text: body, sentences, language };
  const furniture = classifyFurniture(body, language);
  if (furniture) paragraph.furniture = furniture;
  return paragraph;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The bars and dots that separate the parts of a byline or a share line. */
const BAR = /\s[|·•]\s/;

function isCounter(part: string, plain: boolean): boolean {
  return (
    COMMENTS_HEADER.test(part) || COUNTER.test(part) || (!plain && CYRILLIC_COUNTER.test(part))
  );
}

function classifyFurniture(body: string, language: Language): Paragraph['furniture'] {
  if (COMMENTS_HEADER.test(body)) return 'comments';
  if (CREDIT.test(body)) return 'credit';
  const plain = language === 'en' && !NON_ASCII.test(body);
  if (body.length < 200 && (COUNTER.test(body) || (!plain && CYRILLIC_COUNTER.test(body))))
    return 'footer';
  // "Kursiv.media | 12 comments", "City | 25 November 2025 | 1,128 views": a byline's counter
  if (body.length < 200 && BAR.test(body) && body.split(BAR).some((part) => isCounter(part, plain)))
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
  // jump from one . ! ? … to the next (a pattern finds them faster than a loop over every
  // character); the pattern runs over this stretch alone, so a long text without full stops is not
  // searched to its end once per paragraph (a slice of a long string shares its characters)
  const body = text.slice(start, end);
  STOP_CHAR.lastIndex = 0;
  for (let found = STOP_CHAR.exec(body); found; found = STOP_CHAR.exec(body)) {
    const i = start + found.index;
    const c = text.charCodeAt(i);
    let stop = i + 1;
    while (stop < end && STOPS.includes(text[stop]!)) stop++;
    while (stop < end && CLOSERS.includes(text[stop]!)) stop++;
    // the next sentence starts after white space: "4.8", "U.S.-based" are settled without a regex
    if (!isSpace(codeAt(text, stop)) || !NEXT_SENTENCE.test(text.slice(stop, stop + 8))) {
      STOP_CHAR.lastIndex = stop - start;
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
        STOP_CHAR.lastIndex = stop - start;
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
        // an initial, but not the metre of "кв. м." that ends a Russian sentence
        (/^\p{L}$/u.test(before) && !/(?:кв|куб)\.\s*м$/u.test(text.slice(i - 8, i))) ||
        /^(?:\p{L}\.)+\p{L}$/u.test(before)
      )
        continue;
    }
    pushSentence(text, sentences, sentenceStart, stop);
    sentenceStart = stop;
    STOP_CHAR.lastIndex = stop - start;
  }
  pushSentence(text, sentences, sentenceStart, end);
  return sentences;
}

const STOPS = '.!?…';
const STOP_CHAR = /[.!?…]/g;
const CLOSERS = `"'”’»)`;
/** What starts the next sentence after a full stop: space, maybe an opening quote or dash, then a capital or digit. */
const NEXT_SENTENCE = /^\s+["'“‘«([–—-]?\s*[\p{Lu}\p{N}]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The sentence from `rawStart` to `rawEnd`, trimmed, in pieces of at most `MAX_SENTENCE`. */
function pushSentence(text: string, sentences: Sentence[], rawStart: number, rawEnd: number): void {
  let start = rawStart;
  while (rawEnd - start > MAX_SENTENCE) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE);
    pushTrimmed(text, sentences, start, cut);
    start = cut;
  }
  pushTrimmed(text, sentences, start, rawEnd);
}

/** Clause marks a long run is cut after, strongest first. */
const CLAUSE_MARKS = [';:', '—–', ','];

/**
 * Where to cut a run that starts at `start` and may not reach `limit`: after the last clause mark
 * followed by a space in the window's second half (the strongest mark first), else at its last
 * space, else at `limit` (never between the halves of a surrogate pair). Looks at each character
 * once, so cutting a run is linear in its length.
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + ((limit - start) >> 1);
  const afterMark = CLAUSE_MARKS.map(() => -1);
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (space < 0) space = i;
    const rank = CLAUSE_MARKS.findIndex((marks) => marks.includes(text[i - 1]!));
    if (rank >= 0 && afterMark[rank]! < 0) afterMark[rank] = i;
    if (rank === 0) break;
  }
  const best = afterMark.find((at) => at >= 0) ?? space;
  if (best >= 0) return best;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function pushTrimmed(text: string, sentences: Sentence[], rawStart: number, rawEnd: number): void {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
