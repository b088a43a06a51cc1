/**
 * Bringing one document into the dashboard: read it (progress and Cancel for long ones), let the
 * analyst confirm its details, find its claims in the extraction worker, review them, and store
 * the accepted ones with the document's text in one transaction. Files dropped together wait in
 * a queue and are read one after another.
 */
import type { AppData } from './app-data.svelte.ts';
import type { Range } from '../lib/provenance.ts';
import type { DocumentFormat } from '../lib/documents/formats.ts';
import { emptyMeta, type DocumentMeta } from '../lib/documents/meta.ts';
import {
  acceptedClaims,
  documentSourceId,
  editItem,
  manualClaim,
  reviewItems,
  type ClaimEdit,
  type Decision,
  type ReviewItem,
} from '../lib/documents/review.ts';

/** Performance marks the bench reads (scripts/bench/documents.ts). */
export const DOCUMENT_MARKS = {
  start: 'sandar:document-start',
  read: 'sandar:document-read',
  extractStart: 'sandar:extract-start',
  /** Set when the claims are in state; the list is drawn in the next frame. */
  extracted: 'sandar:extract-done',
} as const;

export type IntakePhase = 'idle' | 'reading' | 'ready' | 'extracting' | 'review' | 'saving';

export interface IntakeProgress {
  label: string;
  /** Undefined while the amount of work is unknown (an indeterminate bar). */
  done?: number;
  total?: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

export class DocumentIntake {
  phase = $state<IntakePhase>('idle');
  /** Why the last document could not be read or stored; names the file. */
  error = $state('');
  notice = $state('');
  progress = $state<IntakeProgress | null>(null);
  fileName = $state('');
  format = $state<DocumentFormat | 'pasted'>('txt');
  text = $state.raw('');
  meta = $state<DocumentMeta>(emptyMeta());
  items = $state.raw<ReviewItem[]>([]);
  queue = $state.raw<File[]>([]);
  /** The extractor's time in the worker for the last document. */
  extractMilliseconds = $state(0);
  /** The dataset the last document's claims were stored as. */
  storedDatasetId = $state('');
  /** The `source_id` of the document's claims: set when they are found (from title and text). */
  sourceId = '';
  private abort: AbortController | undefined;

  /** Queues files; reads the first at once if nothing else is being read. */
  addFiles(files: readonly File[]): void {
    this.queue = [...this.queue, ...files];
    if (this.phase === 'idle') void this.readNext();
  }

  /**
   * Reads the next queued file. `keepMessages`: the last file's message (why it was refused, or
   * that it was stored) stays on screen while the next is read; it names its file.
   */
  private async readNext(keepMessages = false): Promise<void> {
    const [file, ...rest] = this.queue;
    if (!file) return;
    this.queue = rest;
    const { error, notice, storedDatasetId } = this;
    this.reset();
    if (keepMessages) Object.assign(this, { error, notice, storedDatasetId });
    this.phase = 'reading';
    this.fileName = file.name;
    this.progress = { label: `Reading ${file.name}…` };
    performance.mark(DOCUMENT_MARKS.start);
    const abort = (this.abort = new AbortController());
    try {
      const { readDocumentFile } = await import('../documents/read-file.ts');
      const read = await readDocumentFile(file, {
        signal: abort.signal,
        onProgress: (done, total) =>
          (this.progress = { label: `Reading page ${done} of ${total}`, done, total }),
      });
      abort.signal.throwIfAborted();
      this.format = read.format;
      this.text = read.text;
      this.meta = read.meta;
      this.phase = 'ready';
      performance.mark(DOCUMENT_MARKS.read);
    } catch (error) {
      this.phase = 'idle';
      this.error = isAbort(error) ? '' : messageOf(error);
      if (isAbort(error)) this.notice = `Reading ${file.name} was cancelled; nothing was stored.`;
      void this.readNext(true);
    } finally {
      // unless the next queued file has started, with a progress row of its own
      if (this.abort === abort) this.progress = null;
    }
  }

  /** Pasted text, as a document of its own. */
  usePasted(text: string): void {
    if (!text.trim()) {
      this.error = 'The pasted text is empty.';
      return;
    }
    this.reset();
    this.fileName = '';
    this.format = 'pasted';
    this.text = text.replace(/\r\n?/g, '\n');
    this.meta = { ...emptyMeta(), title: 'Pasted text' };
    this.phase = 'ready';
  }

