// One copy, in every runtime: loads the ESM build (dist/index.js) and the CommonJS build
// (dist/index.cjs) into one process and hands values and errors made by one to the other; the same
// for the e-invoice entry point (dist/einvoice/index.js and dist/einvoice/index.cjs), whose CommonJS
// file carries its own copy of the error class.
// Values are plain records, Money is read by its structure and errors carry a Symbol.for
// brand, so neither build relies on the other's class identity. Run after `npm run build`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const esm = await import('../dist/index.js');
const cjs = createRequire(import.meta.url)('../dist/index.cjs');
assert.notEqual(esm.TarifkitError, cjs.TarifkitError, 'two copies are loaded');
const einvoiceEsm = await import('../dist/einvoice/index.js');
const einvoiceCjs = createRequire(import.meta.url)('../dist/einvoice/index.cjs');

const plan = {
  id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
  billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
};
const addOns = [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }];
const event = { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 };

let checks = 0;
for (const [made, used, label] of [[esm, cjs, 'ESM → CJS'], [cjs, esm, 'CJS → ESM']]) {
  // Catalog, subscription and contract records made by one build, used by the other.
  const catalog = made.createCatalog({ plans: [plan], addOns });
  const subscription = made.createSubscription(catalog, { planId: 'crm', start: '2026-03-18' });
  const started = used.advance(subscription, '2026-03-20');
  const booked = used.applyEvent(started.subscription, event);
  assert.ok(booked.ok, `${label}: the other build applies an event to the subscription`);
  const invoices = made.advance(booked.subscription, '2026-04-18').invoices;
  assert.deepEqual(invoices.map((invoice) => invoice.netCents), [6042], `${label}: the April invoice`);
  assert.deepEqual(used.termAt(booked.subscription.contract, '2026-04-01').term, { start: '2026-03-18', end: '2026-04-18' }, `${label}: the contract`);
  const sameRun = used.advance(used.applyEvent(used.advance(used.createSubscription(used.createCatalog({ plans: [plan], addOns }), { planId: 'crm', start: '2026-03-18' }), '2026-03-20').subscription, event).subscription, '2026-04-18');
  assert.equal(JSON.stringify(invoices), JSON.stringify(sameRun.invoices), `${label}: the same invoices as one build alone`);

  // Lines and invoices.
  const line = made.chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 2500, vatRate: 19 } });
  const invoice = used.createInvoice({ lines: [line, ...invoices[0].lines], customer: 'business', issuedOn: '2026-04-18' });
  assert.equal(invoice.netCents, 8542, `${label}: a line of one build on an invoice of the other`);
  assert.equal(used.explainLine(line, 'de'), 'Einmalig Einrichtung: 25,00 €', `${label}: explainLine`);

  // Money from money().
  const amount = made.money(590);
  assert.equal(used.formatMoney(amount, 'de'), '5,90 €', `${label}: formatMoney`);
  assert.equal(used.prorate(amount, made.createCycle({ kind: 'calendarMonth' }), { start: '2025-02-10', end: '2025-02-13' }).cents, 63, `${label}: prorate`);
  assert.deepEqual(used.splitAmount(amount, [1, 1, 1]).map(made.toCents), [197, 197, 196], `${label}: splitAmount`);

  // Cycles and periods.
  const cycle = made.createCycle({ kind: 'monthly', anchor: '2026-01-31' });
  assert.deepEqual(used.periodContaining(cycle, '2026-03-15'), { start: '2026-02-28', end: '2026-03-31' }, `${label}: a cycle`);

  // Errors: thrown by one build, recognised by the other.
  let caught;
  try {
    made.createPeriod('2026-03-01', '2026-02-01');
  } catch (error) {
    caught = error;
  }
  assert.ok(used.isTarifkitError(caught), `${label}: isTarifkitError`);
  assert.ok(used.isTarifkitError(caught, 'END_BEFORE_START'), `${label}: isTarifkitError with the code`);
  assert.ok(!used.isTarifkitError(new Error('END_BEFORE_START')), `${label}: a plain Error is none`);
  assert.ok(!(caught instanceof used.TarifkitError), `${label}: the classes differ, the brand does not`);

  // E-invoices: a document finalized by one build, written by the other's e-invoice entry point.
  const einvoice = made === esm ? einvoiceCjs : einvoiceEsm;
  const { document } = made.finalizeDocument(made.createDocument({
    invoice: invoice,
    seller: {
      name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789',
      electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' }, contact: { name: 'Buchhaltung', phone: '040 123456', email: 'buchhaltung@cloudcrm.example' },
    },
    buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'eingang@muster.example' } },
    payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
    buyerReference: 'K-10042',
  }), { prefix: 'RE-2026-', last: 41 });
  for (const write of [einvoice.toXRechnungCii, einvoice.toXRechnungUbl, einvoice.toZugferd]) {
    assert.match(write(document), /(<ram:GrandTotalAmount>|<cbc:PayableAmount currencyID="EUR">)101\.65</, `${label}: ${write.name}`);
  }
  let refused;
  try {
    einvoice.toXRechnungCii({ ...document, buyerReference: null });
  } catch (error) {
    refused = error;
  }
  assert.ok(used.isTarifkitError(refused, 'EINVOICE_INCOMPLETE') && made.isTarifkitError(refused, 'EINVOICE_INCOMPLETE'), `${label}: the e-invoice entry's errors are TarifkitErrors to both builds`);
  checks += 1;
}
console.log(`dual build: ESM and CJS accept each other's values and errors, tarifkit/einvoice included (${checks} directions)`);
