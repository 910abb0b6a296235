/**
 * VAT categories, rates and the breakdown of a document (R22, R23, R27): one
 * group per category and rate, each rounded once, half up, on exact integers.
 *
 * @internal
 * @module
 */
import { fail, isRecord } from '../errors/fail.js';
import type { Line } from '../lines/types.js';
import type { VatCategory, VatGroup, VatTreatment } from './types.js';

/** A line's VAT as the document applies it: category, rate in hundredths of a percent, reason. */
export interface LineVat {
  readonly category: VatCategory;
  /** The rate in hundredths of a percent (1900 for 19 %). */
  readonly rate: number;
  readonly reason: string | null;
  readonly reasonCode: string | null;
}

const CATEGORIES: readonly string[] = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'];

/** The default exemption reason and code of each category that has one (BT-120, BT-121). */
const DEFAULT_REASONS: Readonly<Record<string, readonly [string, string]>> = {
  AE: ['Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG) / Reverse charge: the recipient is liable for the VAT', 'VATEX-EU-AE'],
  K: ['Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG) / Intra-community supply, exempt', 'VATEX-EU-IC'],
  G: ['Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a UStG) / Export outside the EU, exempt', 'VATEX-EU-G'],
  O: ['Nicht im Inland steuerbare Leistung / Not subject to VAT in Germany', 'VATEX-EU-O'],
};

/** A rate in percent with at most two decimals, as hundredths; `VAT_CATEGORY_MISMATCH` outside 0 ≤ rate < 100. */
export function hundredthsOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 100) fail('VAT_CATEGORY_MISMATCH', field, value, { reason: 'a rate in percent from 0 to below 100' });
  const hundredths = Math.round(value * 100);
  if (Math.abs(value * 100 - hundredths) > 1e-6) fail('VAT_CATEGORY_MISMATCH', field, value, { reason: 'a rate with at most two decimals' });
  return hundredths;
}

/** The rate in percent for people and for the document (1900 → 19, 2550 → 25.5). */
export function percentOf(hundredths: number): number {
  return hundredths / 100;
}

/** A caller's treatment, checked: its category, and its rate and reason as the category allows. */
export function treatmentOf(value: unknown, field: string): VatTreatment {
  if (!isRecord(value)) fail('VAT_CATEGORY_MISMATCH', field, value, { reason: 'expected { category, rate?, reason?, reasonCode? }' });
  const category = value.category;
  if (typeof category !== 'string' || !CATEGORIES.includes(category)) fail('VAT_CATEGORY_MISMATCH', `${field}.category`, category, { reason: 'one of S, Z, E, AE, K, G, O' });
  const out: { category: VatCategory; rate?: number; reason?: string; reasonCode?: string } = { category: category as VatCategory };
  if (value.rate !== undefined) {
    const rate = hundredthsOf(value.rate, `${field}.rate`);
    if (category === 'S' && rate === 0) fail('VAT_CATEGORY_MISMATCH', `${field}.rate`, value.rate, { reason: 'category S (standard rate) needs a rate above 0' });
    if (category !== 'S' && rate !== 0) fail('VAT_CATEGORY_MISMATCH', `${field}.rate`, value.rate, { reason: `category ${category} carries no VAT` });
    out.rate = percentOf(rate);
  }
  for (const key of ['reason', 'reasonCode'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.trim() === '' || text.length > 1000) fail('VAT_CATEGORY_MISMATCH', `${field}.${key}`, text);
    if (category === 'S' || category === 'Z') fail('VAT_CATEGORY_MISMATCH', `${field}.${key}`, text, { reason: `category ${category} has no exemption reason (BR-${category}-10)` });
    if (key === 'reasonCode' && !/^VATEX-[A-Z0-9-]{1,30}$/.test(text)) fail('VAT_CATEGORY_MISMATCH', `${field}.${key}`, text, { reason: 'a VATEX code such as VATEX-EU-AE' });
    out[key] = text;
  }
  if (category === 'E' && out.reason === undefined && out.reasonCode === undefined) {
    fail('VAT_CATEGORY_MISMATCH', `${field}.reason`, undefined, { reason: 'category E (exempt) needs its reason, such as the small-business note of § 19 UStG' });
  }
  return out;
}

/**
 * The VAT of a line under a treatment: `S` at the treatment's rate, or the
 * line's German rate mapped through `rates`; every other category at 0 with
 * its reason. `S` at 0 % is refused.
 */
