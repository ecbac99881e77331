/**
 * The theme demo: every element in every preset on the Tongnan data, and the page-level
 * styling (custom properties on body, or one preset stylesheet). A module, not an inline
 * script, so the page runs under a strict Content-Security-Policy.
 *
 * Query string: `?page=dark` (or none, body, dark-auto, gov-red, high-contrast) picks the page
 * style of the last section; `?lang=en` switches the widgets to English.
 */
import '../../src/index.js';
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

const DATA = '../data/tongnan-cac-2023.json';
// Every widget, from the registry: a new one appears in every preset without an edit here.
const TAGS = WIDGET_NAMES;

const query = new URLSearchParams(location.search);
if (query.get('lang') === 'en') document.documentElement.lang = 'en';

for (const section of document.querySelectorAll<HTMLElement>('section.preset')) {
  const box = section.querySelector('.widgets')!;
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    el.setAttribute('src', DATA);
    // A 决算 against its budget needs a 决算 file and the budget of its year: the fictional pair.
    if (tag === 'budget-execution') {
      el.setAttribute('src', '../data/example-district-2024-final.json');
      el.setAttribute('budget-src', '../data/example-district-2024.json');
    }
    if (section.dataset.theme) el.setAttribute('theme', section.dataset.theme);
    if (tag === 'budget-table') el.setAttribute('kind', 'gpb-expenditure');
    box.append(el);
  }
}

const picker = document.querySelector<HTMLSelectElement>('#page-style')!;
const link = document.querySelector<HTMLLinkElement>('#page-theme')!;

function applyPageStyle(value: string): void {
  document.body.classList.toggle('custom-tokens', value === 'body');
  if (value === 'body' || value === 'none') {
    link.disabled = true;
    link.removeAttribute('href');
  } else {
    link.href = `../src/themes/${value}.css`;
    link.disabled = false;
  }
}

const initial = query.get('page');
if (initial && [...picker.options].some((o) => o.value === initial)) picker.value = initial;
applyPageStyle(picker.value);
picker.addEventListener('change', () => applyPageStyle(picker.value));
