// prepaid: balance and ledger, four-week (or 30-day) periods that renew only while the balance covers them (R7, R8, R17); their withdrawal (R13, R31).
export type {
  ActivePrepaidItem,
  EndedPrepaidItem,
  LapsedPrepaidItem,
  PrepaidAccount,
  PrepaidAccountOptions,
  PrepaidBookOptions,
  PrepaidBookResult,
  PrepaidBooked,
  PrepaidChargeEntry,
  PrepaidCycleDays,
  PrepaidEndedNotice,
  PrepaidItem,
  PrepaidItemBase,
  PrepaidItemKind,
  PrepaidLapsedNotice,
  PrepaidLedgerEntry,
  PrepaidNotice,
  PrepaidOffer,
  PrepaidStep,
  PrepaidTopUpEntry,
  PrepaidWithdrawOptions,
  PrepaidWithdrawResult,
  PrepaidWithdrawalCreditEntry,
} from './types.js';
export { openPrepaidAccount } from './openPrepaidAccount.js';
export { topUp } from './topUp.js';
export { bookPrepaid } from './bookPrepaid.js';
export { cancelPrepaid } from './cancelPrepaid.js';
export { advancePrepaid } from './advancePrepaid.js';
export { withdrawPrepaid } from './withdrawPrepaid.js';
