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

  /**
   * How much larger than the default 16 px the host's text is (a site's large-text mode, the
   * high-contrast preset's 1.25 scale, a reader's larger default font), at least 1. Charts lay
   * out at `width / textScale` and draw the SVG scaled up by it, so their labels grow with the
   * text around them instead of staying at 12 px. Capped so the layout keeps `minLayoutWidth`
   * (the layout's own minimum) within the width: a narrow box grows the text less, never overflows.
   */
  textScale(minLayoutWidth = 280): number {
    const px = parseFloat(getComputedStyle(this.host).fontSize);
    return Math.max(1, Math.min(px / 16, this.width / minLayoutWidth));
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
