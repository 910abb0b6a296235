// rules: the 48-hour deadline in a named zone and the 14-day withdrawal window, public holidays skipped (R12, R13, R30).
export type { DeadlineOptions, EffectiveEnd, InstantInput, InstantLike, WithdrawalAllowed, WithdrawalOptions } from './types.js';
export { withdrawalWindow } from './withdrawalWindow.js';
export { checkWithdrawal } from './checkWithdrawal.js';
export { cancellationDeadline } from './cancellationDeadline.js';
export { effectiveEndFor } from './effectiveEndFor.js';
