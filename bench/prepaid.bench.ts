/**
 * bench prepaid: a year of prepaid renewals (R7, R17) for 100,000 accounts with
 * random, seeded top-ups, through the public API (`openPrepaidAccount`,
 * `topUp`, `bookPrepaid`, `advancePrepaid`), against hand-written integer code
 * that keeps the same ledger and writes the same lines.
 *
 * Each account: an opening top-up and a four-week (10 %: 30-day legacy)
 * package on 2026-01-01; half of them an option on its own 28-day cycle from a
 * day in the first two months (refused when the balance does not cover it);
 * 0 to 8 top-ups on random days; whenever a top-up finds the package gone and
 * the balance covers it, the package is booked again (a new cycle). At the end
 * every account is advanced to 2027-01-01 (inclusive).
 *
 * Both sides read the same input records, built before timing: days as ISO
 * text, amounts in integer cents, the offers as plain priced items. Both write
 * what the library returns: each operation's charge lines (reason, item,
 * quantity, cents, range and period as ISO text, days, ref), its lapse notices
 * and refusals, and at the end the balance, the ledger (top-ups and charges,
 * with ISO days and periods) and the items' states. The check compares all of
 * it, account by account, before timing; the timed rounds fold it into a
 * checksum.
 */
import {
  advancePrepaid,
  bookPrepaid,
  openPrepaidAccount,
  topUp,
  type Line,
  type PrepaidAccount,
  type PrepaidBookResult,
  type PrepaidItem,
  type PrepaidLedgerEntry,
  type PrepaidOffer,
  type PrepaidStep,
} from '../src/index.js';
import { civilToDays, dayOfIso, iso, isoDay } from './baseline.js';
import { firstDifference, mix, runBench, seeded } from './harness.js';
import { isoWord } from './cycles.js';

const ACCOUNTS = Number(process.env['BENCH_CUSTOMERS'] ?? 100_000);
const START = civilToDays(2026, 1, 1);
const END = START + 365;

const PACKAGE_PRICES = [799, 999, 1499];
const OPTION_PRICES = [199, 299, 499];
const TOP_UPS = [500, 1000, 1500, 2000, 2500];

/** One account's workload, as both sides read it. */
interface Workload {
  readonly startIso: string;
  readonly endIso: string;
  readonly openCents: number;
  readonly packageOffer: PrepaidOffer;
  readonly optionOffer: PrepaidOffer | null;
  readonly optionIso: string;
  readonly topUpIsos: readonly string[];
  readonly topUpCents: readonly number[];
}

function build(): Workload[] {
  const random = seeded(5);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const offers = new Map<string, PrepaidOffer>();
  const offer = (id: string, cents: number, cycleDays: 28 | 30): PrepaidOffer => {
    const key = `${id}/${cents}/${cycleDays}`;
    let value = offers.get(key);
    if (value === undefined) offers.set(key, (value = Object.freeze({ id, name: id === 'package' ? 'Prepaid-Paket' : 'Prepaid-Option', unitCents: cents, vatRate: 19, cycleDays })));
    return value;
  };
  const texts = new Map<number, string>();
  const text = (day: number): string => {
    let value = texts.get(day);
    if (value === undefined) texts.set(day, (value = iso(day)));
    return value;
  };
  const workloads: Workload[] = [];
  for (let a = 0; a < ACCOUNTS; a += 1) {
    const openCents = 1000 + 500 * Math.floor(random() * 5);
    const packageCents = pick(PACKAGE_PRICES);
    const packageDays: 28 | 30 = random() < 0.1 ? 30 : 28;
    const optionCents = random() < 0.5 ? pick(OPTION_PRICES) : 0;
    const optionDay = START + Math.floor(random() * 60);
    const count = Math.floor(random() * 9);
    const days: number[] = [];
    for (let i = 0; i < count; i += 1) days.push(START + 1 + Math.floor(random() * 364));
    days.sort((x, y) => x - y);
    workloads.push({
      startIso: text(START),
      endIso: text(END),
      openCents,
      packageOffer: offer('package', packageCents, packageDays),
      optionOffer: optionCents > 0 ? offer('option', optionCents, 28) : null,
      optionIso: text(optionDay),
      topUpIsos: days.map(text),
      topUpCents: days.map(() => pick(TOP_UPS)),
    });
  }
  return workloads;
}

