/**
 * Widgets take turns to render, so a page of several never blocks its reader in one long task
 * (issue 15: four tags rendered in one 160 ms task, 434 ms on a 4× slower CPU). Widgets that share
 * a data file get it in the same task and, left alone, Lit renders them all before the browser can
 * paint or answer a click. Here the first update of a task runs at once; once updates have used
 * TURN_MS of the task, the next one waits for a new task (a message, not a timer: timers are
 * clamped and throttled in background pages), letting the browser paint and handle input between.
 *
 * A widget alone on a page, or several fast ones, render exactly as before: no wait at all.
 */

/** Work one task may do before the next widget waits for a task of its own (Lighthouse's long task is 50 ms). */
export const TURN_MS = 40;

let taskStart: number | undefined;

/** Resolves in a new task (MessageChannel: in order, unclamped, also in background pages). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
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
