/**
 * The host's content width, kept current with a ResizeObserver, so an element lays itself out
 * by its container (a sidebar, a column, an iframe), not by the window.
 *
 *     private readonly size = new ContainerWidthController(this);
 *     render() { return layout(this.size.width); }
 *
 * The width is measured synchronously when the host connects, so the first render already has
 * the right layout (no jump), then on every resize. Changes below one CSS pixel are ignored.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  /** Content-box width in whole CSS px; `fallback` until the host has been laid out. */
  width: number;
  private observer?: ResizeObserver;

  /**
   * @param host the element to observe; it re-renders when its width changes.
   * @param fallback the width assumed while the host has no layout (detached, display: none).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly fallback = 640,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.set(contentWidth(this.host));
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // Deferred: re-rendering inside the callback can change the host's height in the same
      // frame, which the browser reports as a "loop completed with undelivered notifications"
      // error. A task, not requestAnimationFrame, which never runs in a background page.
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
    const next = w > 0 ? Math.round(w) : this.fallback;
    if (next !== this.width) {
      this.width = next;
      this.host.requestUpdate();
    }
  }
}

/** The content-box width (what ResizeObserver reports), without padding and borders. */
function contentWidth(el: Element): number {
  const box = el.getBoundingClientRect().width;
  if (!box) return 0;
  const s = getComputedStyle(el);
  const px = (v: string) => parseFloat(v) || 0;
  return box - px(s.paddingLeft) - px(s.paddingRight) - px(s.borderLeftWidth) - px(s.borderRightWidth);
}