const workloads = build();

/* ------------------------------------------------------------------ */
/* The library side.                                                   */
/* ------------------------------------------------------------------ */

/** What the check compares per account. */
interface Outputs {
  /** Per operation: its lines and notices, or its refusal. */
  readonly steps: unknown[];
  final: unknown;
}

function foldLine(sum: number, line: Line): number {
  const range = line.range as { readonly start: string; readonly end: string };
  sum = mix(sum, line.cents);
  sum = mix(sum, line.days * 64 + line.quantity);
  sum = mix(sum, line.reason.length * 64 + line.item.id.length);
  return mix(sum, isoWord(range.start) + isoWord((line.period as { readonly end: string }).end) * 4096);
}

function foldStep(sum: number, step: PrepaidStep, sink: Outputs | null): number {
  for (const line of step.lines) sum = foldLine(sum, line);
  for (const notice of step.notices) {
    sum = mix(sum, isoWord(notice.on) + notice.itemId.length);
    if (notice.type === 'prepaidLapsed') sum = mix(sum, notice.missingCents * 8 + notice.balanceCents);
  }
  sink?.steps.push({
    lines: step.lines.map((line) => [line.reason, line.item.id, line.quantity, line.cents, line.range?.start, line.range?.end, line.period?.start, line.period?.end, line.days, line.ref]),
    notices: step.notices.map((notice) => [notice.type, notice.on, notice.itemId, notice.type === 'prepaidLapsed' ? notice.missingCents : 0, notice.type === 'prepaidLapsed' ? notice.balanceCents : 0]),
  });
  return sum;
}

function foldBooking(sum: number, result: PrepaidBookResult, sink: Outputs | null): number {
  if (result.ok) return foldStep(sum, result, sink);
  const missing = result.details.missingCents as number;
  sink?.steps.push({ refused: result.reason, missingCents: missing });
  return mix(sum, result.reason.length * 100_000 + missing);
}

function foldAccount(sum: number, account: PrepaidAccount, sink: Outputs | null): number {
  sum = mix(sum, account.balanceCents);
  for (const entry of account.ledger) {
    sum = mix(sum, isoWord(entry.on) + entry.cents * 4096);
    sum = mix(sum, entry.balanceAfterCents);
    if (entry.type === 'charge') sum = mix(sum, isoWord(entry.period.end) + entry.itemId.length);
  }
  for (const item of account.items) sum = mix(sum, item.periodsPaid * 64 + isoWord(item.period.start) + item.status.length);
  if (sink !== null) {
    sink.final = {
      balance: account.balanceCents,
      ledger: account.ledger.map((entry: PrepaidLedgerEntry) => (entry.type === 'topUp'
        ? ['topUp', entry.on, entry.cents, entry.balanceAfterCents]
        : entry.type === 'withdrawalCredit'
          ? ['withdrawalCredit', entry.on, entry.cents, entry.balanceAfterCents, entry.itemId]
          : ['charge', entry.on, entry.cents, entry.balanceAfterCents, entry.itemId, entry.reason, entry.period.start, entry.period.end])),
      items: account.items.map((item: PrepaidItem) => [item.kind, item.id, item.status, item.period.start, item.period.end, item.periodsPaid,
        item.status === 'lapsed' ? item.lapsedFrom : null, item.status === 'lapsed' ? item.missingCents : 0]),
    };
  }
  return sum;
}

function hasActivePackage(account: PrepaidAccount): boolean {
  for (const item of account.items) if (item.kind === 'package' && item.status === 'active') return true;
  return false;
}

