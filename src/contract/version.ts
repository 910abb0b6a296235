/**
 * The version value: which plan and configuration held from which day (R1–R3),
 * with its price in cents. Dates and amounts are built when first read.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import { quantityWords, type PlanEntry } from '../catalog/catalogIndex.js';
import { configurationOf } from '../catalog/resolve.js';
import type { Configuration } from '../catalog/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Money } from '../money/types.js';
import type { ContractVersion, VersionCause } from './types.js';

/** Whether two quantity lists of the same plan are equal. */
function sameQuantities(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

/**
 * "Cloud M (RAM 8 GB, vCPU 4)": the plan's name and its options in use; the name
 * alone without options. Built from the words the catalog index keeps per option.
 */
export function configurationLabel(entry: PlanEntry, quantities: readonly number[]): string {
  const count = entry.labelPrefixes.length;
  let label = '';
  for (let i = 0; i < count; i += 1) {
    const quantity = quantities[i] ?? 0;
    if (quantity === 0) continue;
    const words = quantityWords(entry, i, quantity);
    label = label === '' ? entry.plan.name + ' (' + words : label + ', ' + words;
  }
  return label === '' ? entry.plan.name : label + ')';
}

/**
 * The last label worded for a new version, with its plan entry and quantities:
 * one slot of module state, a memo that only ever holds what plan and quantities
 * already say. (Kept here rather than on the version it was made from: that one
 * may be long-lived, and would keep every new version alive with it.)
 */
const lastWorded: { entry: PlanEntry | undefined; quantities: readonly number[]; label: string } = {
  entry: undefined,
  quantities: [],
  label: '',
};

/** What a version builds for a caller when first read: its date, its price as an amount, its configuration record. */
interface VersionBuilt {
  from: Temporal.PlainDate | undefined;
  price: Money | undefined;
  shown: Configuration | undefined;
}

/**
 * Fields are private with getters: the value cannot be changed from outside,
 * without the cost of freezing it on the hot path. The configuration a caller
 * reads is a frozen copy, made on first read. What is built for a caller sits
 * in one object made on the first such read, so a version on the hot path
 * stays small.
 */
export class VersionValue implements ContractVersion {
  readonly #fromDay: number;
  readonly #entry: PlanEntry;
  readonly #quantities: readonly number[];
  readonly #priceCents: number;
  readonly #cause: VersionCause;
  readonly #previous: VersionValue | null;
  #label: string | undefined;
  #built: VersionBuilt | undefined;

  /**
   * @param previous - the version before this one in its contract's list (null for the first): a
   *   contract keeps its versions as this chain, so a change adds one version and copies no list
   */
  constructor(
    fromDay: number,
    entry: PlanEntry,
    quantities: readonly number[],
    priceCents: number,
    cause: VersionCause,
    previous: VersionValue | null,
  ) {
    this.#fromDay = fromDay;
    this.#entry = entry;
    this.#quantities = quantities;
    this.#priceCents = priceCents;
    this.#cause = cause;
    this.#previous = previous;
  }

  #builtObjects(): VersionBuilt {
    return (this.#built ??= { from: undefined, price: undefined, shown: undefined });
  }

  /** The version before this one in its contract, or null for the first. @internal */
  get previous(): VersionValue | null {
    return this.#previous;
  }

  get fromDay(): number {
    return this.#fromDay;
  }

  get from(): Temporal.PlainDate {
    const built = this.#builtObjects();
    return (built.from ??= plainDateFromEpochDay(this.#fromDay));
  }

  /** The plan's entry in the catalog index. @internal */
  get entry(): PlanEntry {
    return this.#entry;
  }

  get planId(): string {
    return this.#entry.plan.id;
  }

  get planName(): string {
    return this.#entry.plan.name;
  }

  get configuration(): Configuration {
    const built = this.#builtObjects();
    return (built.shown ??= Object.freeze(configurationOf(this.#entry.plan, this.#quantities)));
  }

  /** The quantities in the plan's option order, for the library's own reading (never handed out). @internal */
  get quantities(): readonly number[] {
    return this.#quantities;
  }

  get priceCents(): number {
    return this.#priceCents;
  }

  get price(): Money {
    const built = this.#builtObjects();
    return (built.price ??= moneyFromCents(this.#priceCents));
  }

  get cause(): VersionCause {
    return this.#cause;
  }

  /** The label of this version's lines ("Cloud M (RAM 8 GB, vCPU 4)"), worded once, when first needed. @internal */
  get label(): string {
    return (this.#label ??= configurationLabel(this.#entry, this.#quantities));
  }

  /**
   * The label of `next`, a version made from this one: this one's own when plan
   * and quantities are the same, the last label worded for a new version when
   * they are that one's (a quote and the change it quotes make equal versions),
   * else worded and remembered. Labels depend on plan and quantities only. @internal
   */
  labelOf(next: VersionValue): string {
    if (next.#label !== undefined) return next.#label;
    const entry = next.#entry;
    const quantities = next.#quantities;
    if (entry === this.#entry && quantities === this.#quantities) return (next.#label = this.label);
    if (entry === lastWorded.entry && sameQuantities(lastWorded.quantities, quantities)) {
      return (next.#label = lastWorded.label);
    }
    const label = next.label;
    lastWorded.entry = entry;
    lastWorded.quantities = quantities;
    lastWorded.label = label;
    return label;
  }

  toJSON(): Record<string, unknown> {
    return {
      from: isoFromEpochDay(this.#fromDay),
      planId: this.planId,
      planName: this.planName,
      configuration: this.configuration,
      priceCents: this.#priceCents,
      cause: this.#cause,
    };
  }
}
