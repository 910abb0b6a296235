#!/usr/bin/env bash
# The packed tarball, as an app installs it: `npm pack`, then a throwaway app in a temp dir that
# installs the .tgz and checks it five ways:
#   1. ESM under strict tsc (moduleResolution node16 and bundler), then run;
#   2. plain CommonJS (`require('tarifkit')`);
#   3. a Jest 30 test, CommonJS under Jest's default config;
#   4. an esbuild browser bundle, executed in a fresh V8 context without Node's globals;
#   5. native Temporal: on Node 26 with the `tarifkit-native-temporal` condition, the polyfill is
#      neither in an esbuild bundle nor needed at run time (it is removed), and results are equal;
#   6. the subpath `tarifkit/einvoice`: ESM under strict tsc (node16, bundler and the old node10
#      resolution), CommonJS, and a browser bundle that holds no Temporal and no dinero.js.
# Usage: .ci/pack-check.sh [--prebuilt]   (--prebuilt packs the dist/ already built, without prepack)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pack_flags=()
if [[ "${1:-}" == "--prebuilt" ]]; then pack_flags+=(--ignore-scripts); fi
tarball=$(npm pack --silent --pack-destination "$work" "${pack_flags[@]}" | tail -n 1)
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) KB)"

app="$work/app"
mkdir -p "$app"
cp .ci/pack-app/results.mjs "$app/"
cd "$app"
cat > package.json <<'JSON'
{ "name": "tarifkit-pack-check", "private": true, "version": "0.0.0" }
JSON
npm install --no-audit --no-fund --silent "$work/$tarball" typescript@5.9.3 jest@30.5.2 esbuild@0.27.7

echo "-- 1. ESM under strict tsc"
cat > check.mts <<'TS'
import {
  advance, applyEvent, cancellationDeadline, createCatalog, createCycle, createInvoice, createSubscription, formatMoney,
  isTarifkitError, money, periodsBetween, prorate, type DateInput, type Invoice, type Money, type PlainDateLike,
} from 'tarifkit';

const amount: Money = money(590);
const text: string = formatMoney(amount, 'de');
const months = createCycle({ kind: 'calendarMonth' });
const share: number = prorate(money(900), months, { start: '2025-02-10', end: '2025-02-13' }).cents;
const starts: string[] = [...periodsBetween(months, { start: '2026-01-01', end: '2026-04-01' })].map((period) => period.start);
// Any spec-conformant Temporal.PlainDate is a date input: tarifkit reads year, month and day.
const nativeLike: PlainDateLike = { year: 2026, month: 3, day: 30, calendarId: 'iso8601' };
const day: DateInput = nativeLike;
const deadline: string = cancellationDeadline(day).toString();
const catalog = createCatalog({ plans: [{
  id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
  billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
  policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
}], addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }] });
const started = advance(createSubscription(catalog, { planId: 'crm', start: '2026-03-18' }), '2026-03-20').subscription;
const booked = applyEvent(started, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
if (!booked.ok) throw new Error(booked.reason);
const invoices: readonly Invoice[] = advance(booked.subscription, '2026-04-18').invoices;
const total = createInvoice({ lines: invoices[0]!.lines, customer: 'business', issuedOn: '2026-04-18' }).grossCents;
let code = '';
try {
  createCycle({ kind: 'weekly' } as never);
} catch (error) {
  if (isTarifkitError(error)) code = error.code;
}
const expected = ['5,90 €', 96, '2026-01-01,2026-02-01,2026-03-01', '2026-03-27T23:00:00+01:00[Europe/Berlin]', 7190, 'INVALID_CYCLE'];
const got = [text, share, starts.join(), deadline, total, code];
if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`ESM: ${JSON.stringify(got)}`);
console.log('ESM ok:', JSON.stringify(got));
TS
for resolution in node16 bundler; do
  module=$([[ $resolution == bundler ]] && echo esnext || echo node16)
  npx tsc --strict --noEmit --exactOptionalPropertyTypes --noUncheckedIndexedAccess --target es2022 \
    --module "$module" --moduleResolution "$resolution" --lib es2022,dom check.mts
  echo "tsc --strict, moduleResolution $resolution: ok"
done
npx tsc --strict --target es2022 --module node16 --moduleResolution node16 --lib es2022,dom --outDir out check.mts
node out/check.mjs

echo "-- 2. plain CommonJS"
node -e "
const assert = require('node:assert/strict');
const { createInvoice, chargeLine, formatMoney, money, prorate, createCycle } = require('tarifkit');
assert.equal(formatMoney(money(590), 'de'), '5,90 €');
const lte = { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 };
const part = chargeLine({ item: lte, range: { start: '2026-03-19', end: '2026-04-01' }, period: { start: '2026-03-01', end: '2026-04-01' } });
const setup = chargeLine({ item: { id: 'setup', name: 'Einrichtung', unitCents: 2500, vatRate: 19 } });
const invoice = createInvoice({ lines: [part, setup], customer: 'consumer', issuedOn: '2026-04-01' });
assert.deepEqual([part.cents, invoice.grossCents, invoice.netCents, invoice.vatCents], [210, 2710, 2277, 433]);
assert.equal(prorate(money(900), createCycle({ kind: 'calendarMonth' }), { start: '2025-02-10', end: '2025-02-13' }).cents, 96);
console.log('CJS ok: 5,90 € and an invoice of', invoice.grossCents, 'cents');
"

