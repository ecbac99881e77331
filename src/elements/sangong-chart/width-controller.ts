/**
 * The host's content width, kept current with a ResizeObserver: charts size by their
 * container, not the window. Measured synchronously on connect so the first render already
 * has the right layout (no jump), then updated on every resize.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** Content-box width in CSS px; `fallback` until the host has been laid out. */
  width: number;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback = 640,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.set(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // In a later task: re-rendering right after the callback changes the host's height in
      // the same frame, which the browser reports as an undelivered-notification loop error.
      // (Not requestAnimationFrame: it never runs in a background page.)
      if (entry) setTimeout(() => this.set(entry.contentRect.width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private set(w: number): void {
    // Sub-pixel jitter must not re-layout; 0 means "not laid out yet" (display: none, detached).
    const next = w > 0 ? Math.round(w) : this.fallback;
    if (next !== this.width) {
      this.width = next;
      this.host.requestUpdate();
    }
  }
}
