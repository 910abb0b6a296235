// rules: the 48-hour cancellation and switch deadline (R12), the 14-day withdrawal window with §187/§193 BGB (R13, R16).
export type { WithdrawalCheck, WithdrawalOptions } from './types.js';
export { withdrawalWindow } from './withdrawalWindow.js';
export { checkWithdrawal } from './checkWithdrawal.js';
