/**
 * bench contract: quote and apply of 100,000 upgrades (R2, W1), through the
 * public `quoteChange` and `applyEvent`, against a hand-written integer baseline
 * that gives the same amounts.
 *
 * The workload: 25,000 contracts, each upgraded four times in its first term on
 * ascending random days (a chain: each upgrade applies to the contract the last
 * one made). Half are W1-style plans priced per 12-month term that switch to a
 * dearer tier; half are servers priced per calendar month whose RAM, vCPU or
 * disk grows. Every upgrade is quoted, then applied (the customer sees the
 * price, then confirms); the day basis throughout.
 *
 * The baseline does the same two steps on plain integers: for the quote and
 * again for the confirmed change it parses the ISO day, finds the term that
 * contains it (renewals included) and the billing period, prices the new
 * configuration and the one in force, and rounds half up; the change also
 * returns the new state. It has its own calendar code, written here and not
 * imported from src. Both sides start from the same inputs (ISO strings,
 * configuration records, built before timing) and return, per upgrade, the
 * quoted and the applied charge, credit and net in cents, which must agree.
 */
import {
  applyEvent,
  createCatalog,
  createContract,
  quoteChange,
  type Contract,
  type UpgradeEvent,
} from '../src/index.js';
import { runBench, seeded } from './harness.js';
import { civilToDays, monthLength, halfUp, iso } from './baseline.js';

/* The baseline's own integer calendar and rounding live in ./baseline.ts: nothing from src. */

/** `months` months after y-m-d, clamped to the month's length. */
function addMonths(y: number, m: number, d: number, months: number): number {
  const total = y * 12 + m - 1 + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const len = monthLength(ty, tm);
  return civilToDays(ty, tm, d < len ? d : len);
}

/** "2026-07-01" → [2026, 7, 1], by character codes; rejects anything else, as the library does. */
function parseIso(iso: string): [number, number, number] {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) throw new RangeError(iso);
  const y = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + iso.charCodeAt(3) - 48;
  const m = (iso.charCodeAt(5) - 48) * 10 + iso.charCodeAt(6) - 48;
  const d = (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m))) throw new RangeError(iso);
  return [y, m, d];
}

/* ------------------------------------------------------------------ */
/* The workload.                                                       */
/* ------------------------------------------------------------------ */

const TIERS = [
  { id: 'basic', name: 'Basic', cents: 10000 },
  { id: 'plus', name: 'Plus', cents: 15000 },
  { id: 'pro', name: 'Pro', cents: 20000 },
  { id: 'premium', name: 'Premium', cents: 30000 },
  { id: 'ultimate', name: 'Ultimate', cents: 45000 },
] as const;

const SERVER_OPTIONS = [
  { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200 },
  { id: 'vcpu', name: 'vCPU', unitCents: 500 },
  { id: 'disk', name: 'Disk', unit: 'GB', unitCents: 10 },
] as const;
const SERVER_BASE = 1500;

const policy = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;
const catalog = createCatalog({
  plans: [
    ...TIERS.map((tier) => ({
      id: tier.id,
      name: tier.name,
      price: { cents: tier.cents, per: 'term' as const },
      billingCycle: { kind: 'term' as const },
      termMonths: 12,
      renewal: { kind: 'fixed' as const, months: 12 },
      policy,
    })),
    {
      id: 'server',
      name: 'Cloud Server',
      price: { cents: SERVER_BASE, per: 'billingPeriod' as const },
      billingCycle: { kind: 'calendarMonth' as const },
      termMonths: 12,
      renewal: { kind: 'fixed' as const, months: 12 },
      options: SERVER_OPTIONS.map((option) => ({ ...option, default: 0 })),
      policy,
    },
  ],
});

interface Job {
  readonly start: string;
  readonly planId: string;
  readonly configuration: Readonly<Record<string, number>>;
  readonly upgrades: readonly UpgradeEvent[];
}

function makeJobs(contracts = 25_000, chain = 4, seed = 2026): Job[] {
  const random = seeded(seed);
  const from = civilToDays(2020, 1, 1);
  const span = civilToDays(2030, 12, 31) - from;
  const jobs: Job[] = [];
  for (let i = 0; i < contracts; i += 1) {
    const startDay = from + Math.floor(random() * span);
    const start = iso(startDay);
    const [y, m, d] = parseIso(start);
    const termDays = addMonths(y, m, d, 12) - startDay;
    const days: number[] = [];
    for (let k = 0; k < chain; k += 1) days.push(startDay + Math.floor(random() * termDays));
    days.sort((a, b) => a - b);
    if (i % 2 === 0) {
      jobs.push({
        start,
        planId: 'basic',
        configuration: {},
        upgrades: days.map((day, k) => ({ type: 'upgrade', on: iso(day), planId: (TIERS[k + 1] as { id: string }).id })),
      });
    } else {
      let ram = 2 + Math.floor(random() * 6);
      let vcpu = 1 + Math.floor(random() * 3);
      let disk = 20 + Math.floor(random() * 100);
      const configuration = { ram, vcpu, disk };
      const upgrades: UpgradeEvent[] = days.map((day) => {
        const which = Math.floor(random() * 3);
        if (which === 0) ram += 1 + Math.floor(random() * 8);
        else if (which === 1) vcpu += 1 + Math.floor(random() * 2);
        else disk += 10 * (1 + Math.floor(random() * 10));
        return { type: 'upgrade', on: iso(day), configuration: which === 0 ? { ram } : which === 1 ? { vcpu } : { disk } };
      });
      jobs.push({ start, planId: 'server', configuration, upgrades });
    }
  }
  return jobs;
}

