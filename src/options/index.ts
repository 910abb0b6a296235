// options: option, package and postpaid tariffs inside a subscription (R8–R13).
export type { OptionBooking, OptionEnding, OptionRow, OptionStatus } from './types.js';
export { listOptions } from './listOptions.js';
