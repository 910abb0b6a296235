/**
 * One fuzz entry per runtime export of the package, its subpath
 * `tarifkit/einvoice` included: the valid arguments it takes, from which the
 * suite derives near misses (one argument spoiled, left out, or replaced by
 * anything). An export without an entry fails the suite.
 */
import fc from 'fast-check';
import { ERROR_MESSAGES } from '../../src/index.js';
import {
  addOnRowArb,
  anyIdArb,
  bigCentsArb,
  bookingAccountArb,
  cartArb,
  cartItemArb,
  catalogArb,
  catalogDataArb,
  chargeInputArb,
  contractArb,
  currencyCodeArb,
  cycleArb,
  cycleSpec,
  dateArb,
  eventArb,
  eventsArb,
  historyArb,
  holidaysOptionsArb,
  holidayStateOptionsArb,
  holidayYearArb,
  instantArb,
  invoiceArb,
  invoiceInputArb,
  itemArb,
  lineArb,
  localeArb,
  moneyArb,
  noticeArb,
  packageOrderArb,
  periodArb,
  prepaidAccountArb,
  prepaidBookOptionsArb,
  prepaidIdArb,
  prepaidOfferArb,
  priceArb,
  ratiosValid,
  refusalArb,
  smsOptionsArb,
  smsTextArb,
  subscriptionArb,
  voucherArb,
  voucherSpecArb,
  zoneOptionsArb,
  basisOptionsArb,
} from './scenarios.js';
import { eventLogArb, orderArb } from '../arbitraries/subscription.js';
import { documentCaseArb, documentInputOf, documentsOf, scenarioArb } from '../arbitraries/documents.js';
import { advance, applyEvent, checkPriceChange, createCatalog, createDocument, createSubscription } from '../../src/index.js';
import { Temporal } from '@js-temporal/polyfill';
import { isoDateArb } from '../arbitraries/core.js';

/** Withdrawal options (R31): with or without a proper instruction, with a holiday list. */
const instructedOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom({ instructed: false }, { instructed: true }, { instructed: false, holidays: ['2027-03-26'] });

/** A withdrawal to confirm (§356a BGB, R31): received at an instant, named, with or without its booking day and zone. */
const withdrawalConfirmationArb: fc.Arbitrary<unknown> = fc
  .record({ receivedAt: instantArb, name: fc.constantFrom('LTE 50', 'Zusätzliche Benutzer'), ref: fc.constantFrom('lte50#1', 'V-1001') }, { requiredKeys: ['receivedAt', 'name', 'ref'] })
  .chain((base) => fc.record({ bookedOn: fc.constantFrom(undefined, '2020-01-01'), timeZone: fc.constantFrom(undefined, 'Europe/Berlin', 'UTC') })
    .map((extra) => ({ ...base, ...(extra.bookedOn === undefined ? {} : { bookedOn: extra.bookedOn }), ...(extra.timeZone === undefined ? {} : { timeZone: extra.timeZone }) })));

/** Direct debit input: a mandate signed up to about four years before the invoice, used or not (R29). */
const directDebitInputArb: fc.Arbitrary<unknown> = fc
  .record({
    invoicedOn: isoDateArb(2020, 2035),
    noticeDays: fc.constantFrom(undefined, 1, 2, 5, 14, 60),
    reference: fc.constantFrom('CRM-000123', "A/b-?:().,'+ 9", 'X'),
    signedBefore: fc.integer({ min: 0, max: 1500 }),
    collectedAfter: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
    nullCollection: fc.boolean(),
  })
  .map(({ invoicedOn, noticeDays, reference, signedBefore, collectedAfter, nullCollection }) => {
    const signed = Temporal.PlainDate.from(invoicedOn).subtract({ days: signedBefore });
    const lastCollectedOn = collectedAfter === undefined ? (nullCollection ? null : undefined) : signed.add({ days: collectedAfter }).toString();
    return { invoicedOn, noticeDays, mandate: { reference, signedOn: signed.toString(), lastCollectedOn } };
  });

