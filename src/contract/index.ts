// contract: plan contracts, their terms and versions, quote and apply of upgrades, downgrades and cancellations (R1–R5, W1, R25).
export type {
  AlreadyCancelledRefusal,
  AppliedChange,
  ApplyResult,
  Cancellation,
  CancelEvent,
  CancelQuote,
  ChangeOptions,
  ChangeQuote,
  ChangeQuoteBase,
  ChangeRefused,
  ConfigurationChange,
  ConsumerTermsCheck,
  ConsumerTermsFinding,
  Contract,
  ContractEndsFirstRefusal,
  ContractEvent,
  ContractEventType,
  ContractRefusal,
  ContractRefusalBase,
  ContractRefusalReason,
  ContractVersion,
  CreateContractInput,
  DowngradeEvent,
  DowngradeQuote,
  EventBase,
  IncompatiblePlanRefusal,
  NoSpecialTerminationRightRefusal,
  NotADowngradeRefusal,
  NotAnUpgradeRefusal,
  OptionsNotChangeableRefusal,
  QuoteResult,
  TerminateEarlyEvent,
  UpgradeEvent,
  UpgradeQuote,
  VersionCause,
} from './types.js';
export { createContract } from './createContract.js';
export { quoteChange } from './quoteChange.js';
export { applyEvent } from './applyEvent.js';
export { termAt } from './termAt.js';
export { versionAt } from './versionAt.js';
export { checkConsumerTerms } from './checkConsumerTerms.js';
