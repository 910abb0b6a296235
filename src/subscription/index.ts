// subscription: one customer's contract, add-ons and options on one event log; apply, quote, advance, replay (R26).
export type {
  Advanced,
  Applied,
  ApplyResult,
  BookAddOnEvent,
  BookOptionEvent,
  CancelAddOnEvent,
  CancelEvent,
  CancelOptionEvent,
  ChangeAddOnQuantityEvent,
  ChargeEvent,
  DowngradeEvent,
  InitialAddOn,
  Replayed,
  ReplayRefusal,
  Subscription,
  SubscriptionEvent,
  SubscriptionEventType,
  SubscriptionInput,
  SubscriptionNotice,
  SubscriptionOrder,
  SwitchOptionEvent,
  TerminateEarlyEvent,
  UpgradeEvent,
  WithdrawAddOnEvent,
  WithdrawEvent,
  WithdrawOptionEvent,
} from './types.js';
export { createSubscription } from './createSubscription.js';
export { applyEvent } from './applyEvent.js';
export { quoteEvent, type ApplyResultLines, type QuoteResult } from './quoteEvent.js';
export { advance } from './advance.js';
export { replay } from './replay.js';
