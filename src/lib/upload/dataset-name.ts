/**
 * The name an upload is stored under: its file name and when it was stored, in local time.
 *
 * @example datasetName('claims.csv', new Date(2025, 0, 15, 9, 5, 3)) // 'claims.csv (2025-01-15 09:05:03)'
 */
export function datasetName(fileName: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  return `${fileName} (${stamp})`;
}
