/**
 * Arbitraries for subscriptions: a catalog of one plan family (cheaper and
 * dearer plans, components, add-ons, mobile options), orders on every billing
 * cycle and timing, and event logs in date order whose references point at
 * bookings made earlier in the same log.
 */
import fc from 'fast-check';
import {
  createCatalog,
  type BillingTiming,
  type Catalog,
  type PlanCycle,
  type SubscriptionEvent,
  type SubscriptionInput,
} from '../../src/index.js';

/** The shapes of plan the properties cover: cycle, timing, price basis. */
export interface PlanShape {
  readonly cycle: PlanCycle;
  readonly billing: BillingTiming;
  readonly customer: 'consumer' | 'business';
  readonly renewal: 'fixed' | 'openEnded' | 'none';
  readonly optionKind: 'postpaidMonth' | 'optionTariff' | 'packageTariff';
}

const policy = (customer: 'consumer' | 'business') => ({ optionsChangeable: true, notice: { unit: 'month' as const, count: 1 }, customer });

/** A catalog of one family: plans s (9,90 €), m (19,90 €) and l (29,90 €), with components, add-ons and options. */
export function familyCatalog(shape: PlanShape): Catalog {
  const renewal = shape.renewal === 'fixed' ? { kind: 'fixed' as const, months: 12 } : { kind: shape.renewal };
  const plan = (id: string, cents: number) => ({
    id,
    name: `Plan ${id.toUpperCase()}`,
    price: { cents, per: 'billingPeriod' as const },
    billingCycle: shape.cycle,
    billing: shape.billing,
    termMonths: 12,
    renewal,
    policy: policy(shape.customer),
    components: [
      { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200, default: 2 },
      { id: 'disk', name: 'SSD', unit: 'GB', unitCents: 7 },
    ],
    optionTariff: {
      kind: shape.optionKind,
      options: [
        { id: 'data', name: 'Datenpaket', unitCents: 500, vatRate: 19 as const },
        { id: 'sms', name: 'SMS Flat', unitCents: 299, vatRate: 19 as const },
        { id: 'mag', name: 'Magazin', unitCents: 199, vatRate: 7 as const },
      ],
    },
  });
  return createCatalog({
    plans: [plan('s', 990), plan('m', 1990), plan('l', 2990)],
    addOns: [
      { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 },
      { id: 'storage', name: 'Speicherpaket', unitCents: 590, vatRate: 19, unit: '10 GB' },
      { id: 'journal', name: 'Fachmagazin digital', unitCents: 490, vatRate: 7 },
    ],
  });
}

export const planShapeArb: fc.Arbitrary<PlanShape> = fc.record({
  cycle: fc.constantFrom<PlanCycle>({ kind: 'calendarMonth' }, { kind: 'monthly' }, { kind: 'days', days: 28 }, { kind: 'yearly' }),
  billing: fc.constantFrom<BillingTiming>('inAdvance', 'inArrears'),
  customer: fc.constantFrom('consumer' as const, 'business' as const),
  renewal: fc.constantFrom('fixed' as const, 'openEnded' as const, 'none' as const),
  optionKind: fc.constantFrom('postpaidMonth' as const, 'optionTariff' as const, 'packageTariff' as const),
});

