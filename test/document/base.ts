/**
 * The base document: a CRM provider's add-on account closed on 2026-04-18 for
 * a business (three users and two storage packs for the next month, and the
 * drafts of a user booked on 2026-03-18, two packs from 2026-04-01 and two more
 * users from 2026-04-05).
 */
import { chargeLine, createInvoice, type Invoice, type Line } from '../../src/index.js';

const users = { id: 'users', name: 'Zusätzliche Benutzer', unitCents: 590, vatRate: 19 } as const;
const storage = { id: 'storage', name: 'Speicherpaket 10 GB', unitCents: 590, vatRate: 19 } as const;
const march = { start: '2026-03-18', end: '2026-04-18' };
const april = { start: '2026-04-18', end: '2026-05-18' };

export const BASE_LINES: readonly Line[] = [
  chargeLine({ item: users, quantity: 3, range: april, period: april }),
  chargeLine({ item: storage, quantity: 2, range: april, period: april }),
  chargeLine({ item: users, quantity: 1, range: march, period: march, reason: 'prorataCharge' }),
  chargeLine({ item: storage, quantity: 2, range: { start: '2026-04-01', end: '2026-04-18' }, period: march }),
  chargeLine({ item: users, quantity: 2, range: { start: '2026-04-05', end: '2026-04-18' }, period: march, reason: 'quantityIncrease' }),
];

export function baseInvoice(customer: 'business' | 'consumer' = 'business'): Invoice {
  return createInvoice({ lines: BASE_LINES, customer, issuedOn: '2026-04-18' });
}