echo "-- 3. Jest 30 (CommonJS, default config)"
mkdir -p __tests__
cat > __tests__/invoice.test.js <<'JS'
const { advance, applyEvent, createCatalog, createSubscription, formatMoney, isTarifkitError, money, splitAmount, toCents } = require('tarifkit');

test('a CRM subscription bills day-exact add-ons to the cent', () => {
  const catalog = createCatalog({ plans: [{
    id: 'crm', name: 'CloudCRM Team', price: { cents: 4900, per: 'billingPeriod' },
    billingCycle: { kind: 'monthly' }, termMonths: 1, renewal: { kind: 'openEnded' },
    policy: { optionsChangeable: true, notice: { unit: 'month', count: 1 }, customer: 'business' },
  }], addOns: [{ id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }] });
  const started = advance(createSubscription(catalog, { planId: 'crm', start: '2026-03-18' }), '2026-03-20').subscription;
  const booked = applyEvent(started, { type: 'bookAddOn', on: '2026-03-20', addOnId: 'users', quantity: 1 });
  expect(booked.ok).toBe(true);
  const [april] = advance(booked.subscription, '2026-04-18').invoices;
  expect(april.lines.map((line) => line.cents)).toEqual([4900, 590, 552]);
  expect([april.netCents, april.vatCents, april.grossCents]).toEqual([6042, 1148, 7190]);
});

test('money splits to the cent and errors carry their code', () => {
  expect(splitAmount(money(100), [1, 1, 1]).map(toCents)).toEqual([34, 33, 33]);
  expect(formatMoney(-5041, 'de')).toBe('\u221250,41 €');
  let caught;
  try { money(5.9); } catch (error) { caught = error; }
  expect(isTarifkitError(caught, 'INVALID_AMOUNT')).toBe(true);
});
JS
npx jest --ci 2>&1 | tail -n 6

echo "-- 4. esbuild browser bundle, run in a fresh V8 context"
cat > browser.mjs <<'JS'
import { cancellationDeadline, explainLine, chargeLine, formatMoney, money } from 'tarifkit';
const line = chargeLine({ item: { id: 'lte50', name: 'LTE 50', unitCents: 500, vatRate: 19 }, range: { start: '2026-03-19', end: '2026-04-01' }, period: { start: '2026-03-01', end: '2026-04-01' } });
globalThis.result = [formatMoney(money(590), 'de'), explainLine(line, 'de'), cancellationDeadline('2026-03-30').toString()];
JS
npx esbuild browser.mjs --bundle --platform=browser --format=iife --minify --log-level=warning --outfile=browser.js
node -e "
const vm = require('node:vm');
const context = vm.createContext({});
vm.runInContext(require('node:fs').readFileSync('browser.js', 'utf8'), context);
const expected = ['5,90 €', 'Anteilig LTE 50, 19.03.2026–31.03.2026, 13/31 Tage: 2,10 €', '2026-03-27T23:00:00+01:00[Europe/Berlin]'];
if (JSON.stringify(context.result) !== JSON.stringify(expected)) { console.error('browser bundle:', context.result); process.exit(1); }
console.log('browser bundle ok (' + Math.round(require('node:fs').statSync('browser.js').size / 1000) + ' KB minified):', JSON.stringify(context.result));
"

echo "-- 5. native Temporal: Node 26 with --conditions=tarifkit-native-temporal"
cat > print.mjs <<'JS'
import { results } from './results.mjs';
console.log(JSON.stringify(results));
JS
for conditions in "" "tarifkit-native-temporal"; do
  npx esbuild print.mjs --bundle --platform=browser --format=esm --metafile=meta.json --log-level=warning --outfile=bundle.mjs \
    ${conditions:+--conditions=$conditions}
  if grep -q '@js-temporal/polyfill' meta.json; then inbundle=yes; else inbundle=no; fi
  echo "esbuild${conditions:+ --conditions=$conditions}: polyfill in the bundle: $inbundle"
  if [[ -z $conditions && $inbundle != yes ]] || [[ -n $conditions && $inbundle != no ]]; then echo "unexpected"; exit 1; fi
