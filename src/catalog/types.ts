import type { CustomerKind } from '../invoice/types.js';
import type { PricedItem, VatRate } from '../items/types.js';
import type { StoredHeader } from '../storage/types.js';

/**
 * What a plan's price covers (R1): the whole minimum term (`term`, "100 Euro
 * Gesamtsumme für 12 Monate") or one billing period (`billingPeriod`, "9,90 € per month").
 */
export type PricePer = 'term' | 'billingPeriod';

/** A plan's base price in minor units, and what it covers. */
export interface PlanPrice {
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
 * - `term`: one billing period per term.
 */
export type PlanCycle =
  | { readonly kind: 'calendarMonth' }
  | { readonly kind: 'monthly' }
  | { readonly kind: 'yearly' }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'term' };

/**
 * When a billing period is invoiced: `inAdvance` on its first day (hosting,
 * SaaS), or `inArrears` on the day after its last (postpaid telecom, R6).
 */
export type BillingTiming = 'inAdvance' | 'inArrears';

/**
 * What happens when the minimum term ends without a cancellation (R1, R25).
 *
 * - `none`: the contract ends with its first term;
 * - `fixed`: it renews tacitly for `months` months at a time, again and again;
 * - `openEnded`: it runs on without end and may be cancelled on any day with the
 *   notice period (§309 Nr. 9 BGB).
 */
export type RenewalRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly months: number }
  | { readonly kind: 'openEnded' };

/** The unit a notice period counts in. */
export type NoticeUnit = 'day' | 'week' | 'month';

/**
 * How long before a term's end a cancellation must arrive (R3): `{ unit: 'month', count: 3 }`
 * is "three months to the end of the term". `count` may be 0.
 */
export interface NoticePeriod {
  readonly unit: NoticeUnit;
  readonly count: number;
}

/** A plan's rules for changes (R2–R4, R25). */
export interface PlanPolicyData {
  /** Whether single components may change at all; `false` refuses with "contact sales" (R4). */
  readonly optionsChangeable: boolean;
  /** The notice for a cancellation to the term's end; required unless renewal is `none`. */
  readonly notice?: NoticePeriod;
  /** Consumer (B2C, gross prices, consumer law) or business (B2B, net prices) contracts. */
  readonly customer: CustomerKind;
  /**
   * A publicly available telecom service (internet access, telephony) under the TKG (R32).
   * Its first term is checked against 24 months, and a protected end user may cancel
   * it any day after a tacit renewal with one month's notice (TKG §56 (3)). Default false.
   */
  readonly telecom?: boolean;
  /**
   * A telecom plan for business end users that TKG §71 (3) protects like consumers:
   * micro and small enterprises and non-profit organisations that have not waived
   * these rights. Only with `customer: 'business'` and `telecom: true`. Default false.
   */
  readonly smallBusiness?: boolean;
}

/**
 * A validated plan policy. `telecom` and `smallBusiness` are present only when
 * true, so a plan without them reads and writes as before.
 */
export interface PlanPolicy {
  readonly optionsChangeable: boolean;
  /** The notice period; `{ unit: 'day', count: 0 }` for plans that never renew. */
  readonly notice: NoticePeriod;
  readonly customer: CustomerKind;
  /** Present (true) on telecom plans (R32). */
  readonly telecom?: true;
  /** Present (true) on telecom plans for protected business end users (TKG §71 (3)). */
  readonly smallBusiness?: true;
}

/**
 * A configurable part of a plan, priced per unit: RAM in GB, vCPUs, SSD in GB
 * (R2). Its price is per term or per billing period, as the plan's; its VAT
 * rate is the plan's.
 */
export interface ComponentData {
  /** A stable id, unique within the plan (`"ram"`). */
  readonly id: string;
  /** The name people see (`"RAM"`). */
  readonly name: string;
  /** The unit people see after the quantity (`"GB"`); default none. */
  readonly unit?: string;
  /** The price of one unit in minor units. */
  readonly unitCents: number;
  /** The quantity a new contract has when its configuration leaves the component out. Default 0. */
  readonly default?: number;
}

/** A validated component: a priced item with its default quantity. */
export interface Component extends PricedItem {
  readonly default: number;
}

