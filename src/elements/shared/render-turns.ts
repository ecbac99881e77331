/**
 * Widgets take turns to render, so a page of several never blocks its reader in one long task
 * (issue 15: four tags rendered in one 160 ms task, 434 ms on a 4× slower CPU). Widgets that share
 * a data file get it in the same task and, left alone, Lit renders them all before the browser can
 * paint or answer a click. Here the first update of a task runs at once; once updates have used
 * TURN_MS of the task, the next one waits for a new task (a message, not a timer: timers are
 * clamped and throttled in background pages), letting the browser paint and handle input between.
 *
 * A widget alone on a page, or several fast ones, render exactly as before: no wait at all.
 *
 * Two tasks are known to be long before any widget renders in them, so their clock starts early:
 * the one that evaluates the kit (the widgets already in the page upgrade in it; the clock starts
 * as this module is evaluated) and the one that reads and checks a fetched file (DataController
 * shows fetched data from a task of its own, nextTask).
 */

/** Work one task may do before the next widget waits for a task of its own (Lighthouse's long task is 50 ms). */
export const TURN_MS = 40;

let taskStart: number | undefined;

/** Who waits for a new task, in order; one channel serves them all (a channel costs more to make than a message). */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

/** Resolves in a new task (a message: in order, unclamped, also in background pages). */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(undefined);
  });
}

/**
 * Undefined when the caller may render now; otherwise a promise of its turn. Call it right before
 * rendering (ThemedElement.scheduleUpdate), once per update.
 */
export function renderTurn(): Promise<void> | undefined {
  const now = performance.now();
  if (taskStart === undefined) {
    taskStart = now;
    // Runs at the start of the next task, before the turns queued after it: the task's clock stops.
    void nextTask().then(() => {
      taskStart = undefined;
    });
    return undefined;
  }
  if (now - taskStart < TURN_MS) return undefined;
  return nextTask().then(() => renderTurn());
}

// The kit's own evaluation counts: the first widget's update waits for a task of its own once the
// kit has taken TURN_MS. Only in a page (Node imports no element, and an open port would keep it running).
if (typeof document == 'object') renderTurn();
