import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import { AsyncResource, wait } from '../../src/state/async-resource.svelte.ts';

/** A promise settled from outside, to finish runs in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets settled promises' callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A resource over `key`, whose runs the test finishes by hand, and what each run was asked. */
function setUp(options: { clear?: boolean } = {}) {
  const state = $state({ key: 'a' as string | null });
  const runs: { key: string; signal: AbortSignal; done: ReturnType<typeof deferred<string>> }[] =
    [];
  let resource!: AsyncResource<string>;
  const destroy = $effect.root(() => {
    resource = new AsyncResource((signal) => {
      const key = state.key;
      if (key === null) return undefined;
      const done = deferred<string>();
      runs.push({ key, signal, done });
      return done.promise;
    }, options);
  });
  flushSync();
  return { state, runs, resource, destroy };
}

describe('AsyncResource', () => {
  test('loads, and loads again when what it read changes', async () => {
    const { state, runs, resource, destroy } = setUp();
    expect(resource.loading).toBe(true);
    runs[0]!.done.resolve('A');
    await settle();
    expect([resource.value, resource.loading]).toEqual(['A', false]);
    state.key = 'b';
    flushSync();
    expect(runs.map((run) => run.key)).toEqual(['a', 'b']);
    expect([resource.value, resource.loading]).toEqual(['A', true]);
    runs[1]!.done.resolve('B');
    await settle();
    expect(resource.value).toBe('B');
    destroy();
  });

  test('only the newest run lands, whatever order they finish in', async () => {
    const { state, runs, resource, destroy } = setUp();
    state.key = 'b';
    flushSync();
    expect(runs[0]!.signal.aborted).toBe(true);
    runs[1]!.done.resolve('B');
    runs[0]!.done.resolve('A, late');
    await settle();
    expect(resource.value).toBe('B');
    destroy();
  });

  test('a failure is a message; a stale failure is ignored', async () => {
    const { state, runs, resource, destroy } = setUp();
    runs[0]!.done.reject(new Error('no such document'));
    await settle();
    expect([resource.error, resource.loading]).toEqual(['no such document', false]);
    state.key = 'b';
    flushSync();
    expect(resource.error).toBe('');
    state.key = 'c';
    flushSync();
    runs[1]!.done.reject(new Error('stale'));
    runs[2]!.done.resolve('C');
    await settle();
    expect([resource.value, resource.error]).toEqual(['C', '']);
    destroy();
  });

  test('with clear, the old value goes as a new run starts', async () => {
    const { state, runs, resource, destroy } = setUp({ clear: true });
    runs[0]!.done.resolve('A');
    await settle();
    state.key = 'b';
    flushSync();
    expect([resource.value, resource.loading]).toEqual([undefined, true]);
    destroy();
  });

  test('nothing to load is not loading; destroying aborts the run', () => {
    const { state, runs, resource, destroy } = setUp();
    state.key = null;
    flushSync();
    expect(resource.loading).toBe(false);
    state.key = 'd';
    flushSync();
    destroy();
    expect(runs.at(-1)!.signal.aborted).toBe(true);
  });
});

describe('wait', () => {
  test('resolves after its time, or rejects when aborted', async () => {
    await expect(wait(1, new AbortController().signal)).resolves.toBeUndefined();
    const controller = new AbortController();
    const waiting = wait(60_000, controller.signal);
    controller.abort(new Error('replaced'));
    await expect(waiting).rejects.toThrow('replaced');
  });
});
