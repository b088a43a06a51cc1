import { describe, expect, it } from 'vitest';
import { threadCpu, type TraceEvent } from '../../scripts/bench/thread-cpu.ts';

const thread = (tid: number, name: string, pid = 1): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const mark = (name: string, ts: number, pid = 1): TraceEvent => ({
  name,
  ph: 'R',
  pid,
  tid: 1,
  ts,
  cat: 'blink.user_timing',
});
const task = (
  tid: number,
  ts: number,
  tdur: number,
  pid = 1,
  name = 'ThreadControllerImpl::RunTask',
): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts,
  tdur,
});

const THREADS = [
  thread(1, 'CrRendererMain'),
  thread(2, 'DedicatedWorker thread'),
  thread(3, 'ThreadPoolForegroundWorker'),
  thread(4, 'Compositor'),
  thread(1, 'CrBrowserMain', 9),
];
const SPANS = [
  { name: 'read', from: 'start', to: 'read' },
  { name: 'after', from: 'import', to: 'ready' },
];
const MARKS = [mark('start', 1000), mark('read', 5000), mark('import', 6000), mark('ready', 8000)];

describe('threadCpu', () => {
  it.each([
    {
      name: 'outermost tasks of each thread kind summed in the span they start in',
      tasks: [
        task(1, 1000, 2000),
        task(2, 2000, 3000),
        task(3, 4999, 500, 1, 'ThreadPool_RunTask'),
        task(4, 6500, 1000),
        task(4, 6600, 1000, 1, 'RasterTask'),
      ],
      want: {
        read: { main: 2, worker: 3, pool: 0.5, other: 0 },
        after: { main: 0, worker: 0, pool: 0, other: 1 },
      },
    },
    {
      name: 'tasks between the spans, at a span end or in another process are not counted',
      tasks: [
        task(2, 5000, 1000),
        task(2, 5500, 1000),
        task(2, 8000, 1000),
        task(1, 2000, 7000, 9),
      ],
      want: {
        read: { main: 0, worker: 0, pool: 0, other: 0 },
        after: { main: 0, worker: 0, pool: 0, other: 0 },
      },
    },
  ])('$name', ({ tasks, want }) => {
    const events = [...THREADS, ...MARKS, ...tasks];
    const copy = structuredClone(events);
    expect(threadCpu(events, SPANS)).toEqual(want);
    expect(events).toEqual(copy);
  });

  it('names a missing mark', () => {
    expect(() => threadCpu([...THREADS, mark('start', 1)], SPANS)).toThrow(
      'the trace has no mark read',
    );
  });
});
