import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { applyEvent, createContract, explainRefusal, quoteChange, type ApplyResult, type ChangeRefused, type Locale } from '../../src/index.js';
import { expectCode, hostingCatalog } from '../arbitraries/contract.js';

const catalog = hostingCatalog();

function refusalOf(result: ApplyResult): ChangeRefused {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

const basic = createContract(catalog, { planId: 'basic', start: '2026-01-01' });
const pro = createContract(catalog, { planId: 'pro', start: '2026-01-01' });
const managed = createContract(catalog, { planId: 'managed', start: '2026-01-01' });
const cancelled = (() => {
  const result = applyEvent(pro, { type: 'cancel', on: '2026-05-01' });
  if (!result.ok) throw new Error('expected a cancellation');
  return result.contract;
})();

const cases: Array<[string, ChangeRefused, Record<Locale, string>]> = [
  ['R4: options not changeable', refusalOf(applyEvent(managed, { type: 'upgrade', on: '2026-03-01', configuration: { backup: 200 } })), {
    de: 'Die Optionen des Tarifs Managed Server lassen sich nicht einzeln ändern. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'The options of plan Managed Server cannot be changed one by one. Please contact sales.',
  }],
  ['R5: business closure', refusalOf(applyEvent(basic, { type: 'terminateEarly', on: '2026-08-01', ground: 'businessClosure' })), {
    de: 'Das Schließen einer Firma gilt nicht als Sonderkündigungsrecht, um den bestehenden Vertrag frühzeitig zu beenden. Eine ordentliche Kündigung beendet ihn zum 31.12.2026.',
    en: 'Closing a business is no special right to end the contract early. An ordinary cancellation ends it on 2026-12-31.',
  }],
  ['R5: any other ground', refusalOf(applyEvent(basic, { type: 'terminateEarly', on: '2026-11-01' })), {
    de: 'Ein Sonderkündigungsrecht, um den Vertrag frühzeitig zu beenden, besteht nicht. Eine ordentliche Kündigung beendet ihn zum 31.12.2027.',
    en: 'There is no special right to end the contract early. An ordinary cancellation ends it on 2027-12-31.',
  }],
  ['R3: a cheaper "upgrade"', refusalOf(applyEvent(pro, { type: 'upgrade', on: '2026-03-01', planId: 'basic' })), {
    de: 'Die gewünschte Konfiguration ist günstiger als Pro bisher: Ein Downgrade ist während der Vertragslaufzeit nicht möglich. Möglich ab 01.01.2027.',
    en: 'The configuration asked for costs less than Pro so far: a downgrade is not possible during the term. Possible from 2027-01-01.',
  }],
  ['a dearer "downgrade"', refusalOf(applyEvent(basic, { type: 'downgrade', on: '2026-03-01', planId: 'pro' })), {
    de: 'Die gewünschte Konfiguration ist teurer als Basic bisher: Das ist ein Upgrade. Möglich ab 01.03.2026.',
    en: 'The configuration asked for costs more than Basic so far: that is an upgrade. Possible from 2026-03-01.',
  }],
  ['another plan family', refusalOf(applyEvent(basic, { type: 'upgrade', on: '2026-03-01', planId: 'server' })), {
    de: 'Ein Wechsel von Basic zu Cloud Server ist im laufenden Vertrag nicht möglich. Bitte wenden Sie sich an unseren Vertrieb.',
    en: 'Switching from Basic to Cloud Server is not possible within the running contract. Please contact sales.',
  }],
  ['already cancelled', refusalOf(applyEvent(cancelled, { type: 'cancel', on: '2026-06-01' })), {
    de: 'Der Vertrag ist bereits gekündigt und endet zum 31.12.2026.',
    en: 'The contract is already cancelled and ends on 2026-12-31.',
  }],
  ['the contract ends first', refusalOf(applyEvent(cancelled, { type: 'downgrade', on: '2026-06-01', planId: 'basic' })), {
    de: 'Der Vertrag endet zum 31.12.2026, bevor die Änderung wirksam würde.',
    en: 'The contract ends on 2026-12-31, before the change would take effect.',
  }],
];

describe('explainRefusal (R24)', () => {
  for (const [name, result, words] of cases) {
    it(`words ${name} in German and English`, () => {
      expect(explainRefusal(result, 'de')).toBe(words.de);
      expect(explainRefusal(result, 'en')).toBe(words.en);
      // The refusal alone gives the same words as the refused result.
      expect(explainRefusal(result.refusal, 'de')).toBe(words.de);
    });
  }

  it('words a quote\'s refusal like the change\'s', () => {
    const quote = quoteChange(managed, { type: 'upgrade', on: '2026-03-01', configuration: { backup: 200 } });
    if (quote.ok) throw new Error('expected a refusal');
    expect(explainRefusal(quote, 'en')).toBe(cases[0]![2].en);
  });

  it('words a refusal it does not know by its reason and date', () => {
    const other = { reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null };
    expect(explainRefusal(other, 'de')).toBe('Die Änderung wurde abgelehnt (WITHDRAWAL_WINDOW_CLOSED).');
    const dated = { reason: 'SOMETHING', allowedFrom: Temporal.PlainDate.from('2027-01-01') };
    expect(explainRefusal(dated, 'en')).toBe('The change was refused (SOMETHING). Possible from 2027-01-01.');
  });

  it('another locale is INVALID_LOCALE', () => {
    expectCode(() => explainRefusal(cases[0]![1], 'fr' as Locale), 'INVALID_LOCALE', 'locale');
  });
});