/** One account's year through the public API. */
function libraryAccount(w: Workload, sum: number, sink: Outputs | null): number {
  let account = openPrepaidAccount(w.startIso);
  const opened = topUp(account, w.openCents, w.startIso);
  sum = foldStep(sum, opened, sink);
  account = opened.account;
  const booked = bookPrepaid(account, w.packageOffer, w.startIso);
  sum = foldBooking(sum, booked, sink);
  if (booked.ok) account = booked.account;
  let optionPending = w.optionOffer !== null;
  const topUps = w.topUpIsos.length;
  for (let i = 0; i <= topUps; i += 1) {
    // ISO dates order as text: the driver reads the same texts as the baseline.
    const day = i < topUps ? (w.topUpIsos[i] as string) : w.endIso;
    if (optionPending && w.optionIso <= day) {
      optionPending = false;
      const option = bookPrepaid(account, w.optionOffer as PrepaidOffer, w.optionIso, { kind: 'option' });
      sum = foldBooking(sum, option, sink);
      if (option.ok) account = option.account;
    }
    if (i === topUps) break;
    const step = topUp(account, w.topUpCents[i] as number, w.topUpIsos[i] as string);
    sum = foldStep(sum, step, sink);
    account = step.account;
    // The workload's rule, as in the baseline: book the package again when it is gone and affordable.
    if (account.balanceCents >= w.packageOffer.unitCents && !hasActivePackage(account)) {
      const again = bookPrepaid(account, w.packageOffer, w.topUpIsos[i] as string);
      if (!again.ok) throw new Error(`the library refused a booking the baseline makes: ${again.reason}`);
      sum = foldBooking(sum, again, sink);
      account = again.account;
    }
  }
  const last = advancePrepaid(account, w.endIso);
  sum = foldStep(sum, last, sink);
  return foldAccount(sum, last.account, sink);
}

/* ------------------------------------------------------------------ */
/* The baseline: the same year by hand, on integers.                   */
/* ------------------------------------------------------------------ */

/** A booked item: plain integers, and its offer record as read. */
interface PlainItem {
  readonly kind: 'package' | 'option';
  readonly offer: PrepaidOffer;
  readonly price: number;
  readonly cycle: number;
  bookedDay: number;
  start: number;
  end: number;
  periodsPaid: number;
  active: boolean;
  missing: number;
}