done
node print.mjs > polyfill.json
mv node_modules/@js-temporal node_modules/.js-temporal-away
native26() { npx -y -p node@26 -- node "$@"; }
native26 --conditions=tarifkit-native-temporal print.mjs > native-esm.json
native26 -e "const t = require('tarifkit'); console.log(t.cancellationDeadline('2026-03-30').toString())" > native-cjs.txt
mv node_modules/.js-temporal-away node_modules/@js-temporal
node -e "
const a = JSON.parse(require('fs').readFileSync('polyfill.json', 'utf8'));
const b = JSON.parse(require('fs').readFileSync('native-esm.json', 'utf8'));
if (a.temporal !== 'polyfill' || b.temporal !== 'native') { console.error('runtimes', a.temporal, b.temporal); process.exit(1); }
delete a.temporal; delete b.temporal;
if (JSON.stringify(a) !== JSON.stringify(b)) { console.error('differ:', JSON.stringify(a), JSON.stringify(b)); process.exit(1); }
console.log('Node 26, native Temporal, polyfill removed: ESM and CJS run, results equal to the polyfill on Node ' + process.versions.node);
"
grep -qx '2026-03-27T23:00:00+01:00\[Europe/Berlin\]' native-cjs.txt

echo "-- 6. tarifkit/einvoice: ESM under strict tsc, CommonJS, browser bundle"
cat > einvoice.mts <<'TS'
import { chargeLine, createDocument, createInvoice, finalizeDocument, isTarifkitError, type FinalDocument } from 'tarifkit';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from 'tarifkit/einvoice';

const line = chargeLine({ item: { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 }, quantity: 3, range: { start: '2026-04-18', end: '2026-05-18' } });
const { document }: { document: FinalDocument } = finalizeDocument(createDocument({
  invoice: createInvoice({ lines: [line], customer: 'business', issuedOn: '2026-04-18' }),
  seller: {
    name: 'CloudCRM GmbH', address: { postcode: '20457', city: 'Hamburg', country: 'DE' }, vatId: 'DE123456789',
    electronicAddress: { scheme: 'EM', id: 'rechnung@cloudcrm.example' }, contact: { name: 'Buchhaltung', phone: '040 123456', email: 'buchhaltung@cloudcrm.example' },
  },
  buyer: { name: 'Muster AG', address: { postcode: '50667', city: 'Köln', country: 'DE' }, electronicAddress: { scheme: 'EM', id: 'eingang@muster.example' } },
  payment: { kind: 'creditTransfer', iban: 'DE02120300000000202051' },
  buyerReference: 'K-10042',
}), { prefix: 'RE-2026-', last: 41 });
const xml: string = toXRechnungCii(document);
let code = '';
try {
  toXRechnungUbl({ ...document, buyerReference: null });
} catch (error) {
  if (isTarifkitError(error)) code = error.code;
}
const got = [xml.includes('<ram:GrandTotalAmount>21.06</ram:GrandTotalAmount>'), toZugferd(document).includes('urn:cen.eu:en16931:2017<'), code];
if (JSON.stringify(got) !== JSON.stringify([true, true, 'EINVOICE_INCOMPLETE'])) throw new Error(`einvoice ESM: ${JSON.stringify(got)}`);
console.log('einvoice ESM ok:', JSON.stringify(got));
TS
for resolution in node16 bundler; do
  module=$([[ $resolution == bundler ]] && echo esnext || echo node16)
  npx tsc --strict --noEmit --exactOptionalPropertyTypes --noUncheckedIndexedAccess --target es2022 \
    --module "$module" --moduleResolution "$resolution" --lib es2022,dom einvoice.mts
  echo "tarifkit/einvoice, tsc --strict, moduleResolution $resolution: ok"
done
cat > einvoice-node10.ts <<'TS'
import { toXRechnungCii } from 'tarifkit/einvoice';
export const write: (document: Parameters<typeof toXRechnungCii>[0]) => string = toXRechnungCii;
TS
npx tsc --strict --noEmit --target es2022 --module commonjs --moduleResolution node10 --ignoreDeprecations 5.0 --lib es2022,dom einvoice-node10.ts
echo "tarifkit/einvoice, tsc --strict, moduleResolution node10 (CommonJS): ok"
npx tsc --strict --target es2022 --module node16 --moduleResolution node16 --lib es2022,dom --outDir out einvoice.mts
node out/einvoice.mjs
node -e "
const assert = require('node:assert/strict');
const { toXRechnungUbl } = require('tarifkit/einvoice');
const { isTarifkitError } = require('tarifkit');
let caught;
try { toXRechnungUbl({ kind: 'document', tarifkit: 1, status: 'draft' }); } catch (error) { caught = error; }
assert.ok(isTarifkitError(caught, 'NOT_FINALIZED'));
console.log('einvoice CJS ok: require(\'tarifkit/einvoice\') refuses a draft with NOT_FINALIZED');
"
cat > einvoice-browser.mjs <<'JS'
import { toZugferd } from 'tarifkit/einvoice';
globalThis.result = typeof toZugferd;
JS
npx esbuild einvoice-browser.mjs --bundle --platform=browser --format=esm --minify --metafile=einvoice-meta.json --log-level=warning --outfile=einvoice-browser.js
if grep -q -e '@js-temporal/polyfill' -e 'dinero.js' einvoice-meta.json; then echo "tarifkit/einvoice pulls in Temporal or dinero.js"; exit 1; fi
echo "einvoice browser bundle ok ($(gzip -9 -c einvoice-browser.js | wc -c) bytes gzip, no Temporal, no dinero.js)"
echo "== pack check passed"
