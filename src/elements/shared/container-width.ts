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
  /** The host's computed font size in px, read with the width (never while rendering). */
  private fontPx = 16;
  /** The `theme` the font size was read under: a preset (high-contrast) sets its own text size. */
  private fontTheme?: string | null;
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
    const style = getComputedStyle(this.host);
    this.fontPx = parseFloat(style.fontSize) || 16;
    // A preset is adopted only before the first update: read again then (null never equals a theme).
    this.fontTheme = themeOf(this.host) ? null : undefined;
    this.set(contentWidth(this.host, style));
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // Deferred: re-rendering inside the callback can change the host's height in the same
      // frame, which the browser reports as a "loop completed with undelivered notifications"
      // error. A task, not requestAnimationFrame, which never runs in a background page.
      // The font size is read here too: a larger text (a theme, the reader's zoom of text only)
      // changes the host's height, so the observer fires; layout is fresh then, so reading the
      // style is cheap, where reading it in render() forced a style recalculation per element.
      if (entry) setTimeout(() => this.set(entry.contentRect.width, parseFloat(getComputedStyle(this.host).fontSize) || this.fontPx));
    });
    this.observer.observe(this.host);
  }

  /**
   * Before a render: a theme set or changed since the font size was read has adopted its preset
   * by now (ThemedElement waits for it before updating), so read the size again, once per change.
   */
  hostUpdate(): void {
    const theme = themeOf(this.host);
    if (theme === this.fontTheme) return;
    this.fontTheme = theme;
    this.fontPx = parseFloat(getComputedStyle(this.host).fontSize) || this.fontPx;
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
    return Math.max(1, Math.min(this.fontPx / 16, this.width / minLayoutWidth));
  }

  private set(w: number, fontPx = this.fontPx): void {
    const next = w > 0 ? Math.round(w) : this.fallback;
    if (next !== this.width || fontPx !== this.fontPx) {
      this.width = next;
      this.fontPx = fontPx;
      this.host.requestUpdate();
    }
  }
}

const themeOf = (el: Element): string | undefined => (el as Element & { theme?: string }).theme;

/** The content-box width (what ResizeObserver reports), without padding and borders. */
function contentWidth(el: Element, s: CSSStyleDeclaration): number {
  const box = el.getBoundingClientRect().width;
  if (!box) return 0;
  const px = (v: string) => parseFloat(v) || 0;
  return box - px(s.paddingLeft) - px(s.paddingRight) - px(s.borderLeftWidth) - px(s.borderRightWidth);
}
