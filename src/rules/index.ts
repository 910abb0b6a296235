// rules: the 48-hour cancellation and switch deadline (R12); the 14-day withdrawal window with §187/§193 BGB (R13, R16).
export type { DeadlineOptions, EffectiveEnd, InstantInput, WithdrawalCheck, WithdrawalOptions } from './types.js';
export { withdrawalWindow } from './withdrawalWindow.js';
export { checkWithdrawal } from './checkWithdrawal.js';
export { cancellationDeadline } from './cancellationDeadline.js';
export { effectiveEndFor } from './effectiveEndFor.js';