/** A ledger entry with its days as ISO text, as the account keeps it. */
interface PlainEntry {
  readonly topUp: boolean;
  readonly on: string;
  readonly cents: number;
  readonly balanceAfter: number;
  readonly itemId: string;
  readonly reason: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

/** A charge line with its days as ISO text. */
interface PlainLine {
  readonly reason: string;
  readonly itemId: string;
  readonly cents: number;
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

interface PlainNotice {
  readonly on: string;
  readonly itemId: string;
  readonly missing: number;
  readonly balance: number;
}

/** One account's state and what the current operation wrote. */
interface PlainAccount {
  balance: number;
  readonly items: PlainItem[];
  readonly ledger: PlainEntry[];
  lines: PlainLine[];
  notices: PlainNotice[];
  refusal: string;
  missing: number;
}

function charge(acc: PlainAccount, item: PlainItem, start: number, reason: string): void {
  acc.balance -= item.price;
  const startText = isoDay(start);
  const endText = isoDay(start + item.cycle);
  acc.ledger.push({ topUp: false, on: startText, cents: item.price, balanceAfter: acc.balance, itemId: item.offer.id, reason, periodStart: startText, periodEnd: endText });
  acc.lines.push({ reason, itemId: item.offer.id, cents: item.price, start: startText, end: endText, days: item.cycle });
}

/**
 * Settles the renewals due before `day` (and on it, with `through`): earliest
 * first; on one day the package first, then the earlier booking, then the smaller id.
 */
function settle(acc: PlainAccount, day: number, through: boolean): void {
  for (;;) {
    let best: PlainItem | null = null;
    for (const item of acc.items) {
      if (!item.active || item.end > day || (item.end === day && !through)) continue;
      if (best === null || item.end < best.end || (item.end === best.end && (item.kind !== best.kind
        ? item.kind === 'package'
        : item.bookedDay !== best.bookedDay ? item.bookedDay < best.bookedDay : item.offer.id < best.offer.id))) best = item;
    }
    if (best === null) return;
    if (acc.balance >= best.price) {
      charge(acc, best, best.end, 'renewal');
      best.start = best.end;
      best.end += best.cycle;
      best.periodsPaid += 1;
    } else {
      best.active = false;
      best.missing = best.price - acc.balance;
      acc.notices.push({ on: isoDay(best.end), itemId: best.offer.id, missing: best.missing, balance: acc.balance });
    }
  }
}

/** Books an offer on `day` (R7, R17): its first period paid at once, or a refusal. */
function book(acc: PlainAccount, offer: PrepaidOffer, kind: 'package' | 'option', day: number): boolean {
  settle(acc, day, false);
  let slot = -1;
  for (let i = 0; i < acc.items.length; i += 1) {
    const item = acc.items[i] as PlainItem;
    if (item.offer.id === offer.id) slot = i;
    if (item.active && (item.offer.id === offer.id || (kind === 'package' && item.kind === 'package'))) {
      acc.refusal = 'ALREADY_ACTIVE';
      return false;
    }
  }
  if (acc.balance < offer.unitCents) {
    acc.refusal = 'INSUFFICIENT_BALANCE';
    acc.missing = offer.unitCents - acc.balance;
    return false;
  }
  const cycle = offer.cycleDays ?? 28;
  const item: PlainItem = { kind, offer, price: offer.unitCents, cycle, bookedDay: day, start: day, end: day + cycle, periodsPaid: 1, active: true, missing: 0 };
  if (slot >= 0) acc.items[slot] = item;
  else acc.items.push(item);
  charge(acc, item, day, 'periodCharge');
  return true;
}

function addTopUp(acc: PlainAccount, day: number, cents: number): void {
  settle(acc, day, false);
  acc.balance += cents;
  acc.ledger.push({ topUp: true, on: isoDay(day), cents, balanceAfter: acc.balance, itemId: '', reason: '', periodStart: '', periodEnd: '' });
}

/**
 * Folds (and with a sink, records) what the last operation wrote, then starts a
 * new one. A refused booking reports only its refusal: the renewals it settled
 * first are reported by the next operation, as the library (which keeps nothing
 * of a refused call) settles them again there.
 */
function foldPlainStep(sum: number, acc: PlainAccount, ok: boolean, sink: Outputs | null): number {
  if (!ok) {
    sink?.steps.push({ refused: acc.refusal, missingCents: acc.missing });
    sum = mix(sum, acc.refusal.length * 100_000 + acc.missing);
    acc.missing = 0;
    return sum;
  } else {
    for (const line of acc.lines) {
      sum = mix(sum, line.cents);
      sum = mix(sum, line.days * 64 + 1);
      sum = mix(sum, line.reason.length * 64 + line.itemId.length);
      sum = mix(sum, isoWord(line.start) + isoWord(line.end) * 4096);
    }
    for (const notice of acc.notices) {
      sum = mix(sum, isoWord(notice.on) + notice.itemId.length);
      sum = mix(sum, notice.missing * 8 + notice.balance);
    }
    sink?.steps.push({
      lines: acc.lines.map((line) => [line.reason, line.itemId, 1, line.cents, line.start, line.end, line.start, line.end, line.days, line.itemId]),
      notices: acc.notices.map((notice) => ['prepaidLapsed', notice.on, notice.itemId, notice.missing, notice.balance]),
    });
  }
  acc.lines = [];
  acc.notices = [];
  acc.missing = 0;
  return sum;
}

function baselineAccount(w: Workload, sum: number, sink: Outputs | null): number {
  const acc: PlainAccount = { balance: 0, items: [], ledger: [], lines: [], notices: [], refusal: '', missing: 0 };
  const start = dayOfIso(w.startIso);
  addTopUp(acc, start, w.openCents);
  sum = foldPlainStep(sum, acc, true, sink);
  sum = foldPlainStep(sum, acc, book(acc, w.packageOffer, 'package', start), sink);
  let optionPending = w.optionOffer !== null;
  const topUps = w.topUpIsos.length;
  for (let i = 0; i <= topUps; i += 1) {
    const day = i < topUps ? (w.topUpIsos[i] as string) : w.endIso;
    if (optionPending && w.optionIso <= day) {
      optionPending = false;
      sum = foldPlainStep(sum, acc, book(acc, w.optionOffer as PrepaidOffer, 'option', dayOfIso(w.optionIso)), sink);
    }
    if (i === topUps) break;
    const topUpDay = dayOfIso(w.topUpIsos[i] as string);
    addTopUp(acc, topUpDay, w.topUpCents[i] as number);
    sum = foldPlainStep(sum, acc, true, sink);
    let activePackage = false;
    for (const item of acc.items) if (item.kind === 'package' && item.active) activePackage = true;
    if (acc.balance >= w.packageOffer.unitCents && !activePackage) {
      if (!book(acc, w.packageOffer, 'package', topUpDay)) throw new Error('baseline: a booking refused');
      sum = foldPlainStep(sum, acc, true, sink);
    }
  }
  settle(acc, dayOfIso(w.endIso), true);
  sum = foldPlainStep(sum, acc, true, sink);
  // The account at the end: balance, ledger, items.
  sum = mix(sum, acc.balance);
  for (const entry of acc.ledger) {
    sum = mix(sum, isoWord(entry.on) + entry.cents * 4096);
    sum = mix(sum, entry.balanceAfter);
    if (!entry.topUp) sum = mix(sum, isoWord(entry.periodEnd) + entry.itemId.length);
  }
  const status = (item: PlainItem): string => (item.active ? 'active' : 'lapsed');
  for (const item of acc.items) sum = mix(sum, item.periodsPaid * 64 + isoWord(isoDay(item.start)) + status(item).length);
  if (sink !== null) {
    sink.final = {
      balance: acc.balance,
      ledger: acc.ledger.map((entry) => (entry.topUp
        ? ['topUp', entry.on, entry.cents, entry.balanceAfter]
        : ['charge', entry.on, entry.cents, entry.balanceAfter, entry.itemId, entry.reason, entry.periodStart, entry.periodEnd])),
      items: acc.items.map((item) => [item.kind, item.offer.id, status(item), isoDay(item.start), isoDay(item.start + item.cycle), item.periodsPaid,
        item.active ? null : isoDay(item.end), item.missing]),
    };
  }
  return sum;
}

/* ------------------------------------------------------------------ */
/* The run.                                                            */
/* ------------------------------------------------------------------ */

runBench({
  name: 'prepaid',
  target: 3,
  check: () => {
    let steps = 0;
    for (let a = 0; a < workloads.length; a += 1) {
      const fromLibrary: Outputs = { steps: [], final: null };
      const fromBaseline: Outputs = { steps: [], final: null };
      libraryAccount(workloads[a] as Workload, 0, fromLibrary);
      baselineAccount(workloads[a] as Workload, 0, fromBaseline);
      const difference = firstDifference(fromLibrary, fromBaseline);
      if (difference !== null) return `account ${a}: ${difference}`;
      steps += fromLibrary.steps.length;
    }
    console.log(`  prepaid: ${workloads.length.toLocaleString('en')} accounts, ${steps.toLocaleString('en')} operations (lines, notices, refusals) and every final ledger agree`);
    return null;
  },
  library: () => {
    let sum = 0;
    for (let a = 0; a < workloads.length; a += 1) sum = libraryAccount(workloads[a] as Workload, sum, null);
    return sum;
  },
  baseline: () => {
    let sum = 0;
    for (let a = 0; a < workloads.length; a += 1) sum = baselineAccount(workloads[a] as Workload, sum, null);
    return sum;
  },
});
