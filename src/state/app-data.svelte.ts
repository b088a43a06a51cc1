/**
 * The claims the dashboard shows and where they are stored. On a first visit the shipped baseline
 * is shown as soon as its CSV is fetched and validated; meanwhile IndexedDB (or memory) opens, and
 * the baseline is stored there unless the same content (by hash) is stored already. A returning
 * visit shows what storage holds, with its corrections. Uploads are read from storage.
 */
import { watchChanges, type DatasetChange } from '../db/changes.ts';
import { openClaimStore, requestPersistentStorage } from '../db/open.ts';
import { BASELINE_ID, type ClaimStore, type DatasetMeta } from '../db/types.ts';
import { formatProblem, type CsvProblem } from '../lib/csv-problem.ts';
import type { ShippedClaims } from '../lib/shipped-claims.ts';
import { keyClaims, type ClaimRow } from '../lib/claim-rows.ts';
import { recentClaims } from './compare-cache.ts';
import type { Claim } from '../lib/claim.ts';
import type { ClaimFields, Correction, CorrectionConflict } from '../lib/corrections.ts';
import { hasStoredData } from '../db/stored.ts';
import { afterFirstScreen, markOnce } from './marks.ts';
import { shippedClaims } from './early-loads.ts';
import { CHOSEN_KEY, OfficialData } from './official.svelte.ts';

const MAX_PROBLEMS_SHOWN = 20;

export class AppData {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state('');
  /** Set when the app runs from memory: why, to tell the user their data will not be kept. */
  fallbackReason = $state('');
  /** Another tab upgraded the database: this one must reload. */
  versionChanged = $state(false);
  /** This tab needs a newer schema but an older tab keeps the database open. */
  upgradeBlocked = $state(false);
  /** Storing the baseline failed (e.g. quota): shown, while the claims stay on screen. */
  storageError = $state('');
  /** The shipped CSV could not be fetched; what is stored is shown instead. */
  csvError = $state('');
  /** Where the claims live once the baseline is stored: 'pending' until then. */
  storage = $state<'pending' | 'indexeddb' | 'memory'>('pending');
  baselineProblems = $state.raw<string[]>([]);
  datasets = $state.raw<DatasetMeta[]>([]);
  datasetId = $state(BASELINE_ID);
  rows = $state.raw<ClaimRow[]>([]);
  /** The dataset on screen was deleted in another tab: said in a notice (the baseline is shown). */
  deletedElsewhere = $state('');
  /** Every stored correction (of any dataset), oldest first. */
  corrections = $state.raw<Correction[]>([]);
  /** The shown dataset's claims as stored, by id, for each claim a correction changed. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole, never mutated
  originals = $state.raw<Map<string, Claim>>(new Map());
  /** The last correction of each claim in `originals` (who made it, when), by claim id. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole, never mutated
  correctedBy = $state.raw<Map<string, Correction>>(new Map());
  /** The shown dataset's corrections that could not be applied (its claims changed since). */
  correctionConflicts = $state.raw<CorrectionConflict[]>([]);
  /** The shown dataset's claims as stored, before corrections. */
  private storedClaims: Claim[] = [];
  /** Undefined until storage is open (views that need it can react: this is state). */
  store = $state.raw<ClaimStore | undefined>(undefined);
  readonly #shippedClaims: () => Promise<ShippedClaims>;
  readonly #hasStoredData: () => Promise<boolean>;

  /** @param shipped where the shipped claims come from (the app fetches `data/claims.csv`, read at build time) */
  constructor(
    shipped: () => Promise<ShippedClaims> = shippedClaims,
    storedData: () => Promise<boolean> = hasStoredData,
  ) {
    this.#shippedClaims = shipped;
    this.#hasStoredData = storedData;
  }
  /** Official figures and the verdict of each claim against them. */
  readonly official = new OfficialData(() => this.rows);
  /** Loading the official figures failed: shown, while the claims stay on screen. */
  officialError = $state('');