/**
 * A mobile option as a carrier lists it (R8–R11): a priced item whose price is
 * for one unit and one period of the option's cycle.
 */
export interface OptionData extends PricedItem {
  /** Option tariffs only: the length of its own period in days, 28 or 30. Default: the tariff's. */
  readonly cycleDays?: number;
}

/**
 * How a plan's mobile options run (R8–R11):
 * - `optionTariff`: each option on its own cycle of `cycleDays` days from its
 *   own activation (R8, R10);
 * - `packageTariff`: options follow the plan's own billing period; a booking
 *   mid-period is pre-booked for the next period (R9);
 * - `postpaidMonth`: by calendar month; the first month is charged day-exact
 *   and the option renews on the 1st (R11).
 */
export interface OptionTariffData {
  readonly kind: 'optionTariff' | 'packageTariff' | 'postpaidMonth';
  /** Option tariffs: days per period for options that do not set their own, 28 (default) or 30. */
  readonly cycleDays?: number;
  /** The options that can be booked. */
  readonly options: readonly OptionData[];
}

/** A validated mobile option: `cycleDays` filled in (0 where the tariff's period applies). */
export interface CatalogOption extends PricedItem {
  readonly cycleDays: number;
}

/** A validated option tariff. */
export interface OptionTariff {
  readonly kind: OptionTariffData['kind'];
  readonly options: readonly CatalogOption[];
}

/** A plan as plain data, for {@link createCatalog}. */
export interface PlanData {
  /** A stable id, unique in the catalog (`"basic"`). */
  readonly id: string;
  /** The name people see; invoice lines carry it (`"Basic"`). */
  readonly name: string;
  /** The base price (R1). */
  readonly price: PlanPrice;
  /** The billing cycle (R1, R6–R8). */
  readonly billingCycle: PlanCycle;
  /** When a period is invoiced; default `inAdvance`. */
  readonly billing?: BillingTiming;
  /** The minimum term in whole months, 1 to 120 (R1). */
  readonly termMonths: number;
  /** What happens at the end of a term (R1, R25). */
  readonly renewal: RenewalRule;
  /** Rules for changes and cancellation (R2–R4, R25). */
  readonly policy: PlanPolicyData;
  /** The VAT rate of the plan's lines (R23). Default 19. */
  readonly vatRate?: VatRate;
  /** Configurable components with unit prices (RAM, vCPU, SSD); default none. */
  readonly components?: readonly ComponentData[];
  /** The ids of the catalog's add-ons this plan offers; default all of them. */
  readonly addOns?: readonly string[];
  /** The mobile options this plan offers, and how they run; default none (null or left out). */
  readonly optionTariff?: OptionTariffData | null;
}

/** A catalog as plain data: JSON-safe, for {@link createCatalog}. */
export interface CatalogData {
  /** The currency of every price; only `"EUR"` for now. Default `"EUR"`. */
  readonly currency?: 'EUR';
  /** The plans. */
  readonly plans: readonly PlanData[];
  /**
   * Add-ons (R14): priced per unit and billing period of the plan they are
   * booked on (5,90 € per extra user and month). Default none.
   */
  readonly addOns?: readonly PricedItem[];
}

/**
 * A configuration of a plan: component id → quantity, an integer of 0 or more. Zero
 * means "none of this component" (a server without extra disk).
 */
export type Configuration = Readonly<Record<string, number>>;

/** A validated plan: frozen plain data, as given with defaults filled in. */
export interface Plan {
  readonly id: string;
  readonly name: string;
  readonly price: PlanPrice;
  readonly billingCycle: PlanCycle;
  readonly billing: BillingTiming;
  readonly termMonths: number;
  readonly renewal: RenewalRule;
  readonly policy: PlanPolicy;
  readonly vatRate: VatRate;
  readonly components: readonly Component[];
  readonly addOns: readonly string[];
  readonly optionTariff: OptionTariff | null;
}

/**
 * A validated catalog, made by {@link createCatalog}: frozen, plain and JSON-safe
 * (`JSON.parse(JSON.stringify(catalog))` is valid catalog data again).
 */
export interface Catalog extends StoredHeader<'catalog'> {
  readonly currency: 'EUR';
  readonly plans: readonly Plan[];
  readonly addOns: readonly PricedItem[];
}
