/**
 * The entry of the classic-script build (dist/budget-widgets.iife.js): the kit, with the Trusted
 * Types notice evaluated first. In one inline script a dynamically imported module sits where
 * its first static import puts it; after lit, it would never be reached when lit throws because
 * the page refuses its policy (see elements/shared/trusted-types.ts). The ES module loads it as a chunk.
 */
import './elements/shared/trusted-types-notice.js';

export * from './index.js';
