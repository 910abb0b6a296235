/**
 * The version value: which plan and configuration held from which day (R1–R3),
 * with its price in cents. Dates and amounts are built when first read.
 *
 * @internal
 * @module
 */
import type { Temporal } from '@js-temporal/polyfill';
import { isoFromEpochDay, plainDateFromEpochDay } from '../calendar/epochDay.js';
import type { PlanEntry } from '../catalog/catalogIndex.js';
import { configurationOf } from '../catalog/resolve.js';
import type { Configuration, Plan, PlanOption } from '../catalog/types.js';
import type { LineItem } from '../lines/types.js';
import { moneyFromCents } from '../money/cents.js';
import type { Money } from '../money/types.js';
import type { ContractVersion, VersionCause } from './types.js';

/** "Cloud M (RAM 8 GB, vCPU 4)": the plan's name and its options in use; the name alone without options. */
export function configurationLabel(plan: Plan, quantities: readonly number[]): string {
  let parts = '';
  for (let i = 0; i < plan.options.length; i += 1) {
    const option = plan.options[i] as PlanOption;
    const quantity = quantities[i] ?? 0;
    if (quantity === 0) continue;
    const unit = option.unit === '' ? '' : ` ${option.unit}`;
    parts += `${parts === '' ? '' : ', '}${option.name} ${quantity}${unit}`;
  }
  return parts === '' ? plan.name : `${plan.name} (${parts})`;
}

/**
 * The line item of a version: the plan's id, quantity 1, and a label worded
 * when first read (like a line's amount), so the hot path builds no text.
 * `toJSON` gives the plain record.
 */
class VersionItem implements LineItem {
  readonly id: string;
  readonly quantity = 1;
  readonly #plan: Plan;
  readonly #quantities: readonly number[];
  #label: string | undefined;

  constructor(plan: Plan, quantities: readonly number[]) {
    this.id = plan.id;
    this.#plan = plan;
    this.#quantities = quantities;
  }

  get label(): string {
    return (this.#label ??= configurationLabel(this.#plan, this.#quantities));
  }

  toJSON(): LineItem {
    return { id: this.id, label: this.label, quantity: this.quantity };
  }
}

/**
 * Fields are private with getters: the value cannot be changed from outside,
 * without the cost of freezing it on the hot path. The configuration a caller
 * reads is a frozen copy, made on first read.
 */
export class VersionValue implements ContractVersion {
  readonly #fromDay: number;
  readonly #entry: PlanEntry;
  readonly #quantities: readonly number[];
  readonly #priceCents: number;
  readonly #cause: VersionCause;
  #from: Temporal.PlainDate | undefined;
  #price: Money | undefined;
  #item: LineItem | undefined;
  #shown: Configuration | undefined;

  constructor(fromDay: number, entry: PlanEntry, quantities: readonly number[], priceCents: number, cause: VersionCause) {
    this.#fromDay = fromDay;
    this.#entry = entry;
    this.#quantities = quantities;
    this.#priceCents = priceCents;
    this.#cause = cause;
  }

  get fromDay(): number {
    return this.#fromDay;
  }

  get from(): Temporal.PlainDate {
    return (this.#from ??= plainDateFromEpochDay(this.#fromDay));
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
    return (this.#shown ??= Object.freeze(configurationOf(this.#entry.plan, this.#quantities)));
  }

  /** The quantities in the plan's option order, for the library's own reading (never handed out). @internal */
  get quantities(): readonly number[] {
    return this.#quantities;
  }

  get priceCents(): number {
    return this.#priceCents;
  }

  get price(): Money {
    return (this.#price ??= moneyFromCents(this.#priceCents));
  }

  get cause(): VersionCause {
    return this.#cause;
  }

  /** The line item for this version's lines, shared by them. */
  get item(): LineItem {
    return (this.#item ??= new VersionItem(this.#entry.plan, this.#quantities));
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
