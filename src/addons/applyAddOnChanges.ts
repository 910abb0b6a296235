import { fail } from '../errors/fail.js';
import { TarifkitError } from '../errors/TarifkitError.js';
import { bookIn, cancelIn, ChangeState, changeQuantityIn, withdrawIn } from './state.js';
import type { AddOnAccount, AddOnBooking, AddOnChange, AddOnChangeRefusal, AddOnChangesResult, WithdrawAddOnOptions } from './types.js';

const NO_REFUSALS: readonly AddOnChangeRefusal[] = Object.freeze([]);

/**
 * Applies a run of add-on changes in order (R14–R16): what a month of
 * bookings, quantity changes, cancellations and withdrawals, read from
 * storage, does to an account. Each change follows the rules of its own
 * function ({@link bookAddOn}, {@link changeAddOnQuantity}, {@link cancelAddOn},
 * {@link withdrawAddOn}), and the result is the account those calls one after
 * another would give; the run just builds no account in between.
 *
 * A change may name a booking made earlier in the same run: booking ids are
 * `"<addOnId>#<n>"`, numbered per account. A withdrawal after its window is
 * refused as a value (listed in `refusals`) and the run goes on.
 *
 * @param account - the add-on account
 * @param changes - the changes, in date order
 * @param options - the holiday calendar for withdrawals (§193 BGB)
 * @returns the account after all changes, the ids of the bookings made and the refused withdrawals
 * @throws TarifkitError the first bad change's error (the codes of the four
 *   functions), its field named from the list: `changes.<i>.on`,
 *   `changes.<i>.quantity`, ...; `UNKNOWN_EVENT` with field `changes.<i>.type`
 *   for an unknown type (`changes.<i>` for a change that is no object) and with
 *   field `changes` for a value that is not a list. On error nothing changes:
 *   no part of the run is kept.
 * @example
 * ```ts
 * // Billed monthly from the 18th: an extra user on 2026-03-18, raised to 3 on 2026-04-01.
 * const { account: next, bookingIds } = applyAddOnChanges(account, [
 *   { type: 'book', addOnId: 'users', quantity: 1, on: '2026-03-18' },
 *   { type: 'changeQuantity', bookingId: 'users#1', quantity: 3, on: '2026-04-01' },
 * ]);
 * bookingIds; // ["users#1"]
 * next.drafts.map((draft) => draft.line.cents); // [590, 647]
 * applyAddOnChanges(account, [{ type: 'book', addOnId: 'users', quantity: 0, on: '2026-03-18' }]); // throws INVALID_QUANTITY (field changes.0.quantity)
 * ```
 */
export function applyAddOnChanges(
  account: AddOnAccount,
  changes: readonly AddOnChange[],
  options: WithdrawAddOnOptions = {},
): AddOnChangesResult {
  if (!Array.isArray(changes)) fail('UNKNOWN_EVENT', 'changes', changes);
  // Room for what the run adds: a booking per `book`, a draft per `book` or raise (credit notes grow the list).
  let books = 0;
  let raises = 0;
  for (let i = 0; i < changes.length; i += 1) {
    const type = (changes[i] as { type?: unknown } | null)?.type;
    if (type === 'book') books += 1;
    else if (type === 'changeQuantity') raises += 1;
  }
  const state = new ChangeState(account, books, books + raises);
  let refusals: AddOnChangeRefusal[] | null = null;
  const n = changes.length;
  for (let i = 0; i < n; i += 1) {
    const change = changes[i] as AddOnChange;
    try {
      if (typeof change !== 'object' || change === null) fail('UNKNOWN_EVENT', 'request', change);
      switch (change.type) {
        case 'book':
          bookIn(state, change.addOnId, change.quantity, change.on);
          break;
        case 'changeQuantity':
          changeQuantityIn(state, change.bookingId, change.quantity, change.on);
          break;
        case 'cancel':
          cancelIn(state, change.bookingId, change.on);
          break;
        case 'withdraw': {
          const result = withdrawIn(state, change.bookingId, change.on, options.holidays);
          if (!result.ok) (refusals ??= []).push({ index: i, refusal: result });
          break;
        }
        default:
          throw new TarifkitError('UNKNOWN_EVENT', { field: 'request.type', value: (change as { type?: unknown }).type });
      }
    } catch (error) {
      throw inRun(error, i);
    }
  }
  return new ChangesApplied(state.toAccount(), account.bookings.length, refusals ?? NO_REFUSALS);
}

/** The outcome of a run; the ids of the bookings it made are read off the new account when asked for. */
class ChangesApplied implements AddOnChangesResult {
  declare readonly account: AddOnAccount;
  declare readonly refusals: readonly AddOnChangeRefusal[];
  /** How many bookings the account had before the run: the run's bookings follow them. */
  #before: number;

  constructor(account: AddOnAccount, before: number, refusals: readonly AddOnChangeRefusal[]) {
    this.account = account;
    this.refusals = refusals;
    this.#before = before;
  }

  get bookingIds(): readonly string[] {
    const bookings = this.account.bookings;
    const ids: string[] = [];
    for (let i = this.#before; i < bookings.length; i += 1) ids.push((bookings[i] as AddOnBooking).id);
    return ids;
  }

  toJSON(): Record<string, unknown> {
    return { account: this.account, bookingIds: this.bookingIds, refusals: this.refusals };
  }
}

/** The error of change `index` with its field named from the list: `request.on` becomes `changes.<index>.on`. */
function inRun(error: unknown, index: number): unknown {
  if (!(error instanceof TarifkitError)) return error;
  const field = error.details.field;
  if (field !== 'request' && !field.startsWith('request.')) return error;
  return new TarifkitError(error.code, { ...error.details, field: `changes.${index}${field.slice('request'.length)}` }, { cause: error });
}
