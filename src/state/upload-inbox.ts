/**
 * Hands files dropped anywhere on the page to the upload view, which is loaded lazily: the drop
 * may happen before the view's code has arrived, so files wait here until it takes them.
 */
let waiting: File[] = [];
let listener: ((files: File[]) => void) | undefined;

export function deliverFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  if (listener) listener([...files]);
  else waiting.push(...files);
}

/** The upload view subscribes while mounted; files that arrived before are handed over at once. */
export function receiveFiles(onFiles: (files: File[]) => void): () => void {
  listener = onFiles;
  if (waiting.length > 0) {
    const files = waiting;
    waiting = [];
    onFiles(files);
  }
  return () => {
    if (listener === onFiles) listener = undefined;
  };
}
