/**
 * The "下载图片" group of a chart element (SVG and PNG buttons) and what they do. The element
 * passes how to find its SVG and what to call the picture; the code that builds the files
 * (export-image.ts) is imported on the first click.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ExportMeta } from './export-image.js';
import type { Locale } from './locale.js';

export type { ExportMeta };

const UI = {
  zh: { label: '下载图片', failed: 'PNG 图片生成失败（可能被网站的安全策略阻止），请下载 SVG。' },
  en: { label: 'Download image', failed: 'The PNG could not be made (the site’s security policy may block it); download the SVG instead.' },
} as const;

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
      const { downloadBlob, imageFilename, serialiseChart, svgToPng } = await import('./export-image.js');
      const svg = this.chart();
      if (!svg) return;
      const meta = this.meta();
      const file = serialiseChart(svg, meta, this.host);
      const blob = format === 'svg' ? new Blob([file.text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(file);
      downloadBlob(imageFilename(meta.filename, format), blob);
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
    const t = UI[locale];
    return html`<div class="group export" role="group" aria-labelledby="export-label">
        <span class="export-label" id="export-label">${t.label}</span>
        <button part="button export-button" type="button" data-format="svg" @click=${() => this.export('svg')}>SVG</button>
        <button part="button export-button" type="button" data-format="png" @click=${() => this.export('png')}>PNG</button>
      </div>
      ${this.error ? html`<p class="export-error" role="alert">${t.failed}</p>` : nothing}`;
  }
}
