/**
 * A bench page that records its main-thread long tasks (PerformanceObserver 'longtask') from the
 * first script on, into `window.__tasks`, and prints its uncaught errors. The page reads them back
 * in its own `page.evaluate` (`window.__tasks`), where it knows its phases.
 */
import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

export async function recordLongTasks(page: Page): Promise<void> {
  page.on('pageerror', (error) => console.error(`page error: ${error.stack ?? error}`));
  // tsx compiles with keepNames, which wraps functions in `__name(...)`; the page needs it too.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __tasks: typeof tasks }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
