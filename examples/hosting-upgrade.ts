/**
 * Seed 000, the hosting provider: W1 on both bases, then a cloud server whose
 * RAM, vCPUs and disk grow mid-term. Prints the quote the customer confirms
 * ("Es wird Ihnen nun der Aufpreis für die Restlaufzeit angezeigt"), in German
 * and English, and what applying it does. Run: npx tsx examples/hosting-upgrade.ts
 */
import {
  applyEvent,
  createCatalog,
  createContract,
  explainLine,
  explainRefusal,
  formatMoney,
  quoteChange,
  type Contract,
  type ContractEvent,
  type ProrationBasis,
} from '../src/index.js';

const business = { optionsChangeable: true, notice: { unit: 'month', count: 3 }, customer: 'business' } as const;
const catalog = createCatalog({
  plans: [
    // W1: 100 € for 12 months, and the 200 € plan it is upgraded to.
    { id: 'basic', name: 'Basic', price: { cents: 10000, per: 'term' }, billingCycle: { kind: 'term' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    { id: 'pro', name: 'Pro', price: { cents: 20000, per: 'term' }, billingCycle: { kind: 'term' }, termMonths: 12, renewal: { kind: 'fixed', months: 12 }, policy: business },
    // A cloud server billed per calendar month: 15 € plus its options.
    {
      id: 'cloud',
      name: 'Cloud Server',
      price: { cents: 1500, per: 'billingPeriod' },
      billingCycle: { kind: 'calendarMonth' },
      termMonths: 12,
      renewal: { kind: 'fixed', months: 12 },
      options: [
        { id: 'ram', name: 'RAM', unit: 'GB', unitCents: 200 },
        { id: 'vcpu', name: 'vCPU', unitCents: 500 },
        { id: 'disk', name: 'SSD', unit: 'GB', unitCents: 10 },
      ],
      policy: business,
    },
    // A managed server: its options cannot change one by one (R4).
    {
      id: 'managed',
      name: 'Managed Server',
      price: { cents: 120000, per: 'term' },
      billingCycle: { kind: 'term' },
      termMonths: 12,
      renewal: { kind: 'fixed', months: 12 },
      options: [{ id: 'backup', name: 'Backup', unit: 'GB', unitCents: 50, default: 100 }],
      policy: { ...business, optionsChangeable: false },
    },
  ],
});

/** Prints the quote of a change as the customer sees it before confirming. */
function showQuote(title: string, contract: Contract, change: ContractEvent, basis: ProrationBasis = 'day'): void {
  console.log(`\n${title}`);
  const quote = quoteChange(contract, change, { basis });
  if (!quote.ok) {
    console.log(`  ${explainRefusal(quote, 'de')}`);
    console.log(`  ${explainRefusal(quote, 'en')}`);
    return;
  }
  for (const locale of ['de', 'en'] as const) {
    for (const line of quote.lines) console.log(`  ${explainLine(line, locale)}`);
    const word = locale === 'de' ? 'Zu zahlen' : 'To pay';
    console.log(`  ${word}: ${formatMoney(quote.net, locale)}`);
  }
}

// W1 (R2): Basic from 2026-01-01, upgraded to Pro on 2026-07-01; 184 of 365 days are left.
const w1 = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
const toPro: ContractEvent = { type: 'upgrade', on: '2026-07-01', planId: 'pro' };
showQuote('W1, day basis (tagesgenau):', w1, toPro);
showQuote('W1, month basis (the seed\'s round figures):', w1, toPro, 'month');

const applied = applyEvent(w1, toPro);
if (applied.ok) {
  console.log(`\nApplied: ${applied.contract.plan.name} from ${applied.contract.asOf}; the term still ends ${applied.contract.term.last} (R2).`);
}

// A cloud server from 2026-01-01 with 4 GB RAM, 2 vCPUs and 100 GB SSD: 38 € a month.
const server = createContract(catalog, { planId: 'cloud', start: '2026-01-01', configuration: { ram: 4, vcpu: 2, disk: 100 } });
const more: ContractEvent = { type: 'upgrade', on: '2026-03-10', configuration: { ram: 16, vcpu: 4, disk: 250 } };
showQuote('Cloud Server: 16 GB RAM, 4 vCPUs, 250 GB SSD from 2026-03-10 (rest of March):', server, more);

const upgraded = applyEvent(server, more);
if (upgraded.ok) {
  const next = upgraded.contract;
  console.log(`  From April on the regular monthly price is ${formatMoney(next.current.price, 'de')}.`);

  // Less RAM mid-term: accepted, but only at the term's end (R3).
  const less = applyEvent(next, { type: 'downgrade', on: '2026-05-02', configuration: { ram: 8 } });
  if (less.ok) console.log(`\nDowngrade to 8 GB RAM asked on 2026-05-02: scheduled, effective ${less.effectiveOn} (R3).`);
}

// A managed server: single options cannot change (R4); closing the business is no ground to end early (R5).
const managed = createContract(catalog, { planId: 'managed', start: '2026-01-01' });
showQuote('Managed Server: more backup space asked on 2026-04-01:', managed, { type: 'upgrade', on: '2026-04-01', configuration: { backup: 500 } });
showQuote('Basic: early termination, the business closes on 2026-08-01:', w1, { type: 'terminateEarly', on: '2026-08-01', ground: 'businessClosure' });
