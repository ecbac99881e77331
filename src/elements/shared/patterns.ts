/**
 * SVG fill patterns, one per series: colour plus a texture, so series differ without colour
 * (solid, diagonal hatch, dots, cross-hatch, horizontal, vertical lines). Referenced as
 * `url(#<prefix>-<i>)`; ids are scoped by the element's shadow root. Colours come from classes
 * (chart-styles.ts), not style attributes, which a strict Content-Security-Policy blocks.
 */
import { svg, type SVGTemplateResult } from 'lit';

const TEXTURES = [
  '',
  'M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2',
  'M4,4 m-1.4,0 a1.4,1.4 0 1,0 2.8,0 a1.4,1.4 0 1,0 -2.8,0',
  'M0,0 L8,8 M8,0 L0,8',
  'M0,4 H8',
  'M4,0 V8',
];

export function patternDefs(prefix: string, count = TEXTURES.length): SVGTemplateResult {
  return svg`<defs>${TEXTURES.slice(0, count).map(
    (d, i) => svg`<pattern id="${prefix}-${i}" width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" class="pattern-fill s${i + 1}"></rect>
      ${d ? svg`<path d="${d}" class="texture ${i === 2 ? 'dots' : ''}" stroke-width="1.5"></path>` : ''}
    </pattern>`,
  )}</defs>`;
}

export function fill(prefix: string, series: number): string {
  return `url(#${prefix}-${series % TEXTURES.length})`;
}
