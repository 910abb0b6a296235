/** Seed 002's packages (made-up prices): CloudMatic L for 1, 3 or 12 months. */
import { money, orderPackage, openBookingAccount, recordPayment, type BookingAccount, type PackageOrder } from '../../src/index.js';

export const L1: PackageOrder = { id: 'A-1', packageId: 'cloudmatic-l', label: 'CloudMatic L', price: money(999), months: 1, kind: 'oneOff' };
export const L3: PackageOrder = { ...L1, id: 'A-3', price: money(2997), months: 3 };
export const L12: PackageOrder = { ...L1, id: 'A-12', price: money(9999), months: 12 };
export const SUB: PackageOrder = { ...L1, id: 'S-1', kind: 'subscription' };

/** Orders `order` on `orderedOn` and records its payment on `paidOn`. */
export function paidAccount(order: PackageOrder, orderedOn: string, paidOn: string, account: BookingAccount = openBookingAccount()): BookingAccount {
  const result = recordPayment(orderPackage(account, order, orderedOn), order.id, paidOn);
  if (!result.ok) throw new Error(result.reason);
  return result.account;
}
