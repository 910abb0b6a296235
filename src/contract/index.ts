// contract: terms, versions, cancellation, the contract's own period lines, consumer-law check (R1–R5, R25, W1).
export type { Cancellation, Contract, ContractLinesOptions, ContractVersion, TermStatus, VersionCause } from './types.js';
export { contractLines } from './contractLines.js';
export { termAt } from './termAt.js';
export { checkConsumerTerms, type ConsumerTermsCheck, type ConsumerTermsFinding } from './checkConsumerTerms.js';
