/**
 * A year of prepaid renewals (R7, R17) for 100,000 accounts with random,
 * seeded top-ups: the library against a hand-written integer baseline. Both
 * must give the same final balances and the same number of paid renewals.
 *
 * Each account: an opening top-up and a four-week (10 %: 30-day legacy)
 * package on day 0; half of them an option on its own 28-day cycle from a day
 * in the first two months; 0 to 8 top-ups on random days; whenever a top-up
 * finds the package gone and the balance covers it, the package is booked
 * again (a new cycle). At the end every account is settled to day 365.
 *
 * The library side goes through the public API with ISO date strings and
 * Dinero amounts (made once, outside the timing, as a caller holds them) and
 * counts renewals from the lines it returns. The baseline keeps the same
 * ledger of top-ups, charges and lapses as flat integers. Both sides read the
 * days from the same ISO texts (the baseline with its own digit arithmetic,
 * ./baseline.ts); amounts come to the baseline as the integer cents a
 * hand-written system stores, and to the library as the Money values its API takes.
 */
import { runBench, seeded } from './harness.js';
import { dayOfIso } from './baseline.js';
import { isoFromEpochDay, epochDayFromYmd } from '../src/calendar/epochDay.js';
import {
  advancePrepaid,
  bookPrepaidOption,
  bookPrepaidPackage,
  money,
  openPrepaidAccount,
  topUp,
  type Money,
  type PrepaidAccount,
  type PrepaidOffer,
  type PrepaidStep,
} from '../src/index.js';

const ACCOUNTS = 100_000;
const START = epochDayFromYmd(2026, 1, 1);
const END = START + 365;

const PACKAGE_PRICES = [799, 999, 1499];
const OPTION_PRICES = [199, 299, 499];
const TOP_UPS = [500, 1000, 1500, 2000, 2500];

/** One account's workload, as integers (for the baseline) and as library inputs. */
interface Workload {
  readonly openCents: number;
  readonly packageCents: number;
  readonly packageDays: 28 | 30;
  readonly optionCents: number; // 0: no option
  readonly topUpCents: readonly number[];
  // library inputs, made once outside the timing
  readonly openAmount: Money;
  readonly startIso: string;
  readonly endIso: string;
  readonly packageOffer: PrepaidOffer;
  readonly optionOffer: PrepaidOffer | null;
  readonly optionIso: string;
  readonly topUpIsos: readonly string[];
  readonly topUpAmounts: readonly Money[];
}

function build(): Workload[] {
  const random = seeded(5);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const moneyOf = new Map<number, Money>();
  const m = (cents: number): Money => {
    let value = moneyOf.get(cents);
    if (value === undefined) moneyOf.set(cents, (value = money(cents)));
    return value;
  };
  const offers = new Map<string, PrepaidOffer>();
  const offer = (id: string, cents: number, cycleDays: 28 | 30): PrepaidOffer => {
    const key = `${id}/${cents}/${cycleDays}`;
    let value = offers.get(key);
    if (value === undefined) offers.set(key, (value = { id, label: id, price: m(cents), cycleDays }));
    return value;
  };
  const startIso = isoFromEpochDay(START);
  const endIso = isoFromEpochDay(END);
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
    const cents = days.map(() => pick(TOP_UPS));
    workloads.push({
      openCents, packageCents, packageDays, optionCents, topUpCents: cents,
      openAmount: m(openCents), startIso, endIso,
      packageOffer: offer('package', packageCents, packageDays),
      optionOffer: optionCents > 0 ? offer('option', optionCents, 28) : null,
      optionIso: isoFromEpochDay(optionDay),
      topUpIsos: days.map(isoFromEpochDay),
      topUpAmounts: cents.map(m),
    });
  }
  return workloads;
}

const workloads = build();

interface Outcome {
  readonly balances: number[];
  readonly renewals: number[];
}

function countRenewals(step: PrepaidStep): number {
  let n = 0;
  for (const line of step.lines) if (line.reason === 'renewal') n += 1;
  return n;
}

function hasActivePackage(account: PrepaidAccount): boolean {
  for (const item of account.items) if (item.kind === 'package' && item.status === 'active') return true;
  return false;
}

