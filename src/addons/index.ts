// addons: add-ons per unit on the subscription's cycle, drafts, quantity changes, cancellation, list view (R14, R15), withdrawal (R16).
export type {
  AddOnAccount,
  AddOnAccountInput,
  AddOnBooking,
  AddOnChange,
  AddOnChangeRefusal,
  AddOnChangesResult,
  AddOnDefinition,
  AddOnLedger,
  AddOnPeriodClose,
  AddOnRow,
  AddOnStatus,
  AddOnTermination,
  AddOnWithdrawal,
  AddOnWithdrawalRefusal,
  BaseCharge,
  BookAddOnRequest,
  BookAddOnResult,
  CancelAddOnRequest,
  CancelAddOnResult,
  ChangeAddOnQuantityRequest,
  ChangeAddOnQuantityResult,
  DraftLine,
  QuantityChangeKind,
  ScheduledQuantity,
  WithdrawAddOnOptions,
  WithdrawAddOnRequest,
  WithdrawAddOnResult,
} from './types.js';
export { createAddOnAccount } from './createAddOnAccount.js';
export { bookAddOn } from './bookAddOn.js';
export { changeAddOnQuantity } from './changeAddOnQuantity.js';
export { cancelAddOn } from './cancelAddOn.js';
export { withdrawAddOn } from './withdrawAddOn.js';
export { applyAddOnChanges } from './applyAddOnChanges.js';
export { invoicedAddOnLines } from './invoicedAddOnLines.js';
export { closeAddOnPeriod } from './closeAddOnPeriod.js';
export { listAddOns } from './listAddOns.js';
export { formatAddOnRow } from './formatAddOnRow.js';
