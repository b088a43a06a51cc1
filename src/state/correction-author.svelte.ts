/**
 * Who makes corrections in this browser: asked once, kept in localStorage, editable; every
 * correction records it (`Correction.author`).
 */
export const AUTHOR_KEY = 'sandar:correction-author';

/** The longest name kept; a name is one line. */
const MAX_LENGTH = 80;

type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

function localStore(): NameStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // access refused (storage blocked): the name holds until the page is closed
    return undefined;
  }
}

/**
 * A name as it is kept: one line, trimmed, at most 80 characters.
 * @example cleanAuthor('  Aigerim\n Nurlanovna ') // 'Aigerim Nurlanovna'
 */
export function cleanAuthor(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_LENGTH).trim();
}

export class CorrectionAuthor {
  name = $state('');
  readonly #storage: NameStorage | undefined;

  constructor(storage: NameStorage | undefined = localStore()) {
    this.#storage = storage;
    try {
      this.name = cleanAuthor(storage?.getItem(AUTHOR_KEY) ?? '');
    } catch {
      this.name = '';
    }
  }

  /** Remembers the name for the next corrections (and the next visit). */
  set(name: string): void {
    this.name = cleanAuthor(name);
    try {
      this.#storage?.setItem(AUTHOR_KEY, this.name);
    } catch {
      // storage refused (private window, quota): remembered until the page is closed
    }
  }
}

/** The one author of this tab's corrections. */
export const correctionAuthor = new CorrectionAuthor();
