/**
 * The contract's decisions (R1–R5): making one, and deciding an upgrade, a
 * downgrade, a cancellation or an early termination on a day. A quote and an
 * applied change run the same code, so they cannot differ.
 *
 * @internal
 * @module
 */
import { indexContaining, startOfIndex } from '../calendar/cycleMath.js';
import { isoOf } from '../calendar/days.js';
import { configured, priceOf, quantitiesFrom, quantitiesOf, type CatalogIndex, type PlanEntry } from '../catalog/catalogIndex.js';
import { fail } from '../errors/fail.js';
import type { Line } from '../lines/types.js';
import type { ProrationBasis } from '../proration/types.js';
import { refuse } from '../refusal/refuse.js';
import type { Refusal } from '../refusal/types.js';
import { appendContractLines, factsOf, isoOrNull, protectedTelecom, rememberFactsOf, termInfo, versionIndexAt } from './model.js';
import { cancellationPoint, firstTermEnd, termShape } from './terms.js';
import type { Contract, ContractVersion, VersionCause } from './types.js';

/** A version of `entry`'s plan with these quantities, from `fromDay`. */
export function versionOf(entry: PlanEntry, quantities: readonly number[], priceCents: number, fromDay: number, cause: VersionCause): ContractVersion {
  const plan = entry.plan;
  const known = configured(entry, quantities);
  return {
    from: isoOf(fromDay),
    planId: plan.id,
    configuration: known.configuration,
    item: { id: plan.id, name: known.name, unitCents: priceCents, vatRate: plan.vatRate },
    cause,
  };
}

/**
 * The contract with new versions, cancellation and end: a record in the stored
 * field order (no spread: V8 copies spreads with overrides slowly).
 */
function contractWith(c: Contract, versions: readonly ContractVersion[], cancellation: Contract['cancellation'], end: Contract['end']): Contract {
  if (c.telecom === true) return telecomContract(c, versions, cancellation, end);
  return {
    tarifkit: 1, kind: 'contract', start: c.start, termMonths: c.termMonths, renewal: c.renewal, notice: c.notice, customer: c.customer,
    billingCycle: c.billingCycle, billing: c.billing, pricePer: c.pricePer, versions, cancellation, end,
  };
}

/**
 * The contract withdrawn on `day` (§355 BGB, R31): it ends that day, and versions scheduled on or
 * after it never come into force. A cancellation received before stays as it was received.
 */
export function withdrawnContract(contract: Contract, day: number): Contract {
  const facts = factsOf(contract);
  const versions = contract.versions.filter((_, i) => i === 0 || (facts.fromDays[i] as number) < day);
  return contractWith(contract, versions, contract.cancellation, isoOf(day));
}

/** {@link contractWith} for a telecom contract: its telecom fields after `customer`, as stored (R32). */
function telecomContract(c: Contract, versions: readonly ContractVersion[], cancellation: Contract['cancellation'], end: Contract['end']): Contract {
  const head = { tarifkit: 1, kind: 'contract', start: c.start, termMonths: c.termMonths, renewal: c.renewal, notice: c.notice, customer: c.customer, telecom: true } as const;
  const tail = { billingCycle: c.billingCycle, billing: c.billing, pricePer: c.pricePer, versions, cancellation, end };
  return c.smallBusiness === true ? { ...head, smallBusiness: true, ...tail } : { ...head, ...tail };
}

/** A new contract of a plan from its start day (R1). */
export function contractOf(entry: PlanEntry, startDay: number, configuration: unknown, field: string): Contract {
  const plan = entry.plan;
  const quantities = quantitiesOf(entry, configuration, entry.defaults, field);
  const priceCents = priceOf(entry, quantities, field);
  const renewal = plan.renewal;
  let contract: Contract = {
    tarifkit: 1,
    kind: 'contract',
    start: isoOf(startDay),
    termMonths: plan.termMonths,
    renewal,
    notice: plan.policy.notice,
    customer: plan.policy.customer,
    billingCycle: plan.billingCycle,
    billing: plan.billing,
    pricePer: plan.price.per,
    versions: [versionOf(entry, quantities, priceCents, startDay, 'start')],
    cancellation: null,
    end: null,
  };
  if (plan.policy.telecom === true) {
    contract = telecomContract({ ...contract, telecom: true, ...(plan.policy.smallBusiness === true ? { smallBusiness: true } : {}) }, contract.versions, null, null);
  }
  if (renewal.kind !== 'none') return contract;
  return contractWith(contract, contract.versions, null, isoOf(firstTermEnd(termShape(startDay, plan.termMonths, renewal))));
}