  /**
   * @param datasetId the dataset the URL asks for ('' for the baseline)
   * @param drawsFirstScreen whether the landing view sets a first-screen mark (overview, metric);
   *   other views (datasets, compare, table) get storage at once.
   */
  async start(datasetId: string, drawsFirstScreen = true): Promise<void> {
    const wantsBaseline = !datasetId || datasetId === BASELINE_ID;
    // The baseline is drawn from the CSV, so storage (Dexie's code, the IndexedDB upgrade, the
    // baseline write) waits until the first screen is drawn, or a second at most, instead of
    // competing with it for the main thread. An upload is only in storage: open it at once.
    const openStore = () =>
      openClaimStore({
        onVersionChange: () => (this.versionChanged = true),
        onBlocked: () => (this.upgradeBlocked = true),
      });
    // A returning visit may have corrected the baseline: showing the shipped claims before storage
    // opens would put uncorrected numbers on screen (and in an export) until it did. Only a first
    // visit, where nothing can be stored, takes the fast path.
    const firstVisit = wantsBaseline && !(await this.#hasStoredData());
    const early = firstVisit && drawsFirstScreen ? undefined : openStore();
    try {
      const shipped = await this.#shippedClaims().catch((error: unknown) => {
        // Offline or a broken deploy: the copy stored on an earlier visit can still be shown.
        this.csvError = error instanceof Error ? error.message : String(error);
        return undefined;
      });
      if (shipped !== undefined && firstVisit) {
        this.baselineProblems = describeProblems(shipped.problems);
        this.datasetId = BASELINE_ID;
        this.storedClaims = shipped.claims;
        this.rows = keyClaims(shipped.claims);
        this.status = 'ready';
        markOnce('sandar:claims-ready');
      }
      const opened = await (early ??
        (shipped === undefined ? openStore() : afterFirstScreen().then(openStore)));
      markOnce('sandar:store-open');
      this.store = opened.store;
      this.fallbackReason = opened.fallbackReason ?? '';
      if (shipped !== undefined) {
        try {
          const baseline = await opened.store.ensureBaseline(shipped);
          if (!firstVisit) this.baselineProblems = describeProblems(baseline.problems);
        } catch (error) {
          this.storageError = `The shipped claims could not be stored: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      await this.refreshDatasets();
      // other tabs (and this tab's worker) say when they store, rename or delete a dataset
      if (opened.store.backend === 'indexeddb') watchChanges((change) => void this.changed(change));
      // another tab chose another version of an official table: the verdicts here follow it
      globalThis.addEventListener?.('storage', (event: StorageEvent) => {
        if (event.key !== CHOSEN_KEY || this.versionChanged) return;
        this.official.rereadChoices();
        void this.refreshOfficial();
      });
      // Loaded here, after the first screen: it reads its CSV with PapaParse.
      await import('./shipped-official.ts')
        .then(({ storeShippedOfficial }) => storeShippedOfficial(opened.store))
        .catch((error: unknown) => {
          this.officialError = `The shipped official figures could not be stored: ${error instanceof Error ? error.message : String(error)}`;
        });
      await this.refreshOfficial();
      this.corrections = await opened.store.listCorrections();
      await this.applyCorrections();
      this.storage = opened.store.backend;
      if (this.status !== 'ready') {
        if (this.datasets.length === 0) throw new Error(this.csvError || 'no claims are stored');
        await this.show(datasetId || BASELINE_ID);
        this.status = 'ready';
        markOnce('sandar:claims-ready');
      }
      if (opened.store.backend === 'indexeddb') void requestPersistentStorage();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async refreshOfficial(): Promise<void> {
    if (!this.store) return;
    try {
      await this.official.refresh(this.store);
    } catch (error) {
      this.officialError = `Official figures could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async refreshDatasets(): Promise<void> {
    if (this.store) this.datasets = await this.store.listDatasets();
  }

  /** The stored datasets changed elsewhere: the list follows, and a deleted one leaves. */
  async changed(change: DatasetChange): Promise<void> {
    // another tab upgraded the database and this tab closed its copy: the version notice asks for
    // a reload, and nothing here may read the closed database
    if (this.versionChanged) return;
    // an official table was stored or deleted: the verdicts follow what is stored now
    if (change.kind === 'official') return this.refreshOfficial();
    const before = this.datasets;
    await this.refreshDatasets();
    if (change.kind === 'corrected' && this.store) {
      // another tab corrected a claim: every tab shows it corrected
      this.corrections = await this.store.listCorrections();
      await this.applyCorrections();
      return;
    }
    if (change.kind !== 'deleted') return;
    recentClaims.delete(change.datasetId);
    if (this.datasetId !== change.datasetId) return;
    const name = before.find((d) => d.id === change.datasetId)?.name ?? change.datasetId;
    this.deletedElsewhere = `“${name}” was deleted in another tab; showing the baseline instead.`;
    await this.show(BASELINE_ID);
  }

  /** Loads a dataset's claims; an unknown id (deleted, or from an old link) falls back to the baseline. */
  async show(datasetId: string): Promise<void> {
    if (!this.store) return;
    const id = this.datasets.some((d) => d.id === datasetId) ? datasetId : BASELINE_ID;
    const claims = await this.store.loadDatasetClaims(id);
    this.datasetId = id;
    this.storedClaims = claims;
    if (!(await this.applyCorrections())) this.rows = keyClaims(claims);
    // the official figures read are those of the shown claims' series
    void this.refreshOfficial();
  }

  /**
   * Shows the stored claims with the shown dataset's corrections applied; the corrections code
   * loads only when there are some. Returns whether it set the rows.
   */
  private async applyCorrections(): Promise<boolean> {
    const mine = this.corrections.filter((c) => c.datasetId === this.datasetId);
    if (mine.length === 0) {
      if (this.originals.size > 0 || this.correctionConflicts.length > 0) {
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaces the raw state whole
        this.originals = new Map();
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaces the raw state whole
        this.correctedBy = new Map();
        this.correctionConflicts = [];
        this.rows = keyClaims(this.storedClaims);
        return true;
      }
      return false;
    }
    const { applyCorrections } = await import('../lib/corrections.ts');
    const applied = applyCorrections(this.storedClaims, mine);
    this.rows = keyClaims(applied.claims);
    this.originals = applied.originals;
    this.correctedBy = applied.latest;
    this.correctionConflicts = applied.conflicts;
    // a corrected metric or entity may need official figures not read yet
    void this.refreshOfficial();
    return true;
  }

  /**
   * Corrects or rejects a claim of the shown dataset: a correction record is stored (the
   * dataset's rows are never rewritten) and the claims are shown again with it.
   */
  async correct(
    claim: Claim,
    change: { action: 'edit'; after: ClaimFields } | { action: 'reject' },
    details: { author?: string; note?: string } = {},
  ): Promise<void> {
    if (!this.store) throw new Error('Storage is not open yet; try again in a moment.');
    if (!claim.id)
      throw new Error('This claim has no id, so a correction could not find it again.');
    const { makeCorrection } = await import('../lib/corrections.ts');
    const original = this.storedClaims.find((stored) => stored.id === claim.id);
    // a later correction records the values it changes as they are shown (corrected) now
    const correction = makeCorrection(claim, this.datasetId, change, details);
    if (!correction || !original) return;
    await this.store.addCorrection(correction);
    this.corrections = [...this.corrections, correction];
    await this.applyCorrections();
  }

  /** Removes a correction: the claim shows its stored values again. */
  async undoCorrection(id: string): Promise<void> {
    if (!this.store) return;
    await this.store.deleteCorrection(id);
    this.corrections = this.corrections.filter((c) => c.id !== id);
    await this.applyCorrections();
  }
}

function describeProblems(problems: readonly CsvProblem[]): string[] {
  const shown = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((p) => formatProblem(p, 'data/claims.csv'));
  if (problems.length > MAX_PROBLEMS_SHOWN)
    shown.push(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more`);
  return shown;
}
