/**
 * Writes the page stylesheets src/themes/<name>.css from the preset data in
 * src/elements/shared/themes.ts (the build copies them to dist/themes/). Run after changing a
 * preset: `node --import tsx src/tools/gen-themes.ts`. test/browser/theme.test.ts fails when
 * a stylesheet and the data disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PAGE_STYLESHEETS, pageStylesheet } from '../elements/shared/themes.js';

mkdirSync('src/themes', { recursive: true });
for (const name of PAGE_STYLESHEETS) {
  writeFileSync(`src/themes/${name}.css`, pageStylesheet(name));
  console.log(`src/themes/${name}.css`);
}