function library(): Outcome {
  const balances = new Array<number>(ACCOUNTS);
  const renewals = new Array<number>(ACCOUNTS);
  for (let a = 0; a < ACCOUNTS; a += 1) {
    const w = workloads[a] as Workload;
    let renewed = 0;
    let account: PrepaidAccount = openPrepaidAccount(w.startIso);
    account = topUp(account, w.openAmount, w.startIso).account;
    const booked = bookPrepaidPackage(account, w.packageOffer, w.startIso);
    if (booked.ok) account = booked.account;
    let optionPending = w.optionOffer !== null;
    const topUps = w.topUpIsos.length;
    for (let i = 0; i <= topUps; i += 1) {
      // ISO dates order as text: the driver reads the same texts as the baseline.
      const day = i < topUps ? (w.topUpIsos[i] as string) : w.endIso;
      if (optionPending && w.optionIso <= day) {
        optionPending = false;
        const option = bookPrepaidOption(account, w.optionOffer as PrepaidOffer, w.optionIso);
        if (option.ok) { renewed += countRenewals(option); account = option.account; }
        else { const step = advancePrepaid(account, w.optionIso); renewed += countRenewals(step); account = step.account; }
      }
      if (i === topUps) break;
      const step = topUp(account, w.topUpAmounts[i] as Money, w.topUpIsos[i] as string);
      renewed += countRenewals(step);
      account = step.account;
      // The workload's rule, as in the baseline: book the package again when it is gone and affordable.
      if (account.balanceCents >= w.packageCents && !hasActivePackage(account)) {
        const again = bookPrepaidPackage(account, w.packageOffer, w.topUpIsos[i] as string);
        if (!again.ok) throw new Error(`the library refused a booking the baseline makes: ${again.reason}`);
        renewed += countRenewals(again);
        account = again.account;
      }
    }
    const last = advancePrepaid(account, w.endIso);
    renewed += countRenewals(last);
    balances[a] = last.account.balanceCents;
    renewals[a] = renewed;
  }
  return { balances, renewals };
}

/**
 * The same year by hand, on integers only. It does the same job as the
 * library: it keeps a ledger of every top-up, charge and lapse (flat integers:
 * kind, day, cents, balance after, item), since a prepaid system must record
 * what it charged; the renewal count is read from that ledger.
 */
function baseline(): Outcome {
  const balances = new Array<number>(ACCOUNTS);
  const renewals = new Array<number>(ACCOUNTS);
  const TOP_UP = 0, FIRST = 1, RENEWAL = 2, LAPSE = 3;
  const PACKAGE = 0, OPTION = 1;
  for (let a = 0; a < ACCOUNTS; a += 1) {
    const w = workloads[a] as Workload;
    const start = dayOfIso(w.startIso);
    const end = dayOfIso(w.endIso);
    // Only an account with an option reads its day, as the library side does.
    const optionDay = w.optionCents > 0 ? dayOfIso(w.optionIso) : 0;
    const ledger: number[] = [];
    let balance = w.openCents;
    ledger.push(TOP_UP, start, w.openCents, balance, -1);
    let packageEnd = -1; // -1: not active
    if (balance >= w.packageCents) {
      balance -= w.packageCents;
      packageEnd = start + w.packageDays;
      ledger.push(FIRST, start, w.packageCents, balance, PACKAGE);
    }
    let optionEnd = -1;
    let optionPending = w.optionCents > 0;
    // Settles renewals due before `to`: the package first on a shared day.
    const settle = (to: number): void => {
      for (;;) {
        const p = packageEnd >= 0 && packageEnd < to ? packageEnd : Infinity;
        const o = optionEnd >= 0 && optionEnd < to ? optionEnd : Infinity;
        if (p === Infinity && o === Infinity) return;
        if (p <= o) {
          if (balance >= w.packageCents) {
            balance -= w.packageCents;
            ledger.push(RENEWAL, packageEnd, w.packageCents, balance, PACKAGE);
            packageEnd += w.packageDays;
          } else {
            ledger.push(LAPSE, packageEnd, w.packageCents, balance, PACKAGE);
            packageEnd = -1;
          }
        } else if (balance >= w.optionCents) {
          balance -= w.optionCents;
          ledger.push(RENEWAL, optionEnd, w.optionCents, balance, OPTION);
          optionEnd += 28;
        } else {
          ledger.push(LAPSE, optionEnd, w.optionCents, balance, OPTION);
          optionEnd = -1;
        }
      }
    };
    const topUps = w.topUpIsos.length;
    for (let i = 0; i <= topUps; i += 1) {
      const day = i < topUps ? dayOfIso(w.topUpIsos[i] as string) : end;
      if (optionPending && optionDay <= day) {
        optionPending = false;
        settle(optionDay);
        if (balance >= w.optionCents) {
          balance -= w.optionCents;
          optionEnd = optionDay + 28;
          ledger.push(FIRST, optionDay, w.optionCents, balance, OPTION);
        }
      }
      if (i === topUps) break;
      settle(day);
      balance += w.topUpCents[i] as number;
      ledger.push(TOP_UP, day, w.topUpCents[i] as number, balance, -1);
      if (packageEnd < 0 && balance >= w.packageCents) {
        balance -= w.packageCents;
        packageEnd = day + w.packageDays;
        ledger.push(FIRST, day, w.packageCents, balance, PACKAGE);
      }
    }
    settle(end);
    let renewed = 0;
    for (let k = 0; k < ledger.length; k += 5) if (ledger[k] === RENEWAL) renewed += 1;
    balances[a] = balance;
    renewals[a] = renewed;
  }
  return { balances, renewals };
}

runBench({ name: 'prepaid year (100,000 accounts)', target: 3, library, baseline });
