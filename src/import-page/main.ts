/**
 * Entry of the import page: the widgets (to show each detected table) and the page element.
 * In dist/ the widgets come from ./budget-widgets.js (rollup maps ../index.js there), so the page
 * adds only the importer and the spreadsheet reader, downloaded when this page is opened.
 */
import '../index.js';
import './import-page.js';
