/**
 * "下载图片": a chart's <svg> as a standalone SVG file or a PNG, with no network and nothing
 * that could taint the canvas.
 *
 * The live SVG is styled by the shadow root's stylesheet and custom properties, which a file
 * does not carry. So the clone gets every drawing property inlined as its *computed* value
 * (colours resolved to rgb(), fonts to the family list, patterns kept as local `url(#id)`
 * references to the cloned <defs>), interaction attributes removed, and a frame around it with
 * the title, the department, year and unit, and the source line, so the picture stands alone.
 * PNG draws that same SVG text on a canvas: an SVG image with no external references does not
 * taint it. A page whose Content-Security-Policy forbids `blob:` images gets an error message
 * and can still download the SVG.
 *
 * Loaded on demand by export-controller.ts (the buttons), so pages that never export do not pay for it.
 */
import { downloadBlob } from './download.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The drawing properties worth inlining; everything else is either default or interaction. */
const PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric',
  'text-anchor', 'dominant-baseline', 'visibility',
] as const;

/** Attributes that only make sense in the live page (focus, ids of the shadow root, event hooks). */
const DROP = /^(tabindex|aria-describedby|aria-labelledby|data-.*|class|style|role|aria-roledescription)$/;

export interface ExportMeta {
  /** The chart's title, drawn at the top and used as the SVG <title>. */
  title: string;
  /** Lines under the title, e.g. department · year · unit. */
  lines: readonly string[];
  /** A line at the bottom, e.g. the source document. */
  footer?: string;
  /** The parts of the file name, e.g. [department, year, widget]. */
  filename: readonly (string | number | undefined)[];
}

export interface SerialisedSvg {
  text: string;
  width: number;
  height: number;
}

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  const decls: string[] = [];
  for (const p of PROPERTIES) {
    const v = cs.getPropertyValue(p);
    if (v) decls.push(`${p}:${v}`);
  }
  for (const a of [...target.attributes]) if (DROP.test(a.name)) target.removeAttribute(a.name);
  target.setAttribute('style', decls.join(';'));
}

function text(x: number, y: number, content: string, style: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('style', style);
  t.textContent = content;
  return t;
}

/**
 * The chart as a standalone SVG document: computed styles inlined, framed with the title, the
 * meta lines and the footer on the widget's background. `host` gives the colours and font.
 */
export function serialiseChart(svg: SVGSVGElement, meta: ExportMeta, host: Element): SerialisedSvg {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => inlineStyles(el, to[i]!));
  // Comments (Lit's markers) and the live-only attributes are not part of the picture.
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));

  const hs = getComputedStyle(host);
  const font = `font-family:${hs.fontFamily}`;
  const base = parseFloat(hs.fontSize) || 16;
  const pad = Math.round(base);
  const chartW = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
  const chartH = svg.viewBox.baseVal?.height || svg.height.baseVal.value;
  const titleSize = Math.round(base * 1.125);
  const small = Math.round(base * 0.8125);
  const lineH = Math.round(small * 1.5);
  const top = pad + titleSize + lineH * meta.lines.length + pad / 2;
  const bottom = meta.footer ? lineH + pad : pad;
  const width = Math.ceil(chartW + pad * 2);
  const height = Math.ceil(top + chartH + bottom);

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = meta.title;
  root.append(title);
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = [...meta.lines, meta.footer].filter(Boolean).join('\n');
  root.append(desc);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('style', `fill:${hs.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : hs.backgroundColor}`);
  root.append(bg);
  root.append(text(pad, pad + titleSize * 0.8, meta.title, `${font};font-size:${titleSize}px;font-weight:700;fill:${hs.color}`));
  meta.lines.forEach((l, i) =>
    root.append(text(pad, pad + titleSize + lineH * (i + 0.8), l, `${font};font-size:${small}px;fill:${hs.color}`)),
  );
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(chartW));
  clone.setAttribute('height', String(chartH));
  clone.removeAttribute('aria-label');
  root.append(clone);
  if (meta.footer) root.append(text(pad, height - pad * 0.75, meta.footer, `${font};font-size:${small}px;fill:${hs.color}`));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  return img.decode().then(() => img);
}

/** The SVG text drawn on a canvas at `scale` (2 = sharp on high-density screens and in print). */
export async function svgToPng(svg: SerialisedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name safe on every system: no path or reserved characters, at most 100 characters. */
export function imageFilename(parts: readonly (string | number | undefined)[], ext: 'svg' | 'png'): string {
  const base = parts
    .filter((p) => p !== undefined && p !== '')
    .join('-')
    // Bidi controls and zero-width characters too: "\u202Efdp.exe" must not read as another file type.
    .replace(/[\\/:*?"<>|\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g, '_')
    .slice(0, 100);
  return `${base || 'chart'}.${ext}`;
}

/** Builds the file of `svg` in `format` and hands it to the browser (the whole export behind the buttons). */
export async function saveChart(svg: SVGSVGElement, meta: ExportMeta, host: Element, format: 'svg' | 'png'): Promise<void> {
  const file = serialiseChart(svg, meta, host);
  const blob = format === 'svg' ? new Blob([file.text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(file);
  downloadBlob(imageFilename(meta.filename, format), blob);
}
