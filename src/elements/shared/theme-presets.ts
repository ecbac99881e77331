/**
 * The `theme="…"` attribute rules, made into CSS from the preset data in themes.ts. Imported by
 * theme.ts the first time an element has a `theme`. `unsafeCSS` is safe here:
 * the values are our own constants, never page or data input (and the template minifier skips a
 * file that mentions it, so it stays out of theme.ts).
 */
import { unsafeCSS } from 'lit';
import { PRESETS, presetRule } from './themes.js';

/**
 * A dark widget on a light page is a dark box: its text needs room from the box's edges (issue 11:
 * it touched them). The light presets need none, their background being the page's own colour.
 */
const DARK_BOX = 'padding: calc(var(--_space) * 1.5); border-radius: var(--_radius);';

/** `:host([theme=…])` rules, generated from the preset data so attribute and stylesheet agree. */
export const presetStyles = unsafeCSS(
  [
    presetRule(":host([theme='default'])", { ...PRESETS.default }) + "\n:host([theme='default']) { color-scheme: light; }",
    presetRule(":host([theme='dark'])", PRESETS.dark) + `\n:host([theme='dark']) { color-scheme: dark; ${DARK_BOX} }`,
    presetRule(":host([theme='gov-red'])", PRESETS['gov-red']),
    presetRule(":host([theme='high-contrast'])", PRESETS['high-contrast']),
    `@media (prefers-color-scheme: dark) {\n${presetRule(":host([theme='auto'])", PRESETS.dark, '  ')}\n  :host([theme='auto']) { color-scheme: dark; ${DARK_BOX} }\n}`,
  ].join('\n'),
);