const jobs = makeJobs();
const contracts: Contract[] = jobs.map((job) => createContract(catalog, job));
const upgradeCount = jobs.reduce((sum, job) => sum + job.upgrades.length, 0);

console.log(`contract workload: ${upgradeCount.toLocaleString('en')} upgrades, each quoted and applied`);

const TIER_CENTS: Readonly<Record<string, number>> = Object.fromEntries(TIERS.map((tier) => [tier.id, tier.cents]));
const UNIT_CENTS: Readonly<Record<string, number>> = Object.fromEntries(SERVER_OPTIONS.map((o) => [o.id, o.unitCents]));

/* ------------------------------------------------------------------ */
/* The baseline: the same two steps, hand-written on integers.         */
/* ------------------------------------------------------------------ */

/** A contract as a hand-written system keeps it. */
interface PlainState {
  readonly startY: number;
  readonly startM: number;
  readonly startD: number;
  readonly startDay: number;
  readonly perTerm: boolean;
  readonly planId: string;
  readonly price: number;
  readonly ram: number;
  readonly vcpu: number;
  readonly disk: number;
}

/** The 12-month term that contains `day` (renewals included), as [start, end). */
function termContaining(state: PlainState, day: number, y: number, m: number): [number, number] {
  let k = Math.floor(((y - state.startY) * 12 + (m - state.startM)) / 12);
  let start = addMonths(state.startY, state.startM, state.startD, 12 * k);
  if (start > day) {
    k -= 1;
    start = addMonths(state.startY, state.startM, state.startD, 12 * k);
  }
  return [start, addMonths(state.startY, state.startM, state.startD, 12 * (k + 1))];
}

/** Quote or apply one upgrade: writes charge, credit and net at `out[n…]`, returns the state after it. */
function upgrade(state: PlainState, event: UpgradeEvent, out: number[], n: number): PlainState {
  const [y, m, d] = parseIso(event.on as string);
  const day = civilToDays(y, m, d);
  let planId = state.planId;
  let ram = state.ram;
  let vcpu = state.vcpu;
  let disk = state.disk;
  let newPrice: number;
  if (state.perTerm) {
    planId = event.planId as string;
    newPrice = TIER_CENTS[planId] as number;
  } else {
    const change = event.configuration as Readonly<Record<string, number>>;
    if (change.ram !== undefined) ram = change.ram;
    if (change.vcpu !== undefined) vcpu = change.vcpu;
    if (change.disk !== undefined) disk = change.disk;
    newPrice = SERVER_BASE + ram * (UNIT_CENTS.ram as number) + vcpu * (UNIT_CENTS.vcpu as number) + disk * (UNIT_CENTS.disk as number);
  }
  const [termStart, termEnd] = termContaining(state, day, y, m);
  let periodStart = termStart;
  let periodEnd = termEnd;
  if (!state.perTerm) {
    periodStart = day - d + 1;
    periodEnd = periodStart + monthLength(y, m);
  }
  const end = periodEnd < termEnd ? periodEnd : termEnd;
  const charge = halfUp(newPrice * (end - day), periodEnd - periodStart);
  const credit = halfUp(state.price * (end - day), periodEnd - periodStart);
  out[n] = charge;
  out[n + 1] = credit === 0 ? 0 : -credit;
  out[n + 2] = charge - credit;
  return {
    startY: state.startY,
    startM: state.startM,
    startD: state.startD,
    startDay: state.startDay,
    perTerm: state.perTerm,
    planId,
    price: newPrice,
    ram,
    vcpu,
    disk,
  };
}

const plainStates: PlainState[] = jobs.map((job) => {
  const [startY, startM, startD] = parseIso(job.start);
  const perTerm = job.planId !== 'server';
  const { ram = 0, vcpu = 0, disk = 0 } = job.configuration;
  const price = perTerm ? TIER_CENTS[job.planId] as number : SERVER_BASE + ram * 200 + vcpu * 500 + disk * 10;
  return { startY, startM, startD, startDay: civilToDays(startY, startM, startD), perTerm, planId: job.planId, price, ram, vcpu, disk };
});

runBench({
  name: 'contract quote+apply',
  target: 3,
  library: () => {
    const out = new Array<number>(upgradeCount * 6);
    let n = 0;
    for (let i = 0; i < jobs.length; i += 1) {
      let contract = contracts[i] as Contract;
      for (const event of (jobs[i] as Job).upgrades) {
        const quote = quoteChange(contract, event);
        const applied = applyEvent(contract, event);
        if (!quote.ok || !applied.ok || quote.type !== 'upgrade' || applied.type !== 'upgrade') throw new Error('refused');
        out[n++] = quote.charge.cents;
        out[n++] = quote.credit.cents;
        out[n++] = quote.netCents;
        out[n++] = applied.charge.cents;
        out[n++] = applied.credit.cents;
        out[n++] = applied.netCents;
        contract = applied.contract;
      }
    }
    return out;
  },
  baseline: () => {
    const out = new Array<number>(upgradeCount * 6);
    let n = 0;
    for (let i = 0; i < jobs.length; i += 1) {
      let state = plainStates[i] as PlainState;
      for (const event of (jobs[i] as Job).upgrades) {
        // The quote the customer sees, then the change they confirm: two requests, as in the library.
        upgrade(state, event, out, n);
        state = upgrade(state, event, out, n + 3);
        n += 6;
      }
    }
    return out;
  },
});
