/**
 * How many other tasks ran while `work` was pending: a task that re-queues itself with setImmediate
 * until `work` settles. Sliced work (read-big.ts, parse-in-slices.ts) must let many run.
 */
export async function otherTasksDuring<T>(work: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  let done = false;
  const tick = () => {
    ticks++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { value: await work(), ticks };
  } finally {
    done = true;
  }
}
