/** A smart-home cloud's packages (made-up prices): HomeCloud L for 1, 3 or 12 months. */
import { openBookingAccount, orderPackage, recordPayment, type BookingAccount, type PackageOrder, type PricedItem } from '../../src/index.js';

const item = (unitCents: number): PricedItem => ({ id: 'homecloud-l', name: 'HomeCloud L', unitCents, vatRate: 19 });

export const L1: PackageOrder = { id: 'A-1', item: item(999), months: 1, kind: 'oneOff' };
export const L3: PackageOrder = { id: 'A-3', item: item(2997), months: 3, kind: 'oneOff' };
export const L12: PackageOrder = { id: 'A-12', item: item(9999), months: 12, kind: 'oneOff' };
export const SUB: PackageOrder = { ...L1, id: 'S-1', kind: 'subscription' };

/** Orders `order` on `orderedOn` and records its payment on `paidOn`. */
export function paidAccount(order: PackageOrder, orderedOn: string, paidOn: string, account: BookingAccount = openBookingAccount()): BookingAccount {
  const result = recordPayment(orderPackage(account, order, orderedOn).account, order.id, paidOn);
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}
