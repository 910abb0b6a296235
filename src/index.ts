/**
 * tarifkit: the invoice math of subscription contracts as German hosting,
 * telecom and SaaS providers run them. Pure functions over plain values:
 * integer cents, dates as ISO text, Temporal at the edges.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './calendar/index.js';
export * from './money/index.js';
export * from './proration/index.js';
export * from './items/index.js';
export * from './lines/index.js';
export * from './invoice/index.js';
export * from './document/index.js';
export * from './sepa/index.js';
export * from './holidays/index.js';
export * from './refusal/index.js';
export * from './catalog/index.js';
export * from './contract/index.js';
export * from './addons/index.js';
export * from './options/index.js';
export * from './subscription/index.js';
export * from './rules/index.js';
export * from './explain/index.js';
export * from './prepaid/index.js';
export * from './booking/index.js';
export * from './cart/index.js';
export * from './sms/index.js';
export * from './storage/index.js';
