/**
 * Hands files dropped anywhere on the page to the view that reads them, which is loaded lazily:
 * the drop may happen before the view's code has arrived, so files wait here until it takes them.
 */
export interface Inbox {
  deliver(files: readonly File[]): void;
  /** The view subscribes while mounted; files that arrived before are handed over at once. */
  receive(onFiles: (files: File[]) => void): () => void;
}

export function createInbox(): Inbox {
  let waiting: File[] = [];
  let listener: ((files: File[]) => void) | undefined;
  return {
    deliver(files) {
      if (files.length === 0) return;
      if (listener) listener([...files]);
      else waiting.push(...files);
    },
    receive(onFiles) {
      listener = onFiles;
      if (waiting.length > 0) {
        const files = waiting;
        waiting = [];
        onFiles(files);
      }
      return () => {
        if (listener === onFiles) listener = undefined;
      };
    },
  };
}

/** CSV uploads, for the Datasets view. */
const uploads = createInbox();
export const deliverFiles = uploads.deliver;
export const receiveFiles = uploads.receive;

/** Documents (.txt, .html, .pdf, .docx), for the Documents view. */
export const documentInbox = createInbox();

/** Files a drop sends to the Documents view rather than to the CSV upload. */
export function isDocumentFile(file: File): boolean {
  return !/\.(csv|tsv|tab)$/i.test(file.name);
}
