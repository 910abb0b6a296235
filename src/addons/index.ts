// addons: add-on bookings on the subscription's cycle, their list view (R14–R16).
export type { AddOnBooking, AddOnEnding, AddOnQuantity, AddOnRow, AddOnStatus } from './types.js';
export { listAddOns } from './listAddOns.js';
