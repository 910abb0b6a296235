// contract: terms, versions, cancellation, the contract's own period lines, consumer and telecom law (R1–R5, R25, R32, W1).
export type {
  Cancellation,
  Contract,
  ContractLinesOptions,
  ContractVersion,
  PriceChangeAccepted,
  PriceChangeInput,
  PriceChangeOptions,
  TermStatus,
  VersionCause,
} from './types.js';
export { contractLines } from './contractLines.js';
export { termAt } from './termAt.js';
export { checkConsumerTerms, type ConsumerTermsCheck, type ConsumerTermsFinding } from './checkConsumerTerms.js';
export { checkPriceChange } from './checkPriceChange.js';
