// prepaid: balance and ledger, four-week (or 30-day) periods that renew only while the balance covers them (R7, R8, R17).
export type {
  ActivePrepaidItem,
  AlreadyActiveRefusal,
  EndedPrepaidItem,
  InsufficientBalanceRefusal,
  LapsedPrepaidItem,
  PrepaidAccount,
  PrepaidAccountOptions,
  PrepaidBooked,
  PrepaidBookingResult,
  PrepaidChargeEntry,
  PrepaidCycleDays,
  PrepaidEnd,
  PrepaidEvent,
  PrepaidItem,
  PrepaidItemBase,
  PrepaidItemKind,
  PrepaidLapse,
  PrepaidLedgerEntry,
  PrepaidOffer,
  PrepaidRefusal,
  PrepaidStep,
  PrepaidTopUpEntry,
} from './types.js';
export { openPrepaidAccount } from './openPrepaidAccount.js';
export { topUp } from './topUp.js';
export { bookPrepaidPackage } from './bookPrepaidPackage.js';
export { bookPrepaidOption } from './bookPrepaidOption.js';
export { cancelPrepaid } from './cancelPrepaid.js';
export { advancePrepaid } from './advancePrepaid.js';
