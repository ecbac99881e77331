/** budget-widgets: every element and the data model, in one module. */
export * from './model/schema.js';
export * from './model/money.js';
