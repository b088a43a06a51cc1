import { describe, expect, test } from 'vitest';
import { pauseEvery, yieldToEventLoop } from '../../src/lib/yield.ts';

/** Queues a message, awaits `wait`, and says in which order the message and the wait finished. */
async function orderAgainstQueuedMessage(wait: () => Promise<void>): Promise<string[]> {
  const order: string[] = [];
  const { port1, port2 } = new MessageChannel();
  const delivered = new Promise<void>((resolve) => {
    port1.onmessage = () => {
      order.push('message');
      port1.close();
      resolve();
    };
  });
  port2.postMessage(null);
  await wait();
  order.push('returned');
  await delivered;
  return order;
}

describe('yielding', () => {
  test.each([
    { name: 'yieldToEventLoop lets a queued message in', budgetMs: null, first: 'message' },
    { name: 'pauseEvery within its budget returns at once', budgetMs: 60_000, first: 'returned' },
    { name: 'pauseEvery past its budget lets a queued message in', budgetMs: 0, first: 'message' },
  ])('$name', async ({ budgetMs, first }) => {
    const wait = budgetMs === null ? yieldToEventLoop : pauseEvery(budgetMs);
    if (budgetMs === 0) {
      const busyUntil = performance.now() + 1;
      while (performance.now() <= busyUntil);
    }
    const order = await orderAgainstQueuedMessage(wait);
    expect(order[0]).toBe(first);
    expect(order).toHaveLength(2);
  });
});
