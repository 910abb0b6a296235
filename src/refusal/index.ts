// refusal: the one shape of every business refusal.
export type { Refusal, RefusalDetails, RefusalReason } from './types.js';
