/**
 * Part-of-speech tags and noun phrases of a sentence, from wink-nlp with its light English model
 * (chosen over compromise: measured in the commit that added it). The model is loaded on first
 * use, so documents without a figure the catalogue cannot name never pay for it. Pure (the model
 * is data, not I/O).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  /** Universal POS tag: NOUN, PROPN, ADJ, VERB, AUX, ADP, NUM, DET, PUNCT… */
  pos: string;
  /** UTF-16 offsets in the sentence. */
  start: number;
  end: number;
}

export interface NounPhrase {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  text: string;
}

let tagger: ReturnType<typeof winkNLP> | undefined;

/**
 * The tokens of `sentence` with their tags and offsets.
 *
 * @example tagSentence('Coal exports rose 14%.').map((t) => t.pos) // ['NOUN', 'NOUN', 'VERB', 'NUM', 'SYM', 'PUNCT']
 */
export function tagSentence(sentence: string): Token[] {
  tagger ??= winkNLP(model, ['pos']);
  const tokens = tagger.readDoc(sentence).tokens();
  const texts = tokens.out();
  const tags = tokens.out(tagger.its.pos);
  const result: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    // the tokenizer may normalise a token ("’s" → "'s"): then it takes the same number of characters
    const found = sentence.indexOf(text, cursor);
    const start = found >= 0 && found - cursor < 40 ? found : cursor;
    const end = start + text.length;
    const previous = result[result.length - 1];
    // "4G", "5G": the tokenizer splits a number from the letters written onto it
    if (previous?.pos === 'NUM' && previous.end === start && /^\p{L}{1,3}$/u.test(text)) {
      previous.text = sentence.slice(previous.start, end);
      previous.end = end;
      previous.pos = 'PROPN';
    } else result.push({ text: sentence.slice(start, end), pos: tags[i] ?? 'X', start, end });
    cursor = end;
  }
  return result;
}

const IN_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * Maximal noun phrases of `sentence`: runs of adjectives and nouns (hyphenated words kept whole, "of" joining two
 * nouns) that end in a noun.
 *
 * @example nounPhrases(s, tagSentence(s)).map((p) => p.text) // s = 'The share of mobile subscribers rose to 9 million.'
 *   // ['share of mobile subscribers']
 */
export function nounPhrases(sentence: string, tokens: readonly Token[]): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  let from = -1;
  const close = (to: number): void => {
    if (from < 0) return;
    let end = to;
    while (end > from && !NOUNISH.has(tokens[end - 1]!.pos)) end -= 1;
    if (end > from) {
      const start = tokens[from]!.start;
      const stop = tokens[end - 1]!.end;
      phrases.push({ start, end: stop, from, to: end, text: sentence.slice(start, stop) });
    }
    from = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const joins =
      from >= 0 &&
      ((token.text === '-' && next !== undefined && token.start === tokens[i - 1]!.end) ||
        (token.text.toLowerCase() === 'of' &&
          NOUNISH.has(tokens[i - 1]!.pos) &&
          next !== undefined &&
          (IN_PHRASE.has(next.pos) ||
            (next.pos === 'DET' && IN_PHRASE.has(tokens[i + 2]?.pos ?? '')))) ||
        (token.pos === 'DET' && tokens[i - 1]?.text.toLowerCase() === 'of'));
    if (IN_PHRASE.has(token.pos) && !/^[\d.,]+$/.test(token.text)) {
      if (from < 0) from = i;
    } else if (!joins) close(i);
  }
  close(tokens.length);
  return phrases;
}
