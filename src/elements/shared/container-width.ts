/**
 * The host's content width, kept current with a ResizeObserver, so an element lays itself out
 * by its container (a sidebar, a column, an iframe), not by the window.
 *
 *     private readonly size = new ContainerWidthController(this);
 *     render() { return layout(this.size.width); }
 *
 * Nothing is measured when the host connects: a read of layout there forces the browser to lay
 * the page out once per element (issue 15: 106 ms of forced layout on a four-widget page, CPU 4×).
 * The ResizeObserver reports the width (and the font size is read) right after the browser's own
 * layout, where reading costs nothing; a widget loading its data renders its skeleton meanwhile,
 * which needs no width. Only a render that needs the width before the first report (inline data,
 * the `data` property) measures at once, so even that first render has the right layout (no jump).
 * Changes below one CSS pixel are ignored; a change re-renders only if a render used the value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  /** Whole CSS px; undefined until measured or reported. */
  private measured?: number;
  /** The host's computed font size in px; undefined until read (and after a theme changes it). */
  private fontPx?: number;
  /**
   * The `theme` the font size was read under: a preset (high-contrast) sets its own text size.
   * null: a theme whose preset is not adopted yet (null never equals a theme, so it is read again).
   */
  private fontTheme?: string | null;
  /** Whether a render has read the width or the text scale (only then does a change re-render). */
  private used = false;
  private observer?: ResizeObserver;

  /**
   * @param host the element to observe; it re-renders when its width changes.
   * @param fallback the width assumed while the host has no layout (detached, display: none).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly fallback = 640,
  ) {
    host.addController(this);
  }

  /** The host's content-box width in whole CSS px; `fallback` while it has no layout. */
  get width(): number {
    this.used = true;
    // Asked before the observer's first report: measure now (forcing layout, once).
    if (this.measured === undefined && this.host.isConnected) this.measured = round(contentWidth(this.host, getComputedStyle(this.host)));
    return this.measured || this.fallback;
  }

  hostConnected(): void {
    // A preset is adopted only before the first update: a size read before that is read again then.
    this.fontTheme = themeOf(this.host) ? null : undefined;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // Read here, right after the browser's layout: style is fresh, so this forces nothing. A
      // larger text (a theme, the reader's zoom of text only) changes the host's height, so the
      // observer fires for it too.
      const width = round(entry.contentRect.width);
      const fontPx = parseFloat(getComputedStyle(this.host).fontSize) || undefined;
      // Not yet used by a render: kept for the first render that needs it, nothing to redo.
      if (!this.used) {
        this.measured = width;
        this.fontPx = fontPx;
        return;
      }
      // Deferred: re-rendering inside the callback can change the host's height in the same
      // frame, which the browser reports as a "loop completed with undelivered notifications"
      // error. A task, not requestAnimationFrame, which never runs in a background page.
      setTimeout(() => this.set(width, fontPx));
    });
    this.observer.observe(this.host);
  }

  /**
   * Before a render: a theme set or changed since the font size was read has adopted its preset
   * by now (ThemedElement waits for it before updating), so the size is read again when next needed.
   */
  hostUpdate(): void {
    const theme = themeOf(this.host);
    if (theme === this.fontTheme) return;
    this.fontTheme = theme;
    this.fontPx = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // Where it is inserted next, its width is another.
    this.measured = undefined;
    this.used = false;
  }

  /**
   * How much larger than the default 16 px the host's text is (a site's large-text mode, the
   * high-contrast preset's 1.25 scale, a reader's larger default font), at least 1. Charts lay
   * out at `width / textScale` and draw the SVG scaled up by it, so their labels grow with the
   * text around them instead of staying at 12 px. Capped so the layout keeps `minLayoutWidth`
   * (the layout's own minimum) within the width: a narrow box grows the text less, never overflows.
   */
  textScale(minLayoutWidth = 280): number {
    const width = this.width;
    this.fontPx ??= parseFloat(getComputedStyle(this.host).fontSize) || 16;
    return Math.max(1, Math.min(this.fontPx / 16, width / minLayoutWidth));
  }

  private set(width: number, fontPx: number | undefined): void {
    // A report deferred past the host's removal is stale: put back, the host is measured anew.
    if (!this.observer) return;
    if (width !== this.measured || (fontPx !== undefined && fontPx !== this.fontPx)) {
      this.measured = width;
      if (fontPx !== undefined) this.fontPx = fontPx;
      this.host.requestUpdate();
    }
  }
}

const round = (w: number) => (w > 0 ? Math.round(w) : 0);

const themeOf = (el: Element): string | undefined => (el as Element & { theme?: string }).theme;

/** The content-box width (what ResizeObserver reports), without padding and borders. */
function contentWidth(el: Element, s: CSSStyleDeclaration): number {
  const box = el.getBoundingClientRect().width;
  if (!box) return 0;
  const px = (v: string) => parseFloat(v) || 0;
  return box - px(s.paddingLeft) - px(s.paddingRight) - px(s.borderLeftWidth) - px(s.borderRightWidth);
}
