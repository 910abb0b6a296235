import type { DateInput } from '../calendar/types.js';
import { fail, optionsOf } from '../errors/fail.js';
import { refuse } from '../refusal/refuse.js';
import { instructedOf } from '../rules/withdrawalDays.js';
import { accountOf, cycleOf, offerOf, type Slot } from './account.js';
import { actionDay, bookedRecord, charge, finishBooked, setItem, settleBefore, startWork } from './engine.js';
import type { ActivePrepaidItem, PrepaidAccount, PrepaidBookOptions, PrepaidBookResult, PrepaidItemKind, PrepaidOffer } from './types.js';

/**
 * Books a package or an option on a prepaid account (R7, R8, R17): its first
 * period of 28 (or 30) days starts on the booking day and is paid from the
 * balance at once; it then renews itself at each of its own period ends while
 * the balance covers the price. The renewals due before `on` are settled
 * first; the booking comes before the renewals due on `on` itself unless the
 * account was already advanced to that day (see {@link advancePrepaid}).
 *
 * An account holds at most one active package; options (`kind: 'option'`) run
 * each on its own cycle from its own booking day, so options booked on the 5th
 * and the 10th keep separate periods (R8). Booking an id again after a lapse or
 * an end starts a new cycle from the booking day; lapsed days are never charged.
 *
 * @param account - the account
 * @param offer - the package or option: id, name, `unitCents` (the gross price of one period),
 *   VAT rate, `cycleDays` 28 (default) or 30, in the account's currency
 * @param on - the booking day; not before `account.advancedTo`
 * @param options - `kind`: `package` (default) or `option`; `instructed: false` when the customer
 *   got no proper withdrawal instruction (§356(3) BGB), `earlyStart: true` for an express early
 *   start (§357a(2) BGB): both decide a later {@link withdrawPrepaid} (R31)
 * @returns `{ ok: true, account, lines, notices, item }`, or a refusal: `INSUFFICIENT_BALANCE`
 *   (details `missingCents`, `balanceCents`, `priceCents`) or `ALREADY_ACTIVE` (this id, or for a
 *   package another package, is active; `allowedFrom` is its end once it is cancelled)
 * @throws TarifkitError `INVALID_ITEM` / `INVALID_AMOUNT` / `INVALID_VAT_RATE` for a bad offer,
 *   `INVALID_CYCLE` for a cycle other than 28 or 30 days (field `offer.cycleDays`),
 *   `CURRENCY_MISMATCH` (field `offer.currency`), `DUPLICATE_ID` when the id was booked as the
 *   other kind (field `offer.id`), `INVALID_ARGUMENT` for an account that is none or a bad
 *   `options.kind`, `options.instructed` or `options.earlyStart`, `INVALID_DATE`, `OUT_OF_ORDER` for a day before `account.advancedTo` or before
 *   an action already recorded (field `on`)
 * @example
 * ```ts
 * import { bookPrepaid, openPrepaidAccount, topUp } from 'tarifkit';
 *
 * const offer = { id: 'basic-s', name: 'Prepaid Basic S', unitCents: 999, vatRate: 19 } as const;
 * const empty = bookPrepaid(openPrepaidAccount('2026-01-31'), offer, '2026-01-31');
 * empty.ok;                                    // false
 * if (!empty.ok) empty.details.missingCents;   // 999
 * const booked = bookPrepaid(topUp(openPrepaidAccount('2026-01-31'), 2500, '2026-01-31').account, offer, '2026-01-31');
 * if (booked.ok) {
 *   booked.item.period;                // { start: "2026-01-31", end: "2026-02-28" }
 *   booked.account.balanceCents;       // 1501
 *   booked.lines[0]?.cents;            // 999
 * }
 * ```
 */
export function bookPrepaid(account: PrepaidAccount, offer: PrepaidOffer, on: DateInput, options?: PrepaidBookOptions): PrepaidBookResult {
  const known = accountOf(account);
  const currency = known.currency;
  const item = offerOf(offer, 'offer', currency);
  const data = optionsOf(options);
  const kind = data.kind ?? 'package';
  if (kind !== 'package' && kind !== 'option') fail('INVALID_ARGUMENT', 'options.kind', kind, { allowed: ['package', 'option'] });
  const instructed = instructedOf(data.instructed);
  const earlyStart = data.earlyStart;
  if (earlyStart !== undefined && typeof earlyStart !== 'boolean') fail('INVALID_ARGUMENT', 'options.earlyStart', earlyStart);
  const day = actionDay(known, on);
  const work = startWork(known, 'on');
  settleBefore(work, day);
  const id = item.id;
  let slot = -1;
  for (let i = 0; i < work.items.length; i += 1) {
    const booked = work.items[i]!;
    if (booked.id === id) {
      if (booked.kind !== kind) fail('DUPLICATE_ID', 'offer.id', id, { bookedAs: booked.kind });
      slot = i;
    }
    if (booked.status === 'active' && (booked.id === id || (kind === 'package' && booked.kind === 'package'))) {
      return refuse('ALREADY_ACTIVE', booked.renews ? null : work.slots[i]!.endDay, { itemId: id, name: item.name, activeId: booked.id });
    }
  }
  const price = item.unitCents;
  if (work.balanceCents < price) {
    return refuse('INSUFFICIENT_BALANCE', null, {
      itemId: id, name: item.name, priceCents: price, balanceCents: work.balanceCents, missingCents: price - work.balanceCents, currency,
    });
  }
  const period = charge(work, item, day, 'periodCharge');
  const booked: Slot = { bookedDay: day, startDay: day, endDay: day + cycleOf(item), periodsPaid: 1, period };
  const record: ActivePrepaidItem = bookedRecord(kind as PrepaidItemKind, item, booked, { instructed, earlyStart });
  setItem(work, slot >= 0 ? slot : work.items.length, record, booked);
  return finishBooked(work, record);
}

