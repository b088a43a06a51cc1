/**
 * What the Datasets view says of the browser's storage: how much Sandar uses, how much the browser
 * allows, and whether it may clear the data when space runs low. Pure: the caller asks the browser
 * (`estimateStorage` in src/db).
 */
import { formatBytes } from './upload/limits.ts';

export interface StorageFigures {
  usage: number;
  quota: number;
  persisted: boolean;
}

export interface StorageText {
  /** "Sandar uses 12.3 MB of the 2.0 GB this browser allows (0.6%)." */
  usage: string;
  persistence: string;
}

/**
 * @example describeStorage({ usage: 1536, quota: 1024 ** 3, persisted: true })
 *   // { usage: 'Sandar uses 1.5 KB of the 1.0 GB this browser allows (less than 0.1%).',
 *   //   persistence: 'Storage is persistent: …' }
 */
export function describeStorage(figures: StorageFigures): StorageText {
  const { usage, quota, persisted } = figures;
  const share = quota > 0 ? (usage / quota) * 100 : 0;
  const percent =
    quota <= 0
      ? ''
      : share > 0 && share < 0.1
        ? ' (less than 0.1%)'
        : ` (${share.toFixed(share < 10 ? 1 : 0)}%)`;
  return {
    usage:
      `Sandar uses ${formatBytes(usage)} of the ${formatBytes(quota)} ` +
      `this browser allows${percent}.`,
    persistence: persisted
      ? 'Storage is persistent: the browser keeps it until you clear this site’s data.'
      : 'Storage is not persistent: the browser may clear it when the disk runs low on space. ' +
        'Export what you need to keep.',
  };
}
