import type { AppData } from '../state/app-data.svelte.ts';
import type { Router } from '../state/router.svelte.ts';

/** What every view component receives from App. */
export interface ViewProps {
  data: AppData;
  router: Router;
}
