/**
 * A consumer's withdrawal of the contract itself (§355, §356, §357a BGB; R13, R31): the plan
 * ends on the withdrawal day with its add-ons and options, and what was invoiced for them is
 * credited back, whole, or after an express early start only for the days from the withdrawal on.
 *
 * @internal
 * @module
 */
import { dayOfIso, isoOf } from '../calendar/days.js';
import { withdrawnContract } from '../contract/decide.js';
import type { Invoice } from '../invoice/types.js';
import { reversed, splitAtWithdrawal, withdrawalCredits } from '../lines/build.js';
import type { Line } from '../lines/types.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { lastWithdrawalDay, owesValue } from '../rules/withdrawalDays.js';
import { netLines } from './corrections.js';
import { closeDay, contextOf, type Context, type Decision } from './engine.js';
import { subscriptionWith } from './record.js';
import type { Subscription } from './types.js';

/** The refs a contract withdrawal takes back: the plan's, and every add-on and option booking not withdrawn on its own. */
function refsOf(sub: Subscription): Set<string> {
  const refs = new Set<string>(['contract']);
  for (const booking of sub.addOns) if (booking.ending === null || booking.ending.kind !== 'withdrawn') refs.add(booking.id);
  for (const booking of sub.options) if (booking.ending === null || (booking.ending.kind !== 'withdrawn' && booking.ending.kind !== 'dropped')) refs.add(booking.id);
  return refs;
}

/**
 * Decides a withdrawal of the contract on `day`. A business contract has no withdrawal right:
 * NO_WITHDRAWAL_RIGHT. After the window (14 days from the start, or 12 months and 14 days
 * without a proper instruction, moved past weekends and holidays): WITHDRAWAL_WINDOW_CLOSED
 * with `lastDay`. Else the contract ends on `day`; every line invoiced for the plan, its add-ons
 * and its options is reversed by a `withdrawalCredit`, and the drafts waiting leave the next
 * invoice; after an express early start (with a proper instruction) the days before `day` stay
 * charged pro rata and only the rest is credited, so kept plus credited is what was billed.
 */
export function withdrawContract(sub: Subscription, context: Context, day: number): Decision | Refusal {
  const contract = sub.contract;
  const planId = (contract.versions[0] as { planId: string }).planId;
  if (contract.customer !== 'consumer') return refuse('NO_WITHDRAWAL_RIGHT', null, { planId, customer: contract.customer });
  const order = sub.order;
  const startDay = dayOfIso(contract.start);
  const last = lastWithdrawalDay(startDay, context.addOns.holidays, order.instructed !== false);
  if (day > last) return refuse('WITHDRAWAL_WINDOW_CLOSED', null, { planId, bookedOn: contract.start, lastDay: isoOf(last) });
  const early = owesValue(order);
  const refs = refsOf(sub);
  // What was invoiced for the plan and its bookings, with the corrections waiting, netted.
  const invoiced: Line[] = [];
  let corrected = false;
  for (const invoice of sub.invoices as readonly Invoice[]) {
    for (const line of invoice.lines) {
      if (line.ref === null || !refs.has(line.ref)) continue;
      invoiced.push(line);
      if (line.correction !== null) corrected = true;
    }
  }
  const pending: Line[] = [];
  const kept: Line[] = [];
  for (const line of sub.pending) {
    const ours = line.ref !== null && refs.has(line.ref);
    if (ours && line.correction !== null) {
      // A correction waiting is still invoiced, and what it corrects is credited as corrected.
      invoiced.push(line);
      pending.push(line);
      corrected = true;
    } else if (!ours) pending.push(line);
    else if (early) {
      // A draft never invoiced: it leaves the next invoice, and after an early start its used days replace it.
      const part = splitAtWithdrawal(line, day).kept;
      if (part !== null) kept.push(part);
    }
  }
  const lines: Line[] = [];
  for (const line of corrected ? netLines(invoiced) : invoiced) lines.push(...withdrawalCredits(line, day, early));
  lines.push(...kept);
  const ended = withdrawnContract(contract, day);
  // The final invoice comes on the withdrawal day, or the day after when that day's invoice is out already.
  const invoices = sub.invoices;
  const lastIssued = invoices.length === 0 ? null : (invoices[invoices.length - 1] as Invoice).issuedOn;
  const finalDay = lastIssued !== null && dayOfIso(lastIssued) >= day ? dayOfIso(lastIssued) + 1 : day;
  if (!early) {
    // The final invoice still bills the days used and not invoiced yet (in arrears): without value owed, they are credited too.
    const state = subscriptionWith(sub, ended, sub.addOns, sub.options, sub.events, sub.invoices, [], isoOf(finalDay), sub.advancedTo);
    const final = closeDay(state, contextOf(state), sub.options, [], finalDay);
    if (final !== null) {
      for (const line of final.lines) if (line.ref !== null && refs.has(line.ref)) lines.push(reversed(line, 'withdrawalCredit', null));
    }
  }
  for (const line of lines) pending.push(line);
  return {
    ok: true, contract: ended, addOns: sub.addOns, options: sub.options, pending, nextInvoiceOn: isoOf(finalDay),
    lines, effectiveDay: day, bookingId: null,
  };
}
