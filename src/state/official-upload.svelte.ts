/**
 * Official tables being read, mapped and stored. The table stays in the data worker; the page
 * holds the preview and the user's choices. A module singleton, like the claims uploads.
 */
import { tick } from 'svelte';
import type { ClaimStore, OfficialMeta } from '../db/types.ts';
import { defaultSource, withRemembered } from '../lib/official/defaults.ts';
import { rolesOf, sameRoles } from '../lib/official/layout.ts';
import { tableKey, type ColumnRoles, type IndicatorChoice } from '../lib/official/official.ts';
import { discardJob, newJob, request } from '../workers/data-client.ts';
import type { OfficialPreview } from '../workers/data-protocol.ts';

export { metricCatalogue } from './metric-catalogue.ts';

export type OfficialStatus = 'reading' | 'read' | 'failed' | 'saving' | 'saved';

/** Marks `npm run bench` reads: a table picked, and its verdicts shown. */
export const OFFICIAL_START_MARK = 'sandar:official-start';
export const OFFICIAL_READ_MARK = 'sandar:official-read';
/** The worker's answer reached the page (the mapping step is drawn after it). */
export const OFFICIAL_PREVIEW_MARK = 'sandar:official-preview';
/** The figures are stored (the verdicts are worked out after it). */
export const OFFICIAL_STORED_MARK = 'sandar:official-stored';
export const OFFICIAL_IMPORT_MARK = 'sandar:official-import';
export const OFFICIAL_VERDICTS_MARK = 'sandar:official-verdicts';

/** `YYYY-MM-DD` in local time. */
export function localDate(time: number): string {
  // A local date, never mutated.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

let nextId = 1;

export class OfficialUpload {
  readonly id = nextId++;
  readonly file: File;
  readonly job = newJob();
  status = $state<OfficialStatus>('reading');
  message = $state('');
  preview = $state.raw<OfficialPreview | undefined>(undefined);
  roles = $state.raw<ColumnRoles | undefined>(undefined);
  choices = $state<IndicatorChoice[]>([]);
  source = $state('');
  name = $state('');
  downloaded = $state('');
  /** When the layout's mapping was remembered from an earlier import: its date. */
  remembered = $state('');
  saved = $state.raw<OfficialMeta | undefined>(undefined);

  constructor(file: File) {
    this.file = file;
    this.name = file.name;
    this.downloaded = localDate(file.lastModified || Date.now());
  }

  get mappedCount(): number {
    return this.choices.filter((c) => c.metric && c.unit).length;
  }

  /** Reads the file (or reads it again with other columns) and prefills the mapping. */
  async read(store: ClaimStore | undefined, roles?: ColumnRoles, sheet?: string): Promise<void> {
    this.status = 'reading';
    this.message = '';
    try {
      let preview = await request('readOfficial', {
        job: this.job,
        file: this.file,
        fileName: this.file.name,
        ...(roles ? { roles } : {}),
        ...(sheet ? { sheet } : {}),
      });
      performance.mark(OFFICIAL_PREVIEW_MARK);
      const remembered = await store?.official.mapping(preview.layoutKey);
      if (remembered && !roles) {
        const fits = (column: number) => column < preview.layout.columns.length;
        // Read again only where the remembered columns differ from the ones detected.
        if (
          Object.values(remembered.roles).every(fits) &&
          !sameRoles(remembered.roles, rolesOf(preview.layout))
        )
          preview = await request('readOfficial', {
            job: this.job,
            file: this.file,
            fileName: this.file.name,
            roles: remembered.roles,
            ...(sheet ? { sheet } : {}),
          });
        this.remembered = localDate(remembered.savedAt);
        this.source = remembered.source;
      } else if (!this.source) {
        this.source = defaultSource(preview.layout.shape, this.file.name);
      }
      this.preview = preview;
      this.roles = rolesOf(preview.layout);
      this.choices = withRemembered(preview.suggested, remembered);
      this.status = 'read';
      // The mapping step is drawn: what `npm run bench` times as reading.
      await tick();
      performance.mark(OFFICIAL_READ_MARK);
    } catch (error) {
      this.status = 'failed';
      this.message = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Stores the mapped indicators' figures as a new version of their official table, and
   * remembers the mapping for this layout. Never touches claims or the baseline.
   */
  async save(store: ClaimStore): Promise<OfficialMeta | undefined> {
    const preview = this.preview;
    if (!preview || this.status !== 'read' || !this.roles) return undefined;
    const choices = $state.snapshot(this.choices);
    const mapped = choices.filter((c) => c.metric && c.unit);
    if (mapped.length === 0) {
      this.message = 'Map at least one indicator to a metric and a unit; nothing was stored.';
      return undefined;
    }
    performance.mark(OFFICIAL_IMPORT_MARK);
    this.status = 'saving';
    this.message = '';
    try {
      const dataset = {
        name: this.name.trim() || this.file.name,
        source: this.source.trim(),
        fileName: this.file.name,
        downloaded: this.downloaded,
        updated: preview.layout.updated,
        tableKey: tableKey(
          preview.layoutKey,
          mapped.map((c) => c.key),
        ),
      };
      // With IndexedDB the worker stores the figures itself: they never cross to the page.
      let meta: OfficialMeta;
      if (store.backend === 'indexeddb') {
        meta = await request('saveOfficial', { job: this.job, choices, dataset });
      } else {
        const values = await request('officialValues', { job: this.job, choices });
        if (values.length === 0) throw new Error('the mapped indicators have no figures');
        meta = await store.official.save(dataset, values);
      }
      await store.official.saveMapping({
        key: preview.layoutKey,
        roles: this.roles,
        indicators: choices,
        source: this.source.trim(),
        savedAt: Date.now(),
      });
      discardJob(this.job);
      performance.mark(OFFICIAL_STORED_MARK);
      this.saved = meta;
      this.status = 'saved';
      return meta;
    } catch (error) {
      this.status = 'read';
      this.message = `${this.file.name} was not stored, and nothing else changed: ${error instanceof Error ? error.message : String(error)}`;
      return undefined;
    }
  }
}

class OfficialQueue {
  uploads = $state.raw<OfficialUpload[]>([]);

  add(files: readonly File[], store: ClaimStore | undefined): OfficialUpload[] {
    const added = files.map((file) => new OfficialUpload(file));
    this.uploads = [...added, ...this.uploads];
    void (async () => {
      for (const upload of added) await upload.read(store);
    })();
    return added;
  }

  remove(upload: OfficialUpload): void {
    discardJob(upload.job);
    this.uploads = this.uploads.filter((item) => item !== upload);
  }
}

export const officialQueue = new OfficialQueue();
