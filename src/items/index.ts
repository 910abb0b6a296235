// items: the one priced-item shape every module uses (R14, R21, R23).
export type { PricedItem, VatRate } from './types.js';
export { createItem } from './createItem.js';
