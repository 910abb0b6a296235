// cart: items with quantities, one voucher per cart, the discount split exactly over the lines, VAT per line (R20, R22, R23).
export type {
  Cart,
  CartChanged,
  CartItem,
  CartItemInput,
  CartOptions,
  CartPrice,
  PricedCartLine,
  Voucher,
  VoucherBase,
  VoucherCommon,
  VoucherResult,
  VoucherSpec,
} from './types.js';
export { createCart } from './createCart.js';
export { addCartItem } from './addCartItem.js';
export { removeCartItem } from './removeCartItem.js';
export { createVoucher } from './createVoucher.js';
export { applyVoucher } from './applyVoucher.js';
export { removeVoucher } from './removeVoucher.js';
export { priceCart } from './priceCart.js';