/** A contract event, checked: its type and the fields that type reads. */
export type ContractChange =
  | { readonly type: 'upgrade' | 'downgrade'; readonly planId: string | undefined; readonly configuration: unknown }
  | { readonly type: 'cancel' }
  | { readonly type: 'terminateEarly'; readonly ground: string };

/** What an accepted contract change gives. */
export interface ContractDecision {
  readonly ok: true;
  readonly contract: Contract;
  /** The lines the change produces now (an upgrade billed in advance). */
  readonly lines: Line[];
  /** The first day the change is in force. */
  readonly effectiveDay: number;
}

function sameQuantities(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The upgrade's lines (R2, W1), billing in advance: the rest of the billing
 * period that contains `day`, already invoiced under the contract as it was, is
 * charged under the new contract and credited under the old one, each day
 * priced against its own pricing period (the term, or the billing period) and
 * rounded once. The credit comes from the versions in force, never from an
 * earlier prorated charge.
 */
function upgradeLines(before: Contract, after: Contract, day: number, basis: ProrationBasis): Line[] {
  const old = factsOf(before);
  const billingEnd = startOfIndex(old.billing, indexContaining(old.billing, day) + 1);
  // The charges, then the credits: each line made with its reason and sign in the first place.
  const lines: Line[] = [];
  appendContractLines(factsOf(after), day, billingEnd, basis, lines, Number.NaN, Number.NaN, 'upgradeCharge', 'upgradeCharge', false);
  appendContractLines(old, day, billingEnd, basis, lines, Number.NaN, Number.NaN, 'upgradeCredit', 'upgradeCredit', true);
  return lines;
}

/** The plan in force and the day, as a refusal names them. */
function namesOf(from: ContractVersion, fromEntry: PlanEntry, day: number): { planId: string; planName: string; on: string } {
  return { planId: from.planId, planName: fromEntry.plan.name, on: isoOf(day) };
}

/**
 * The upgrade decided last, with what it was decided from: a quote and the
 * change confirmed next decide the same upgrade of the same contract, and the
 * second gets the first's contract and lines. A pure memo: contracts and
 * catalog entries never change, and the quantities and the day are compared.
 */
let lastDecision: {
  readonly contract: Contract;
  readonly entry: PlanEntry;
  readonly day: number;
  readonly basis: ProrationBasis;
  readonly quantities: readonly number[];
  readonly decided: Contract;
  readonly lines: readonly Line[];
} | null = null;

/**
 * Decides a contract change on `day` (R2–R5). `day` lies in the contract (the
 * caller checks). Throws UNKNOWN_ID / INVALID_QUANTITY / INVALID_ARGUMENT for a
 * bad plan or configuration, naming `field`.
 */
export function decideContract(
  index: CatalogIndex,
  contract: Contract,
  change: ContractChange,
  day: number,
  basis: ProrationBasis,
  field: string,
): ContractDecision | Refusal {
  const facts = factsOf(contract);
  const at = versionIndexAt(facts, day);
  const from = contract.versions[at] as ContractVersion;
  const fromEntry = index.plans.get(from.planId);
  if (fromEntry === undefined) fail('UNKNOWN_ID', `${field}.planId`, from.planId);
  const info = termInfo(facts, day);
  const cancellation = contract.cancellation;

  if (change.type === 'terminateEarly') {
    const allowedFrom = cancellation !== null ? cancellation.effectiveOn : isoOf(cancellationPoint(facts.shape, day, contract.notice, protectedTelecom(contract)).effectiveDay);
    return { ...refuse('NO_SPECIAL_TERMINATION_RIGHT', null, { ...namesOf(from, fromEntry, day), ground: change.ground }), allowedFrom };
  }
  if (change.type === 'cancel') {
    if (cancellation !== null) return refuse('ALREADY_CANCELLED', null, { ...namesOf(from, fromEntry, day), contractEnd: cancellation.effectiveOn });
    const point = cancellationPoint(facts.shape, day, contract.notice, protectedTelecom(contract));
    // Versions scheduled on or after the end never come into force.
    const versions = contract.versions.filter((_, i) => i === 0 || (facts.fromDays[i] as number) < point.effectiveDay);
    const effectiveOn = isoOf(point.effectiveDay);
    return {
      ok: true,
      contract: contractWith(contract, versions, {
        receivedOn: isoOf(day),
        onTime: point.onTime,
        noticeDeadline: isoOf(point.deadlineDay),
        effectiveOn,
        lastDay: isoOf(point.effectiveDay - 1),
      }, effectiveOn),
      lines: [],
      effectiveDay: point.effectiveDay,
    };
  }

  // An upgrade or a downgrade.
  let entry = fromEntry;
  if (change.planId !== undefined) {
    const found = index.plans.get(change.planId);
    if (found === undefined) fail('UNKNOWN_ID', `${field}.planId`, change.planId, { known: [...index.plans.keys()] });
    entry = found;
  }
  const samePlan = entry === fromEntry;
  const fromQuantities = quantitiesFrom(fromEntry.plan, from.configuration);
  const base = samePlan ? fromQuantities : entry.defaults;
  const quantities = quantitiesOf(entry, change.configuration, base, `${field}.configuration`);
  const priceCents = priceOf(entry, quantities, `${field}.configuration`);
  if (!samePlan && entry.family !== fromEntry.family) {
    return refuse('INCOMPATIBLE_PLAN', null, { ...namesOf(from, fromEntry, day), targetPlanId: entry.plan.id, targetPlanName: entry.plan.name });
  }
  // R4: single components stay as they are (or at the new plan's defaults) on plans that do not let them change.
  if (!entry.plan.policy.optionsChangeable && !sameQuantities(base, quantities)) return refuse('OPTIONS_NOT_CHANGEABLE', null, namesOf(from, fromEntry, day));
  const fromPrice = from.item.unitCents;
  const endsWithTerm = facts.endDay !== null && facts.endDay <= info.fullEndDay;
  if (change.type === 'upgrade') {
    if (priceCents < fromPrice) return refuse('NOT_AN_UPGRADE', endsWithTerm ? null : info.fullEndDay, namesOf(from, fromEntry, day));
    const known = lastDecision;
    if (known !== null && known.contract === contract && known.entry === entry && known.day === day && known.basis === basis && sameQuantities(known.quantities, quantities)) {
      // The same change decided again (a quote, then the change confirmed): the same contract, the same lines.
      return { ok: true, contract: known.decided, lines: known.lines.slice(), effectiveDay: day };
    }
    const to = versionOf(entry, quantities, priceCents, day, 'upgrade');
    // A version from the same day gives way to the new one.
    const kept = (facts.fromDays[at] as number) === day ? at : at + 1;
    const next = contractWith(contract, [...contract.versions.slice(0, kept), to], contract.cancellation, contract.end);
    rememberFactsOf(next, facts, [...facts.fromDays.slice(0, kept), day]);
    const lines = contract.billing === 'inAdvance' ? upgradeLines(contract, next, day, basis) : [];
    lastDecision = { contract, entry, day, basis, quantities: quantities.slice(), decided: next, lines: lines.slice() };
    return { ok: true, contract: next, lines, effectiveDay: day };
  }
  // A downgrade (R3): accepted for the term's end, when the contract still runs then.
  if (priceCents > fromPrice) return refuse('NOT_A_DOWNGRADE', day, namesOf(from, fromEntry, day));
  if (endsWithTerm) return refuse('CONTRACT_ENDS_FIRST', null, { ...namesOf(from, fromEntry, day), contractEnd: isoOrNull(facts.endDay) });
  const to = versionOf(entry, quantities, priceCents, info.fullEndDay, 'downgrade');
  return { ok: true, contract: contractWith(contract, [...contract.versions.slice(0, at + 1), to], contract.cancellation, contract.end), lines: [], effectiveDay: info.fullEndDay };
}