/** Pre-notification input: checked IBANs and creditor identifiers of several countries, with or without an invoice. */
const preNotificationInputArb: fc.Arbitrary<unknown> = fc.record({
  amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
  currency: fc.constantFrom(undefined, 'EUR'),
  dueOn: dateArb,
  mandateReference: fc.constantFrom('CRM-000123', "A/b-?:().,'+ 9"),
  creditorId: fc.constantFrom('DE98ZZZ09999999999', 'AT61ZZZ01234567890', 'de98 zzz 0999 9999 999'),
  debitedIban: fc.constantFrom('DE02120300000000202051', 'GB82 WEST 1234 5698 7654 32', 'FR1420041010050500013M02606', 'NL91ABNA0417164300'),
  invoiceNumber: fc.constantFrom(undefined, null, 'RE-2026-0042'),
  invoicedOn: fc.constantFrom(undefined, null, '2026-04-18'),
});

/** A telecom price change notified 0 to 90 days before it takes effect: accepted, or refused as too short or too early (R32). */
const priceChangeArb: fc.Arbitrary<{ notifiedOn: string; effectiveOn: string }> = fc
  .tuple(isoDateArb(2020, 2035), fc.integer({ min: 0, max: 90 }))
  .map(([notifiedOn, days]) => ({ notifiedOn, effectiveOn: Temporal.PlainDate.from(notifiedOn).add({ days }).toString() }));
const acceptedPriceChangeArb: fc.Arbitrary<unknown> = priceChangeArb.map((change) => checkPriceChange(change)).filter((r) => r.ok);

/** A telecom contract (consumer, small business or not protected) cancelled some day after its start (R32, §312k BGB). */
const cancelledTelecomArb: fc.Arbitrary<unknown> = fc
  .record({
    policy: fc.constantFrom<Record<string, unknown>>({ customer: 'consumer', telecom: true }, { customer: 'business', telecom: true, smallBusiness: true }, { customer: 'business', telecom: true }),
    renewal: fc.constantFrom({ kind: 'fixed', months: 12 }, { kind: 'openEnded' } as const),
    start: isoDateArb(2020, 2030),
    after: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ policy, renewal, start, after }) => {
    const catalog = createCatalog({ plans: [{
      id: 'fiber', name: 'Fiber 250', price: { cents: 4999, per: 'billingPeriod' }, billingCycle: { kind: 'calendarMonth' }, termMonths: 24,
      renewal, policy: { optionsChangeable: false, notice: { unit: 'month', count: 1 }, customer: 'consumer', ...policy },
    }] });
    const on = Temporal.PlainDate.from(start).add({ days: after }).toString();
    const done = applyEvent(advance(createSubscription(catalog, { planId: 'fiber', start }), on).subscription, { type: 'cancel', on });
    return done.ok ? done.subscription.contract : null;
  })
  .filter((contract) => contract !== null);
const confirmationOptionsArb: fc.Arbitrary<unknown> = fc.constantFrom(undefined, {}, { timeZone: 'Europe/Berlin' }, { timeZone: 'UTC' });

/** How an export is called. */
export interface Entry {
  /** The valid value of each parameter, in order. */
  readonly params: readonly fc.Arbitrary<unknown>[];
  /** Whether it is called with `new`. */
  readonly construct?: boolean;
  /**
   * Valid argument lists whose parts belong together (a subscription and an
   * event for it), in addition to the independent parameters.
   */
  readonly together?: fc.Arbitrary<unknown[]>;
}

/** Document inputs, drafts and finalized documents of every category. */
const documentInputArb = scenarioArb.map(documentInputOf);
const draftArb = documentInputArb.map(createDocument);
const finalArb = scenarioArb.map((scenario) => documentsOf(scenario)[0]!);
const anyDocumentArb = fc.oneof(draftArb, scenarioArb.chain((scenario) => fc.constantFrom(...documentsOf(scenario))));
const sequenceArb = fc.record({ prefix: fc.constantFrom('RE-2026-', 'INV/', 'G-'), last: fc.nat({ max: 9998 }) });

const codeArb = fc.constantFrom(...(Object.keys(ERROR_MESSAGES) as string[]));

