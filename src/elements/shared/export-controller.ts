/**
 * The "下载图片" group of a chart element (SVG and PNG buttons) and what they do. The element
 * passes how to find its SVG and what to call the picture; the code that builds the files
 * (export-image.ts) is imported on the first click.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html } from './data-text.js';
import type { ExportMeta } from './export-image.js';
import type { Locale } from './locale.js';
import { sharedWords } from './strings.js';

export type { ExportMeta };

/** The buttons, the export they run, and the error message when a PNG cannot be made. */
export class ImageExportController implements ReactiveController {
  private error = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chart: () => SVGSVGElement | null,
    private readonly meta: () => ExportMeta,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Builds the file in `format` and hands it to the browser; resolves when the download started. */
  async export(format: 'svg' | 'png'): Promise<void> {
    try {
      const { saveChart } = await import('./export-image.js');
      const svg = this.chart();
      if (!svg) return;
      await saveChart(svg, this.meta(), this.host, format);
      this.setError(false);
    } catch (e) {
      console.error(e);
      this.setError(true);
    }
  }

  private setError(on: boolean): void {
    if (this.error === on) return;
    this.error = on;
    this.host.requestUpdate();
  }

  render(locale: Locale): TemplateResult {
    const t = sharedWords(locale);
    return html`<div class="group export" role="group" aria-labelledby="export-label">
        <span class="export-label" id="export-label">${t.exportImage}</span>
        <button part="button export-button" type="button" data-format="svg" @click=${() => this.export('svg')}>SVG</button>
        <button part="button export-button" type="button" data-format="png" @click=${() => this.export('png')}>PNG</button>
      </div>
      ${this.error ? html`<p class="export-error" role="alert">${t.exportFailed}</p>` : nothing}`;
  }
}
