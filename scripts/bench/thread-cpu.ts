/**
 * CPU time a page's threads spent in named spans, read from a Chromium trace (category
 * `toplevel`, whose tasks carry `tdur`, their thread's own clock). Pure.
 *
 * On a shared machine the wall clock of a bench mostly measures the other work: at load 20 on 2
 * cores the upload's data worker ran 0.3 s of CPU in 1.1-2.3 s of reading. Thread time moves far
 * less with the load, so it says whether a change made the work smaller.
 *
 * @example threadCpu(events, [{ name: 'read', from: 'sandar:upload-start', to: 'sandar:upload-read' }])
 *   // { read: { main: 70, worker: 300, pool: 60, other: 20 } } (ms)
 */

/** The part of a trace event this reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  cat?: string;
  tdur?: number;
  args?: { name?: string };
}

/** A span between two User Timing marks (the last of each name). */
export interface Span {
  name: string;
  from: string;
  to: string;
}

/** Milliseconds of CPU per kind of thread: the page's main thread, its workers, V8's helpers. */
export interface ThreadTimes {
  main: number;
  worker: number;
  /** Chromium's thread pool: V8's parallel garbage collection, rasterising, script streaming. */
  pool: number;
  /** Compositor, IO and the rest of the page's process. */
  other: number;
}

/** The names of a thread's outermost tasks: its message loop's, and the thread pool's. */
const TOP_LEVEL: ReadonlySet<string> = new Set([
  'ThreadControllerImpl::RunTask',
  'ThreadPool_RunTask',
  'TaskGraphRunner::RunTask',
]);

function kindOf(thread: string): keyof ThreadTimes {
  if (thread === 'CrRendererMain') return 'main';
  if (thread.startsWith('DedicatedWorker')) return 'worker';
  if (thread.startsWith('ThreadPool')) return 'pool';
  return 'other';
}

/**
 * Sums the thread time of the top-level tasks that start within each span, in the process that
 * made the marks. Throws when a mark is missing: a figure without its span would mean nothing.
 */
export function threadCpu(
  events: readonly TraceEvent[],
  spans: readonly Span[],
): Record<string, ThreadTimes> {
  const threads = new Map<string, string>();
  const marks = new Map<string, { ts: number; pid: number }>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name')
      threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
    else if (event.cat?.includes('blink.user_timing'))
      marks.set(event.name, { ts: event.ts, pid: event.pid });
  }
  const bounds = spans.map((span) => {
    const from = marks.get(span.from);
    const to = marks.get(span.to);
    if (!from || !to) throw new Error(`the trace has no mark ${from ? span.to : span.from}`);
    return { name: span.name, pid: from.pid, from: from.ts, to: to.ts };
  });
  const result: Record<string, ThreadTimes> = {};
  for (const span of spans) result[span.name] = { main: 0, worker: 0, pool: 0, other: 0 };
  for (const event of events) {
    if (event.ph !== 'X' || !TOP_LEVEL.has(event.name)) continue;
    if (event.tdur === undefined) continue;
    for (const span of bounds) {
      if (event.pid !== span.pid || event.ts < span.from || event.ts >= span.to) continue;
      const kind = kindOf(threads.get(`${event.pid}:${event.tid}`) ?? '');
      result[span.name]![kind] += event.tdur / 1000;
    }
  }
  return result;
}
