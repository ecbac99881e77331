import { expect, waitUntil } from '@open-wc/testing';
import type { BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import { imageFilename } from '../../src/elements/shared/export-image.js';
import { element } from './theme-fixtures.js';

/** Downloads caught on their way out: the Blob handed to URL.createObjectURL and the <a download> name. */
let blobs: Blob[] = [];
let names: string[] = [];
const realCreate = URL.createObjectURL.bind(URL);
const realClick = HTMLAnchorElement.prototype.click;
const realDecode = HTMLImageElement.prototype.decode;
beforeEach(() => {
  blobs = [];
  names = [];
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return realCreate(obj);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else realClick.call(this);
  };
});
afterEach(() => {
  URL.createObjectURL = realCreate;
  HTMLAnchorElement.prototype.click = realClick;
  HTMLImageElement.prototype.decode = realDecode;
});

const button = (el: Element, format: 'svg' | 'png') => el.shadowRoot!.querySelector<HTMLButtonElement>(`.export button[data-format="${format}"]`)!;
/** Clicks a download button and waits for the download (the export code is loaded on the first click). */
async function download(el: Element, format: 'svg' | 'png'): Promise<Blob> {
  const before = names.length;
  button(el, format).click();
  // waitUntil: a download (export is a dynamic import on click), not a load.
  await waitUntil(() => names.length > before, `the ${format} download`);
  return blobs[blobs.length - 1]!;
}

function parse(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent!.trim());

describe('image export (下载图片)', () => {
  it('offers SVG and PNG in a labelled group', async () => {
    for (const tag of ['sangong-chart', 'budget-summary'] as const) {
      const el = await element(tag);
      const group = el.shadowRoot!.querySelector('.export')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('下载图片');
      expect([...group.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal(['SVG', 'PNG']);
      await expect(el).to.be.accessible();
    }
  });

  it('<sangong-chart> SVG: a standalone file with the figures, resolved colours and no outside references', async () => {
    const el = await element('sangong-chart');
    const blob = await download(el, 'svg');
    expect(names).to.deep.equal(['区委网信办-2023-三公经费.svg']);
    expect(blob.type).to.equal('image/svg+xml;charset=utf-8');
    const text = await blob.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    const svg = parse(text);
    expect(svg.querySelector('title')!.textContent).to.equal('“三公”经费预算');
    const t = texts(svg);
    expect(t).to.include('“三公”经费预算');
    expect(t).to.include('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：万元');
    expect(t).to.include('中共重庆市潼南区委网络安全和信息化委员会办公室2023年部门预算情况说明');
    for (const figure of ['7.00', '7.90', '3.50', '4.00', '3.90']) expect(t, figure).to.include(figure);
    // nothing that needs the page: no custom properties, classes, external URLs or scripts
    expect(text).to.not.match(/var\(--|class=|tabindex|<script|href=|url\("?https?:/);
    // every fill reference points inside the file, and the pattern colours are resolved
    const refs = [...text.matchAll(/url\(&quot;#([\w-]+)&quot;\)|url\("?#([\w-]+)"?\)/g)].map((m) => m[1] ?? m[2]);
    expect(refs.length).to.be.above(5);
    for (const id of new Set(refs)) expect(svg.querySelector(`pattern[id="${id}"]`), id).to.not.equal(null);
    expect(svg.querySelector('pattern rect')!.getAttribute('style')).to.contain('fill:rgb(11, 92, 173)');
    // it draws as an image on its own
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    expect(img.naturalWidth).to.equal(Number(svg.getAttribute('width')));
  });

  it('exports the colours of the preset in use', async () => {
    const el = await element('sangong-chart', 'dark');
    const svg = parse(await (await download(el, 'svg')).text());
    expect(svg.querySelector(':scope > rect')!.getAttribute('style')).to.equal('fill:rgb(13, 17, 23)');
    expect(svg.querySelector('pattern rect')!.getAttribute('style')).to.contain('fill:rgb(88, 166, 255)');
  });

  it('<sangong-chart> PNG: an image/png Blob drawn from the SVG at twice the size', async () => {
    const el = await element('sangong-chart');
    const png = await download(el, 'png');
    expect(names).to.deep.equal(['区委网信办-2023-三公经费.png']);
    expect(png.type).to.equal('image/png');
    expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const svg = parse(await blobs[0]!.text());
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(Number(svg.getAttribute('width')) * 2);
    // not blank: the chart was drawn (the canvas read back without a security error)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 2]! > 120) dark++;
    expect(dark, 'pixels of the series-1 blue').to.be.above(100);
  });

  it('says so when the PNG cannot be made (e.g. a CSP without blob: images) and the SVG still works', async () => {
    const el = await element('sangong-chart');
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('blocked', 'EncodingError'));
    const error = console.error;
    console.error = () => {};
    try {
      button(el, 'png').click();
      // waitUntil: the export's error message, not a load.
      await waitUntil(() => el.shadowRoot!.querySelector('.export-error'), 'the error message');
    } finally {
      console.error = error;
    }
    expect(el.shadowRoot!.querySelector('.export-error')!.getAttribute('role')).to.equal('alert');
    expect(names).to.deep.equal([]);
    await download(el, 'svg');
    await el.updateComplete;
    expect(names).to.deep.equal(['区委网信办-2023-三公经费.svg']);
    expect(el.shadowRoot!.querySelector('.export-error')).to.equal(null);
  });

  it('<budget-summary>: the chart at the level shown, named after the drill path', async () => {
    const el = (await element('budget-summary')) as BudgetSummary;
    let t = texts(parse(await (await download(el, 'svg')).text()));
    expect(t).to.include('按功能分类的支出（类）');
    expect(t.some((x) => x.startsWith('201 一般公共服务支出'))).to.equal(true);
    el.shadowRoot!.querySelector<SVGElement>('[data-code="201"]')!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    t = texts(parse(await (await download(el, 'svg')).text()));
    expect(t).to.include('按功能分类的支出（款）');
    expect(t).to.include('201 一般公共服务支出');
    expect(names).to.deep.equal(['区委网信办-2023-支出功能分类.svg', '区委网信办-2023-支出功能分类-201.svg']);
  });

  it('file names are safe on every system', () => {
    expect(imageFilename(['a/b:c', 2023, undefined, '三 公'], 'png')).to.equal('a_b_c-2023-三_公.png');
    expect(imageFilename([], 'svg')).to.equal('chart.svg');
  });
});