  /** Runs the extractor on the text with the confirmed details (the date resolves "last year"). */
  async findClaims(): Promise<void> {
    if (this.phase !== 'ready' && this.phase !== 'review') return;
    this.error = '';
    this.phase = 'extracting';
    this.progress = {
      label: `Finding claims in ${this.text.length.toLocaleString('en')} characters…`,
    };
    this.sourceId = documentSourceId(this.meta.title || this.fileName, this.text);
    performance.mark(DOCUMENT_MARKS.extractStart);
    try {
      const { extractInWorker } = await import('../workers/extract-client.ts');
      const { claims, milliseconds } = await extractInWorker(this.text, {
        id: this.sourceId,
        title: this.meta.title,
        outlet: this.meta.outlet,
        url: this.meta.url,
        published: this.meta.published,
      });
      this.extractMilliseconds = milliseconds;
      this.items = reviewItems(claims);
      this.phase = 'review';
      performance.mark(DOCUMENT_MARKS.extracted);
    } catch (error) {
      this.phase = 'ready';
      if (isAbort(error)) this.notice = 'Finding claims was cancelled.';
      else this.error = `${this.fileName || 'The pasted text'}: ${messageOf(error)}`;
    } finally {
      this.progress = null;
    }
  }

  /** Stops reading or extracting; the page stays as it was before. */
  async cancel(): Promise<void> {
    this.abort?.abort(Object.assign(new Error('Cancelled'), { name: 'AbortError' }));
    if (this.phase === 'extracting') {
      const { cancelExtraction } = await import('../workers/extract-client.ts');
      cancelExtraction();
    }
  }

  decide(index: number, decision: Decision): void {
    this.items = this.items.map((item, i) => (i === index ? { ...item, decision } : item));
  }

  decideAll(decision: Decision): void {
    this.items = this.items.map((item) => ({ ...item, decision }));
  }

  edit(index: number, edit: ClaimEdit): void {
    this.items = this.items.map((item, i) => (i === index ? editItem(item, edit) : item));
  }

  /** Adds the number in the selected text as a claim (accepted; its metric still to be given). */
  mark(selection: Range): void {
    this.error = '';
    try {
      const claim = manualClaim(this.text, selection, { id: this.sourceId, meta: this.meta });
      const existing = this.items.findIndex((item) => item.claim.id === claim.id);
      if (existing !== -1) {
        this.notice = 'That number is already in the list.';
        return;
      }
      const item: ReviewItem = { claim, found: claim, decision: 'accepted', manual: true };
      this.items = [...this.items, item].sort(
        (a, b) => (a.claim.quote_start ?? 0) - (b.claim.quote_start ?? 0),
      );
      this.notice = `Added ${this.text.slice(claim.quote_start!, claim.quote_end!)}: give its metric.`;
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  /** Stores the accepted claims and the text as one dataset; returns its id. */
  async store(data: AppData): Promise<string | undefined> {
    this.error = '';
    if (!data.store) {
      this.error = 'Storage is not open yet; try again in a moment.';
      return undefined;
    }
    let claims;
    try {
      claims = acceptedClaims(this.items, this.meta);
    } catch (error) {
      this.error = messageOf(error);
      return undefined;
    }
    if (claims.length === 0) {
      this.error = 'No claim is accepted: accept at least one, or discard the document.';
      return undefined;
    }
    this.phase = 'saving';
    const name = this.meta.title || this.fileName || 'Pasted text';
    try {
      const meta = await data.store.saveDocumentDataset(
        { name, fileName: this.fileName },
        {
          sourceId: this.sourceId,
          fileName: this.fileName,
          ...$state.snapshot(this.meta),
          text: this.text,
        },
        claims,
      );
      await data.refreshDatasets();
      this.storedDatasetId = meta.id;
      const stored = `Stored ${claims.length} claim${claims.length === 1 ? '' : 's'} from “${name}” as a dataset.`;
      this.reset();
      this.notice = stored;
      this.storedDatasetId = meta.id;
      void this.readNext(true);
      return meta.id;
    } catch (error) {
      this.phase = 'review';
      this.error = `“${name}” was not stored: ${messageOf(error)}`;
      return undefined;
    }
  }

  /** Drops the document under review; nothing is stored. */
  discard(): void {
    this.reset();
    void this.readNext();
  }

  private reset(): void {
    this.phase = 'idle';
    this.error = '';
    this.notice = '';
    this.text = '';
    this.items = [];
    this.meta = emptyMeta();
    this.storedDatasetId = '';
  }
}
