import type { Temporal } from '@js-temporal/polyfill';
import { plainDateFromEpochDay } from '../calendar/epochDay.js';
import { ChangeState, changeQuantityIn } from './state.js';
import type { Line } from '../lines/types.js';
import type { AddOnAccount, ChangeAddOnQuantityRequest, ChangeAddOnQuantityResult, QuantityChangeKind } from './types.js';

class QuantityChange implements ChangeAddOnQuantityResult {
  declare readonly account: AddOnAccount;
  declare readonly kind: QuantityChangeKind;
  declare readonly effectiveFromDay: number;
  declare readonly lines: readonly Line[];

  constructor(account: AddOnAccount, kind: QuantityChangeKind, effectiveFromDay: number, lines: readonly Line[]) {
    this.account = account;
    this.kind = kind;
    this.effectiveFromDay = effectiveFromDay;
    this.lines = lines;
  }

  get effectiveFrom(): Temporal.PlainDate {
    return plainDateFromEpochDay(this.effectiveFromDay);
  }
}

/**
 * Changes the quantity of a booked add-on (R14). Raising it is immediate: the
 * extra units are usable at once and charged day-exact for the rest of the
 * current period, as a draft item (reason `quantityIncrease`). Lowering it takes
 * effect at the period's end: the next regular invoice charges the lower
 * quantity. Asking for the quantity in force drops a lowering still waiting.
 *
 * @param account - the add-on account
 * @param request - the booking, the new quantity and the day
 * @returns the new account, what happened (`increase`, `scheduled`, `unchanged`),
 *   the day the quantity applies from and the draft line of an increase
 * @throws TarifkitError `NOT_BOOKED` (field `request.bookingId`) for an unknown booking,
 *   `ALREADY_ENDED` for a booking ended or withdrawn, `INVALID_QUANTITY` for 0, a
 *   negative, fractional or NaN quantity, `INVALID_DATE`, `OUT_OF_SEQUENCE` for a day
 *   outside the invoiced period. On error nothing changes.
 * @example
 * ```ts
 * // 1 → 3 users on 2026-04-01 in the period [03-18, 04-18): 2 users for 17/31 days.
 * changeAddOnQuantity(account, { bookingId: 'users#1', quantity: 3, on: '2026-04-01' }).lines[0].cents; // 647
 * // 3 → 2 users on 2026-04-10: nothing now, 2 users from 2026-04-18.
 * changeAddOnQuantity(next, { bookingId: 'users#1', quantity: 2, on: '2026-04-10' }).kind; // "scheduled"
 * ```
 */
export function changeAddOnQuantity(account: AddOnAccount, request: ChangeAddOnQuantityRequest): ChangeAddOnQuantityResult {
  const state = new ChangeState(account, 0, 1);
  const { kind, fromDay, line } = changeQuantityIn(state, request.bookingId, request.quantity, request.on);
  return new QuantityChange(state.toAccount(), kind, fromDay, line === null ? NO_LINES : [line]);
}

const NO_LINES: readonly Line[] = Object.freeze([]);
