/**
 * The largest file an upload accepts: 256 MiB, about 1.2 million claims rows. Bigger files
 * risk the tab's memory (the text is held once as bytes and once decoded while it is parsed).
 */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** Problems kept per file; the count of all of them is always reported. */
export const MAX_LISTED_PROBLEMS = 1000;

/** Bytes as a person reads them: 1.5 MB, 256.0 MB, 2.3 GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** Why a file is refused before it is read, or null when its size is fine. */
export function sizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `${name} is empty`;
  if (bytes > MAX_UPLOAD_BYTES) {
    return `${name} is ${formatBytes(bytes)}; files over ${formatBytes(MAX_UPLOAD_BYTES)} are refused. Split it into smaller files.`;
  }
  return null;
}