/** `YYYY-MM-DD` of a day count from 2026-01-01 (test-side arithmetic through Date.UTC, not the library's). */
export function dayFrom(offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** An order starting in 2026's first quarter, on any day (month ends drawn often). */
export const orderArb: fc.Arbitrary<SubscriptionInput> = fc.record({
  planId: fc.constantFrom('s', 'm'),
  start: fc.oneof(fc.integer({ min: 0, max: 89 }), fc.constantFrom(0, 30, 58, 59, 89)).map(dayFrom),
  configuration: fc.record({ ram: fc.integer({ min: 1, max: 4 }), disk: fc.integer({ min: 0, max: 50 }) }),
  addOns: fc.array(fc.record({ addOnId: fc.constantFrom('users', 'storage', 'journal'), quantity: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
  // The contract's withdrawal facts (R31), now and then.
  instructed: fc.constantFrom(true, true, false),
  earlyStart: fc.boolean(),
}, { requiredKeys: ['planId', 'start', 'configuration', 'addOns'] });

/** One step of a log: how many days after the previous, and what kind of event. */
const stepArb = fc.record({
  gap: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 20, max: 45 })),
  kind: fc.constantFrom(
    'upgrade', 'downgrade', 'cancel', 'bookAddOn', 'bookAddOn', 'changeAddOnQuantity', 'cancelAddOn', 'withdrawAddOn',
    'bookOption', 'bookOption', 'cancelOption', 'switchOption', 'withdrawOption', 'charge', 'withdraw',
  ),
  pick: fc.nat(),
  quantity: fc.integer({ min: 1, max: 5 }),
  hour: fc.integer({ min: 0, max: 23 }),
});

/** A booking's withdrawal flags (R31), now and then: an early start, a booking without instruction. */
function flagsOf(pick: number, hour: number): { instructed?: boolean; earlyStart?: boolean } {
  const flags: { instructed?: boolean; earlyStart?: boolean } = {};
  if (hour % 5 === 0) flags.instructed = hour % 10 !== 0;
  if (pick % 4 === 1) flags.earlyStart = true;
  else if (pick % 8 === 2) flags.earlyStart = false;
  return flags;
}

/**
 * An event log in date order, from the order's start: add-on and option
 * bookings get ids (`a1`, `o1`, …) that later events of the log refer to.
 * Events may still be refused (a downgrade that costs more) or name a booking
 * that has ended; the properties keep what is accepted.
 */
export function eventLogArb(start: string, maxEvents = 12): fc.Arbitrary<SubscriptionEvent[]> {
  return fc.array(stepArb, { minLength: 1, maxLength: maxEvents }).map((steps) => {
    const startMs = Date.parse(`${start}T00:00:00Z`);
    let offset = 1;
    const addOns: string[] = [];
    const options: string[] = [];
    const events: SubscriptionEvent[] = [];
    for (const step of steps) {
      offset += step.gap;
      const on = new Date(startMs + offset * 86_400_000).toISOString().slice(0, 10);
      const at = `${on}T${String(step.hour).padStart(2, '0')}:30:00+01:00`;
      switch (step.kind) {
        case 'upgrade':
          events.push({ type: 'upgrade', on, configuration: { ram: 4 + (step.pick % 4), disk: 10 * step.quantity } });
          break;
        case 'downgrade':
          events.push({ type: 'downgrade', on, configuration: { ram: 1 } });
          break;
        case 'cancel':
          events.push({ type: 'cancel', on });
          break;
        case 'withdraw':
          events.push({ type: 'withdraw', on });
          break;
        case 'bookAddOn': {
          const bookingId = `a${addOns.length + 1}`;
          addOns.push(bookingId);
          const addOnId = ['users', 'storage', 'journal'][step.pick % 3] as string;
          events.push({ type: 'bookAddOn', on, addOnId, quantity: step.quantity, ...flagsOf(step.pick, step.hour), bookingId });
          break;
        }
        case 'changeAddOnQuantity':
        case 'cancelAddOn':
        case 'withdrawAddOn': {
          if (addOns.length === 0) break;
          const bookingId = addOns[step.pick % addOns.length] as string;
          events.push(step.kind === 'changeAddOnQuantity'
            ? { type: step.kind, on, bookingId, quantity: step.quantity }
            : { type: step.kind, on, bookingId });
          break;
        }
        case 'bookOption': {
          const bookingId = `o${options.length + 1}`;
          options.push(bookingId);
          events.push({ type: 'bookOption', at, optionId: ['data', 'sms', 'mag'][step.pick % 3] as string, ...flagsOf(step.pick, step.hour), bookingId });
          break;
        }
        case 'cancelOption':
        case 'withdrawOption': {
          if (options.length === 0) break;
          const bookingId = options[step.pick % options.length] as string;
          events.push(step.kind === 'cancelOption' ? { type: step.kind, at, bookingId } : { type: step.kind, on, bookingId });
          break;
        }
        case 'switchOption': {
          if (options.length === 0) break;
          const bookingId = options[step.pick % options.length] as string;
          const newBookingId = `o${options.length + 1}`;
          options.push(newBookingId);
          events.push({ type: 'switchOption', at, bookingId, toOptionId: ['data', 'sms', 'mag'][(step.pick + 1) % 3] as string, ...flagsOf(step.pick, step.hour), newBookingId });
          break;
        }
        case 'charge':
          events.push({ type: 'charge', on, item: { id: 'setup', name: 'Einrichtung', unitCents: 100 * step.quantity + step.pick % 97, vatRate: 19 } });
          break;
      }
    }
    return events;
  });
}