export function lineVatOf(line: Line, treatment: VatTreatment | undefined, rates: Readonly<Record<string, number>>, field: string): LineVat {
  const category = treatment?.category ?? 'S';
  if (category === 'S') {
    const rate = treatment?.rate !== undefined ? Math.round(treatment.rate * 100) : (rates[String(line.item.vatRate)] ?? line.item.vatRate * 100);
    if (rate === 0) fail('VAT_CATEGORY_MISMATCH', field, line.item.vatRate, { reason: 'a line at 0 % needs a VAT category other than S: pass vat.default or vat.byItem' });
    return { category, rate, reason: null, reasonCode: null };
  }
  const fallback = DEFAULT_REASONS[category];
  return {
    category,
    rate: 0,
    reason: treatment?.reason ?? (treatment?.reasonCode === undefined ? fallback?.[0] ?? null : null),
    reasonCode: treatment?.reasonCode ?? fallback?.[1] ?? null,
  };
}

/** `numerator / denominator` rounded half away from zero, on big integers (`denominator > 0`). */
function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -quotient : quotient;
}

/** The VAT on a net amount at `rate` hundredths of a percent, rounded once, half up (BR-CO-17). */
export function vatOnNet(netCents: number, rate: number): number {
  return Number(roundDiv(BigInt(netCents) * BigInt(rate), 10_000n)) + 0;
}

/** The VAT inside a gross amount at `rate` hundredths of a percent, rounded once, half up. */
export function vatInGross(grossCents: number, rate: number): number {
  return Number(roundDiv(BigInt(grossCents) * BigInt(rate), BigInt(10_000 + rate))) + 0;
}

/**
 * Splits a group's net `total` over gross line amounts by their exact net
 * shares `g × 10000 / (10000 + rate)`: each line gets the floor of its share,
 * and the cents left over go to the lines with the largest remainders, the
 * earlier line first (largest remainder). The parts add up to `total`.
 */
function apportion(total: number, gross: readonly number[], rate: number): number[] {
  const denominator = BigInt(10_000 + rate);
  const parts: number[] = [];
  const rests: bigint[] = [];
  let sum = 0;
  for (const cents of gross) {
    const scaled = BigInt(cents) * 10_000n;
    let floor = scaled / denominator;
    let rest = scaled % denominator;
    if (rest < 0n) { floor -= 1n; rest += denominator; }
    parts.push(Number(floor));
    rests.push(rest);
    sum += Number(floor);
  }
  let left = total - sum;
  if (left < 0 || left > gross.length) throw new RangeError('apportion: the net total is not within one cent per line of the shares');
  const order = rests.map((_, i) => i).sort((a, b) => (rests[b]! > rests[a]! ? 1 : rests[b]! < rests[a]! ? -1 : a - b));
  for (const i of order) {
    if (left === 0) break;
    parts[i] = parts[i]! + 1;
    left -= 1;
  }
  return parts.map((part) => part + 0);
}

/** The breakdown of a document and each line's net amount. */
export interface Breakdown {
  readonly nets: readonly number[];
  readonly groups: readonly VatGroup[];
}

/**
 * Groups lines by category and rate, in order of first appearance, and rounds
 * each group's VAT once (R22, R23): on the net sum for net prices (BR-CO-17),
 * out of the gross sum for gross prices, whose net is the gross minus that VAT
 * and is then split over the lines so they add up to it (BR-CO-10, BR-S-08).
 */
export function breakdownOf(lines: readonly Line[], vats: readonly LineVat[], grossPrices: boolean, field: string): Breakdown {
  const keys: string[] = [];
  const members = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i += 1) {
    const vat = vats[i]!;
    const key = `${vat.category} ${vat.rate}`;
    let list = members.get(key);
    if (list === undefined) {
      list = [];
      members.set(key, list);
      keys.push(key);
    } else {
      const first = vats[list[0]!]!;
      if (first.reason !== vat.reason || first.reasonCode !== vat.reasonCode) {
        fail('VAT_CATEGORY_MISMATCH', `${field}.${i}`, vat.reason, { reason: `one VAT group (${vat.category} at ${percentOf(vat.rate)} %) can carry one exemption reason only` });
      }
    }
    list.push(i);
  }
  const nets = lines.map((line) => line.cents);
  const groups: VatGroup[] = [];
  for (const key of keys) {
    const list = members.get(key)!;
    const vat = vats[list[0]!]!;
    let sum = 0;
    for (const i of list) sum += lines[i]!.cents;
    let netCents = sum;
    let vatCents = 0;
    if (vat.rate !== 0) {
      if (grossPrices) {
        vatCents = vatInGross(sum, vat.rate);
        netCents = sum - vatCents;
        const parts = apportion(netCents, list.map((i) => lines[i]!.cents), vat.rate);
        list.forEach((i, k) => { nets[i] = parts[k]!; });
      } else {
        vatCents = vatOnNet(sum, vat.rate);
      }
    }
    groups.push({
      category: vat.category, vatRate: percentOf(vat.rate), netCents, vatCents, grossCents: netCents + vatCents,
      reason: vat.reason, reasonCode: vat.reasonCode,
    });
  }
  return { nets, groups };
}
