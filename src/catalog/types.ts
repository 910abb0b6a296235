import type { VatRate } from '../lines/types.js';

/* ------------------------------------------------------------------ */
/* Input: plain, JSON-safe data                                         */
/* ------------------------------------------------------------------ */

/**
 * What a plan's price covers (R1): the whole minimum term (`term`, W1's
 * "100 Euro Gesamtsumme für 12 Monate") or one billing period (`billingPeriod`,
 * "9,90 € per month").
 */
export type PricePer = 'term' | 'billingPeriod';

/** A plan's base price in minor units, and what it covers. */
export interface PlanPriceData {
  /** The base price in minor units (cents): a non-negative integer. */
  readonly cents: number;
  /** Whether the price is for the whole term or for one billing period. */
  readonly per: PricePer;
}

/**
 * A billing cycle without its anchor: the contract anchors it on its start day.
 *
 * - `calendarMonth`: the 1st to the last day of each month (R6);
 * - `monthly` / `yearly`: anchored on the start day, clamping short months (R8);
 * - `days`: a fixed number of days (28 for four-week, R7);
 * - `term`: one billing period per term (billed for the whole term).
 */
export type PlanCycleData =
  | { readonly kind: 'calendarMonth' }
  | { readonly kind: 'monthly' }
  | { readonly kind: 'yearly' }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'term' };

/**
 * What happens when the minimum term ends without a cancellation (R1, R25).
 *
 * - `none`: the contract ends with its first term;
 * - `fixed`: it renews tacitly for `months` months at a time, again and again;
 * - `openEnded`: it runs on without end in terms of one month, and may be
 *   cancelled on any day with the notice period (§309 Nr. 9 BGB).
 */
export type RenewalRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly months: number }
  | { readonly kind: 'openEnded' };

/** The unit a notice period counts in. */
export type NoticeUnit = 'day' | 'week' | 'month';

/**
 * How long before a term's end a cancellation must arrive (R3): `{ unit: 'month', count: 3 }`
 * is "three months to the end of the term". `count` may be 0 (a cancellation on the
 * last day of the term is still on time).
 */
export interface NoticePeriod {
  readonly unit: NoticeUnit;
  readonly count: number;
}

/** Whether the customer is a consumer (B2C, R25 applies) or a business (B2B). */
export type CustomerKind = 'consumer' | 'business';

/**
 * A plan's rules for changes (R2–R4, R25). `upgrades` and `downgrades` name the
 * only timing the domain knows; they are data so the catalog says it.
 */
export interface PlanPolicyData {
  /** Whether single options may change at all; `false` refuses with "contact sales" (R4). */
  readonly optionsChangeable: boolean;
  /** Upgrades take effect on the day asked for (R2). Default `"immediate"`. */
  readonly upgrades?: 'immediate';
  /** Downgrades take effect at the end of the term (R3). Default `"termEnd"`. */
  readonly downgrades?: 'termEnd';
  /** The notice for a cancellation to the term's end; required unless renewal is `none`. */
  readonly notice?: NoticePeriod;
  /** Consumer (B2C) or business (B2B) contracts. */
  readonly customer: CustomerKind;
}

/** A configurable option of a plan: RAM in GB, vCPUs, disk in GB. */
export interface PlanOptionData {
  /** A stable id, unique within the plan (`"ram"`). */
  readonly id: string;
  /** The name people see (`"RAM"`). */
  readonly name: string;
  /** The unit people see after the quantity (`"GB"`); default none. */
  readonly unit?: string;
  /** The price of one unit, in minor units, per term or per billing period like the plan's price. */
  readonly unitCents: number;
  /** The quantity a new contract has when its configuration leaves the option out. Default 0. */
  readonly default?: number;
}

/** A plan as plain data, for {@link createCatalog}. */
export interface PlanData {
  /** A stable id, unique in the catalog (`"basic"`). */
  readonly id: string;
  /** The name people see; invoice lines carry it (`"Basic"`). */
  readonly name: string;
  /** The base price (R1). */
  readonly price: PlanPriceData;
  /** The billing cycle (R1, R6–R8). */
  readonly billingCycle: PlanCycleData;
  /** The minimum term in whole months, 1 to 120 (R1). */
  readonly termMonths: number;
  /** What happens at the end of a term (R1, R25). */
  readonly renewal: RenewalRule;
  /** Configurable options with unit prices; default none. */
  readonly options?: readonly PlanOptionData[];
  /** Rules for changes and cancellation (R2–R4, R25). */
  readonly policy: PlanPolicyData;
  /** The VAT rate of the plan's lines (R23). Default 19. */
  readonly vatRate?: VatRate;
}

/** A catalog as plain data: JSON-safe, for {@link createCatalog} or {@link parseCatalog}. */
export interface CatalogData {
  /** The currency of every price; only `"EUR"` for now. Default `"EUR"`. */
  readonly currency?: 'EUR';
  /** The plans. */
  readonly plans: readonly PlanData[];
}

/* ------------------------------------------------------------------ */
/* Output: validated, frozen values (still plain and JSON-safe)         */
/* ------------------------------------------------------------------ */

/**
 * A configuration of a plan: option id → quantity, an integer of 0 or more. Zero
 * means "none of this option" (a server without extra disk), so unlike add-on
 * quantities (at least 1) a configuration accepts 0.
 */
export type Configuration = Readonly<Record<string, number>>;

/** A validated option of a plan. */
export interface PlanOption {
  readonly id: string;
  readonly name: string;
  /** The unit after the quantity, or `""`. */
  readonly unit: string;
  readonly unitCents: number;
  readonly default: number;
}

/** A validated plan policy, defaults filled in. */
export interface PlanPolicy {
  readonly optionsChangeable: boolean;
  readonly upgrades: 'immediate';
  readonly downgrades: 'termEnd';
  /** The notice period; `{ unit: 'day', count: 0 }` for plans that never renew. */
  readonly notice: NoticePeriod;
  readonly customer: CustomerKind;
}

/** A validated plan: frozen plain data, as given with defaults filled in. */
export interface Plan {
  readonly id: string;
  readonly name: string;
  readonly price: PlanPriceData;
  readonly billingCycle: PlanCycleData;
  readonly termMonths: number;
  readonly renewal: RenewalRule;
  readonly options: readonly PlanOption[];
  readonly policy: PlanPolicy;
  readonly vatRate: VatRate;
  /** Every option at its default quantity, in the plan's option order. */
  readonly defaultConfiguration: Configuration;
}

/**
 * A validated catalog, made by {@link createCatalog}: frozen, plain and JSON-safe
 * (`JSON.parse(JSON.stringify(catalog))` is valid catalog data again).
 */
export interface Catalog {
  readonly currency: 'EUR';
  readonly plans: readonly Plan[];
}
