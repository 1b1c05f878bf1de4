// A small shared bound on requests in flight, so parallel reads stay within GitHub's secondary limits.

/** Runs a task when a slot is free; resolves or rejects with the task. */
export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Reads in flight at once. plugin-throttling lets 10 through at a time; GitHub asks integrations
 * not to send many concurrent requests, so the gate keeps a few under that.
 */
export const READS_IN_FLIGHT = 6;

export function limiter(concurrency = READS_IN_FLIGHT): Limit {
  let running = 0;
  const waiting: Array<() => void> = [];
  const acquire = (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  // A finished task hands its slot straight to the next one waiting.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** `items` in chunks of `size`, each chunk handed to `read` through `limit`; results in order. */
export async function inChunks<T, R>(
  limit: Limit,
  items: T[],
  size: number,
  read: (chunk: T[]) => Promise<R>,
): Promise<R[]> {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return Promise.all(chunks.map((chunk) => limit(() => read(chunk))));
}
