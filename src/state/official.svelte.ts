/**
 * The official figures the claims are checked against: which versions of which tables are
 * stored, which ones the verdicts follow, and the verdict of every claim shown.
 */
import { DatasetNotFoundError, type ClaimStore, type OfficialMeta } from '../db/types.ts';
import type { ClaimRow } from '../lib/claim-rows.ts';
import { seriesKey, type OfficialValue } from '../lib/official/official.ts';
import {
  OfficialIndex,
  verdictsFor,
  type Verdict,
  type Vintages,
} from '../lib/official/verdict.ts';
import { currentVintages, versionsOf } from '../lib/official/vintage.ts';
import { pauseEvery } from '../lib/yield.ts';

/** Where the chosen versions are kept; other tabs hear a change of it as a `storage` event. */
export const CHOSEN_KEY = 'sandar:official-versions';

function readChosen(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(CHOSEN_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

export class OfficialData {
  /** Every stored version of every official table, newest first. */
  sources = $state.raw<OfficialMeta[]>([]);
  /**
   * Versions the user chose per table (`tableKey` → id); the newest where none is chosen. Kept in
   * localStorage, so the choice survives a reload; read there with the stored tables (the first
   * read of localStorage in a page is a synchronous trip to the browser, kept off the first screen).
   */
  chosen = $state.raw<Record<string, string>>({});
  #chosenRead = false;
  index = $state.raw(new OfficialIndex([]));
  /** Every version of tables stored more than once, for "what was known" in the verdicts. */
  vintages = $state.raw<Vintages | undefined>(undefined);
  /** Tolerance of "≈", a fraction. */
  approxTolerance = $state(0.05);
  readonly #rows: () => readonly ClaimRow[];
  /** False until the stored tables are read: no claim is called "no official figure" before. */
  loaded = $state(false);
  readonly verdicts = $derived.by(() =>
    this.loaded
      ? verdictsFor(
          this.#rows(),
          this.index,
          { approxTolerance: this.approxTolerance },
          this.vintages,
        )
      : // A new map per derivation, never mutated after.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        new Map<string, Verdict>(),
  );
  /**
   * Series of stored versions already read, by version id and series key; null where the version
   * has no such series. A version's values never change.
   */
  // A cache of immutable values, not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #values = new Map<string, Map<string, OfficialValue[] | null>>();

  constructor(rows: () => readonly ClaimRow[]) {
    this.#rows = rows;
  }

  /** The versions the verdicts follow, one per table. */
  get current(): OfficialMeta[] {
    return currentVintages(this.sources, this.chosen) as OfficialMeta[];
  }

  /**
   * The series of a version the claims need, each read once; null when the version was deleted
   * meanwhile. A table's other series (other countries, other indicators) are never read.
   */
  async #load(
    store: ClaimStore,
    id: string,
    wanted: ReadonlySet<string>,
  ): Promise<OfficialValue[][] | null> {
    let known = this.#values.get(id);
    if (!known) {
      // A cache of immutable values, not state.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      known = new Map();
      this.#values.set(id, known);
    }
    const have = known;
    // A local set, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const missing = new Set([...wanted].filter((key) => !have.has(key)));
    if (missing.size > 0) {
      // Read a few hundred series at a time, letting the page draw in between.
      const pause = pauseEvery(30);
      try {
        await store.official.eachSeries(
          id,
          async (page) => {
            for (const values of page)
              have.set(seriesKey(values[0]!.metric, values[0]!.entity), values);
            await pause();
          },
          missing,
        );
      } catch (error) {
        this.#values.delete(id);
        // Deleted in another tab since the list was read: its announcement refreshes again.
        if (error instanceof DatasetNotFoundError) return null;
        throw error;
      }
      for (const key of missing) if (!have.has(key)) have.set(key, null);
    }
    return [...wanted].map((key) => have.get(key)).filter((values) => !!values);
  }

  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;

  /**
   * Reads what is stored again. Calls while one runs (this tab's import and its worker's
   * announcement of it arrive together) are served by one more run after it, not one each.
   */
  refresh(store: ClaimStore): Promise<void> {
    if (this.#queued) return this.#queued;
    if (this.#running) {
      this.#queued = this.#running
        .catch(() => undefined)
        .then(() => {
          this.#queued = undefined;
          return this.refresh(store);
        });
      return this.#queued;
    }
    this.#running = this.#read(store).finally(() => (this.#running = undefined));
    return this.#running;
  }

  /** The version ids the index was made from, to skip remaking it when nothing changed. */
  #madeFrom = '';

  async #read(store: ClaimStore): Promise<void> {
    if (!this.#chosenRead) {
      this.chosen = readChosen();
      this.#chosenRead = true;
    }
    const sources = await store.official.list();
    const current = currentVintages(sources, this.chosen) as OfficialMeta[];
    // The series (metric, entity) the claims shown speak of: the only ones read and indexed.
    // A local set, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const wanted = new Set(this.#rows().map((row) => seriesKey(row.metric, row.entity)));
    const madeFrom =
      `${sources.map((s) => s.id).join()}|${current.map((s) => s.id).join()}|` +
      [...wanted].sort().join('\u0001');
    // Nothing stored or chosen changed: the verdicts stand (and the page is not drawn again).
    if (this.loaded && madeFrom === this.#madeFrom) return;
    // Every version of a table stored more than once, for what was known when a claim was made.
    const versioned = sources.filter((s) =>
      sources.some((o) => o !== s && o.tableKey === s.tableKey),
    );
    const reading = [...current, ...versioned.filter((s) => !current.includes(s))];
    // A local map, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const loaded = new Map<string, OfficialValue[][]>();
    for (const source of reading) {
      const series = await this.#load(store, source.id, wanted);
      if (series) loaded.set(source.id, series);
    }
    // A local set, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const ids = new Set(sources.map((s) => s.id));
    for (const id of this.#values.keys()) if (!ids.has(id)) this.#values.delete(id);
    const tableOf = (source: OfficialMeta) => ({ source, series: loaded.get(source.id) ?? [] });
    // A local map, not state: replaced whole with the vintages below.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const indexes = new Map<string, OfficialIndex>();
    for (const source of versioned) indexes.set(source.id, new OfficialIndex([tableOf(source)]));
    this.sources = sources;
    this.index = new OfficialIndex(current.filter((s) => loaded.has(s.id)).map(tableOf));
    this.vintages = {
      versions: (tableKey) => versionsOf(sources, tableKey),
      indexOf: (id) => indexes.get(id),
    };
    this.#madeFrom = madeFrom;
    this.loaded = true;
  }

  /** Another tab chose other versions: the next refresh reads the choices kept in localStorage. */
  rereadChoices(): void {
    this.#chosenRead = false;
  }

  /** Makes the verdicts follow another version of a table. */
  async choose(store: ClaimStore, tableKey: string, id: string): Promise<void> {
    if (!this.#chosenRead) [this.chosen, this.#chosenRead] = [readChosen(), true];
    this.chosen = { ...this.chosen, [tableKey]: id };
    try {
      localStorage.setItem(CHOSEN_KEY, JSON.stringify(this.chosen));
    } catch {
      // Storage refused (private window): the choice holds until the page is closed.
    }
    await this.refresh(store);
  }
}