/** A subscription with an event drawn for it (most of the time accepted, sometimes refused). */
const subscriptionWithEvent: fc.Arbitrary<unknown[]> = historyArb.chain((h) =>
  eventLogArb(h.to, 3).map((events) => [h.subscription, events[0]]));

/** A finalized document of any VAT category and type (now and then one that XRechnung refuses as incomplete), or a draft. */
const finalDocumentArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(documentCaseArb, fc.nat()).map(([kase, n]) => kase.documents[n % kase.documents.length]),
  anyDocumentArb,
);

/** Every runtime export, by name (those of `tarifkit/einvoice` at the end). */
export const ENTRIES: Readonly<Record<string, Entry | 'value'>> = {
  ERROR_MESSAGES: 'value',
  TarifkitError: {
    params: [codeArb, fc.record({ field: fc.constantFrom('start', 'event.quantity'), value: fc.anything() }), fc.constantFrom(undefined, { cause: new Error('x') })],
    construct: true,
  },
  isTarifkitError: { params: [fc.anything(), fc.option(codeArb, { nil: undefined })] },

  // calendar
  createCycle: { params: [cycleSpec] },
  createPeriod: { params: [dateArb, dateArb, fc.constantFrom(undefined, {}, { allowEmpty: true })] },
  periodContaining: { params: [cycleArb, dateArb] },
  periodsBetween: { params: [cycleArb, periodArb] },
  splitRange: { params: [cycleArb, periodArb] },
  restOfPeriod: { params: [cycleArb, dateArb] },
  daysIn: { params: [periodArb] },

  // money
  money: { params: [bigCentsArb, fc.constantFrom(undefined, { code: 'EUR', base: 10, exponent: 2 }, { code: 'JPY', base: 10, exponent: 0 })] },
  toCents: { params: [moneyArb] },
  formatMoney: { params: [fc.oneof(moneyArb, bigCentsArb), localeArb, currencyCodeArb] },
  splitAmount: { params: [moneyArb, ratiosValid] },

  // proration, items, lines, invoices
  prorate: { params: [priceArb, cycleArb, periodArb, basisOptionsArb] },
  createItem: { params: [itemArb] },
  chargeLine: { params: [chargeInputArb] },
  createInvoice: { params: [invoiceInputArb] },

  // invoice documents
  createDocument: { params: [documentInputArb] },
  finalizeDocument: { params: [draftArb, sequenceArb, fc.constantFrom(undefined, {}, { issuedOn: '2026-12-31' }, { terms: { dueDays: 30 } })] },
  allocateNumber: { params: [sequenceArb] },
  createCorrection: { params: [finalArb, fc.constantFrom('2026-12-28', '2027-01-15'), fc.constantFrom(undefined, {}, { lines: [0] }, { notes: ['Gutschrift'] })] },
  checkInvoiceContents: { params: [anyDocumentArb, localeArb] },

  // catalog, contract
  createCatalog: { params: [catalogDataArb] },
  contractLines: { params: [contractArb, periodArb, basisOptionsArb] },
  termAt: { params: [contractArb, dateArb] },
  checkConsumerTerms: { params: [fc.oneof(contractArb, cancelledTelecomArb)] },
  checkPriceChange: { params: [priceChangeArb, holidaysOptionsArb] },

  // subscriptions, add-ons, options
  createSubscription: { params: [catalogArb, orderArb] },
  applyEvent: { params: [subscriptionArb, eventArb], together: subscriptionWithEvent },
  quoteEvent: { params: [subscriptionArb, eventArb], together: subscriptionWithEvent },
  advance: { params: [subscriptionArb, dateArb] },
  replay: {
    params: [catalogArb, orderArb, eventsArb, dateArb],
    together: historyArb.map((h) => [h.catalog, h.order, h.events, h.to]),
  },
  listAddOns: { params: [subscriptionArb, dateArb] },
  listOptions: { params: [subscriptionArb, dateArb] },

  // storage: any stored value as its parsed JSON or its JSON text, with or without the kind expected
  revive: {
    params: [
      fc.oneof(subscriptionArb, contractArb, catalogArb, prepaidAccountArb, bookingAccountArb, cartArb, invoiceArb, lineArb, moneyArb, anyDocumentArb)
        .chain((value) => fc.constantFrom<unknown>(JSON.parse(JSON.stringify(value)), JSON.stringify(value))),
      fc.constantFrom(undefined, 'subscription', 'contract', 'catalog', 'prepaidAccount', 'bookingAccount', 'cart', 'invoice', 'line', 'document', 'money'),
    ],
  },

  // rules
  withdrawalWindow: { params: [dateArb, fc.oneof(holidaysOptionsArb, instructedOptionsArb)] },
  checkWithdrawal: { params: [dateArb, dateArb, fc.oneof(holidaysOptionsArb, instructedOptionsArb)] },
  cancellationDeadline: { params: [dateArb, zoneOptionsArb] },
  effectiveEndFor: { params: [instantArb, cycleArb, periodArb, zoneOptionsArb] },

  // explain
  explainLine: { params: [lineArb, localeArb] },
  explainInvoice: { params: [invoiceArb, localeArb] },
  explainRefusal: { params: [refusalArb, localeArb] },
  explainNotice: { params: [noticeArb, localeArb] },
  formatAddOnRow: { params: [addOnRowArb, localeArb] },
  explainPriceChange: { params: [acceptedPriceChangeArb, localeArb] },
  cancellationConfirmationText: { params: [cancelledTelecomArb, localeArb, confirmationOptionsArb] },
  withdrawalConfirmationText: { params: [withdrawalConfirmationArb, localeArb] },

  // prepaid
  openPrepaidAccount: { params: [dateArb, fc.constantFrom(undefined, {}, { currency: 'EUR' }, { currency: 'JPY' })] },
  topUp: { params: [prepaidAccountArb, bigCentsArb, dateArb] },
  bookPrepaid: { params: [prepaidAccountArb, prepaidOfferArb, dateArb, prepaidBookOptionsArb] },
  cancelPrepaid: { params: [prepaidAccountArb, anyIdArb, dateArb] },
  advancePrepaid: { params: [prepaidAccountArb, dateArb] },
  withdrawPrepaid: { params: [prepaidAccountArb, prepaidIdArb, dateArb, fc.oneof(fc.constant(undefined), holidaysOptionsArb)] },

  // bookings
  openBookingAccount: { params: [fc.constantFrom(undefined, {}, { currency: 'EUR' }, { currency: 'USD' })] },
  orderPackage: { params: [bookingAccountArb, packageOrderArb, dateArb] },
  recordPayment: { params: [bookingAccountArb, anyIdArb, dateArb] },
  advanceBookings: { params: [bookingAccountArb, dateArb] },
  activeBookingOn: { params: [bookingAccountArb, dateArb] },

  // carts
  createCart: { params: [fc.uniqueArray(cartItemArb, { selector: (i) => (i as { id: string }).id, maxLength: 3 }), fc.constantFrom(undefined, {}, { currency: 'EUR' })] },
  addCartItem: { params: [cartArb, cartItemArb] },
  removeCartItem: { params: [cartArb, anyIdArb] },
  createVoucher: { params: [voucherSpecArb] },
  applyVoucher: { params: [cartArb, fc.constantFrom('FUENF', 'fruehling10 ', 'NOPE'), fc.array(fc.oneof(voucherArb, voucherSpecArb), { maxLength: 3 }), dateArb] },
  removeVoucher: { params: [cartArb] },
  priceCart: { params: [cartArb, dateArb] },

  // direct debit
  isTargetBusinessDay: { params: [dateArb] },
  germanHolidays: { params: [holidayYearArb, holidayStateOptionsArb] },
  directDebitDates: { params: [directDebitInputArb] },
  preNotificationText: { params: [preNotificationInputArb, localeArb] },

  // sms
  parseSmsCommand: { params: [smsTextArb, smsOptionsArb] },

  // tarifkit/einvoice
  toXRechnungCii: { params: [finalDocumentArb] },
  toXRechnungUbl: { params: [finalDocumentArb] },
  toZugferd: { params: [finalDocumentArb] },
};
