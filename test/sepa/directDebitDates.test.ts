/**
 * The dates of a SEPA CORE direct debit (R29): pre-notification on the invoice
 * day, the due date on the first TARGET business day after the notice, the
 * submission one TARGET business day before it, FRST then RCUR, and the lapse
 * of a mandate unused for 36 months.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { directDebitDates, explainRefusal, isTargetBusinessDay, type DirectDebitInput } from '../../src/index.js';
import { deepFreeze, expectTarifkitError, isoDateArb, RUNS } from '../arbitraries/core.js';
import { targetOnOrAfter, targetOpen } from './reference.js';

vi.setConfig({ testTimeout: 60_000 });

const mandate = { reference: 'CRM-000123', signedOn: '2026-04-18' };

describe('directDebitDates: the worked example (R29)', () => {
  it('invoice of 2026-04-18, standard 14 days: due Monday 2026-05-04, submitted 2026-04-30 (1 May is a TARGET holiday), FRST', () => {
    expect(directDebitDates({ invoicedOn: '2026-04-18', mandate })).toStrictEqual({
      ok: true,
      preNotifiedOn: '2026-04-18',
      earliestDueOn: '2026-05-02',
      dueOn: '2026-05-04',
      submitOn: '2026-04-30',
      sequenceType: 'FRST',
    });
  });

  it('with an agreed notice of one day: due 2026-04-20, submitted Friday 2026-04-17, before the invoice day', () => {
    expect(directDebitDates({ invoicedOn: '2026-04-18', noticeDays: 1, mandate })).toStrictEqual({
      ok: true,
      preNotifiedOn: '2026-04-18',
      earliestDueOn: '2026-04-19',
      dueOn: '2026-04-20',
      submitOn: '2026-04-17',
      sequenceType: 'FRST',
    });
  });

  it('is RCUR once the mandate was used, and the same dates', () => {
    const result = directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2026-01-10', lastCollectedOn: '2026-03-04' } });
    expect(result).toMatchObject({ ok: true, dueOn: '2026-05-04', submitOn: '2026-04-30', sequenceType: 'RCUR' });
    // null says "never used" as plainly as leaving the field out.
    expect(directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, lastCollectedOn: null } })).toMatchObject({ sequenceType: 'FRST' });
  });

  it('takes PlainDates and gives the same ISO dates', () => {
    const result = directDebitDates({ invoicedOn: Temporal.PlainDate.from('2026-04-18'), mandate: { ...mandate, signedOn: Temporal.PlainDate.from('2026-04-18') } });
    expect(result).toStrictEqual(directDebitDates({ invoicedOn: '2026-04-18', mandate }));
  });
});

describe('directDebitDates: TARGET holidays move the due date and the submission', () => {
  it('over Easter: earliest due on Good Friday 2026-04-03 → due Tuesday 2026-04-07 (Easter Monday closed), submitted 2026-04-02', () => {
    expect(directDebitDates({ invoicedOn: '2026-03-20', mandate: { ...mandate, signedOn: '2026-03-01' } }))
      .toMatchObject({ earliestDueOn: '2026-04-03', dueOn: '2026-04-07', submitOn: '2026-04-02' });
  });

  it('a due date right after Easter is submitted before Good Friday: due 2026-04-07 with 1 day from 2026-04-06', () => {
    expect(directDebitDates({ invoicedOn: '2026-04-05', noticeDays: 1, mandate: { ...mandate, signedOn: '2026-03-01' } }))
      .toMatchObject({ earliestDueOn: '2026-04-06', dueOn: '2026-04-07', submitOn: '2026-04-02' });
  });

  it('over Christmas: earliest due Friday 2026-12-25 → due Monday 2026-12-28, submitted 2026-12-24', () => {
    expect(directDebitDates({ invoicedOn: '2026-12-11', mandate: { ...mandate, signedOn: '2026-12-01' } }))
      .toMatchObject({ earliestDueOn: '2026-12-25', dueOn: '2026-12-28', submitOn: '2026-12-24' });
  });

  it('over New Year: earliest due Friday 2027-01-01 → due Monday 2027-01-04, submitted 2026-12-31 (TARGET is open)', () => {
    expect(directDebitDates({ invoicedOn: '2026-12-18', mandate: { ...mandate, signedOn: '2026-12-01' } }))
      .toMatchObject({ earliestDueOn: '2027-01-01', dueOn: '2027-01-04', submitOn: '2026-12-31' });
  });

  it('keeps a due date on a German public holiday that TARGET does not close: 2025-10-03', () => {
    expect(directDebitDates({ invoicedOn: '2025-09-19', mandate: { ...mandate, signedOn: '2025-09-01' } }))
      .toMatchObject({ earliestDueOn: '2025-10-03', dueOn: '2025-10-03', submitOn: '2025-10-02' });
  });

  it('takes notices from 1 to 60 days', () => {
    expect(directDebitDates({ invoicedOn: '2026-04-18', noticeDays: 60, mandate })).toMatchObject({ earliestDueOn: '2026-06-17', dueOn: '2026-06-17', submitOn: '2026-06-16' });
  });
});

describe('directDebitDates: a mandate unused for 36 months lapses (R29)', () => {
  it('holds on the last day of the 36 months and lapses the day after: never collected, counted from the signing day', () => {
    // Due 2026-05-04 (invoice 2026-04-18, 14 days).
    expect(directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2023-05-04' } })).toMatchObject({ ok: true, sequenceType: 'FRST' });
    expect(directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2023-05-03' } })).toStrictEqual({
      ok: false,
      reason: 'MANDATE_LAPSED',
      allowedFrom: null,
      details: { mandateReference: 'CRM-000123', signedOn: '2023-05-03', lastCollectedOn: null, lastDay: '2026-05-03', dueOn: '2026-05-04' },
    });
  });

  it('counts from the last collection once there is one', () => {
    const used = (lastCollectedOn: string) => directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2020-01-15', lastCollectedOn } });
    expect(used('2023-05-04')).toMatchObject({ ok: true, sequenceType: 'RCUR' });
    expect(used('2023-05-01')).toMatchObject({ ok: false, reason: 'MANDATE_LAPSED', details: { lastCollectedOn: '2023-05-01', lastDay: '2026-05-01' } });
  });

  it('counts months by the calendar: last used on 2024-02-29, the mandate holds to 2027-02-28', () => {
    const last = { ...mandate, signedOn: '2024-01-01', lastCollectedOn: '2024-02-29' };
    // 2027-02-12 + 14 = Friday 2027-02-26; 2027-02-15 + 14 = Monday 2027-03-01.
    expect(directDebitDates({ invoicedOn: '2027-02-12', mandate: last })).toMatchObject({ ok: true, dueOn: '2027-02-26' });
    expect(directDebitDates({ invoicedOn: '2027-02-15', mandate: last })).toMatchObject({ ok: false, details: { lastDay: '2027-02-28', dueOn: '2027-03-01' } });
  });

  it('judges the due date, not the invoice day: a holiday shift can make a mandate lapse', () => {
    // Earliest due Saturday 2026-05-02 holds for a mandate valid to 2026-05-02, but the due date is Monday 2026-05-04.
    expect(directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2023-05-02' } })).toMatchObject({ ok: false, details: { lastDay: '2026-05-02', dueOn: '2026-05-04' } });
  });

  it('is worded in German and English for the customer or the support agent', () => {
    const lapsed = directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2020-01-15', lastCollectedOn: '2023-03-15' } });
    expect(lapsed.ok).toBe(false);
    if (lapsed.ok) return;
    expect(explainRefusal(lapsed, 'de')).toBe('Das Lastschriftmandat CRM-000123 ist erloschen: Es wurde 36 Monate lang nicht genutzt (letzte Lastschrift am 15.03.2023, gültig bis 15.03.2026). Für weitere Lastschriften ist ein neues Mandat nötig.');
    expect(explainRefusal(lapsed, 'en')).toBe('The direct debit mandate CRM-000123 has lapsed: it was not used for 36 months (last collection on 2023-03-15, valid until 2026-03-15). Further direct debits need a new mandate.');
    const unused = directDebitDates({ invoicedOn: '2026-04-18', mandate: { ...mandate, signedOn: '2023-01-10' } });
    if (unused.ok) throw new Error('expected a refusal');
    expect(explainRefusal(unused, 'de')).toBe('Das Lastschriftmandat CRM-000123 ist erloschen: Es wurde 36 Monate lang nicht genutzt (erteilt am 10.01.2023, nie genutzt, gültig bis 10.01.2026). Für weitere Lastschriften ist ein neues Mandat nötig.');
    expect(explainRefusal(unused, 'en')).toBe('The direct debit mandate CRM-000123 has lapsed: it was not used for 36 months (signed on 2023-01-10, never used, valid until 2026-01-10). Further direct debits need a new mandate.');
  });
});

describe('directDebitDates: values', () => {
  it('returns plain JSON-safe data and does not mutate its input', () => {
    const input = deepFreeze({ invoicedOn: '2026-04-18', noticeDays: 5, mandate: { ...mandate, lastCollectedOn: null } });
    const before = JSON.stringify(input);
    const result = directDebitDates(input);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    expect(JSON.stringify(input)).toBe(before);
  });
});

/** A valid input: a mandate signed up to four years before the invoice, maybe used since. */
const inputArb = fc
  .record({
    invoicedOn: isoDateArb(1990, 2100),
    noticeDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    signedBefore: fc.integer({ min: 0, max: 1500 }),
    collectedAfter: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
  })
  .map(({ invoicedOn, noticeDays, signedBefore, collectedAfter }): DirectDebitInput => {
    const signedOn = Temporal.PlainDate.from(invoicedOn).subtract({ days: signedBefore });
    return {
      invoicedOn,
      ...(noticeDays === undefined ? {} : { noticeDays }),
      mandate: {
        reference: 'M-1',
        signedOn: signedOn.toString(),
        ...(collectedAfter === undefined ? {} : { lastCollectedOn: signedOn.add({ days: collectedAfter }).toString() }),
      },
    };
  });

describe('directDebitDates: properties (R29)', () => {
  it('the due date is the first TARGET business day on or after the invoice day plus the notice', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const result = directDebitDates(input);
      if (!result.ok) return;
      const earliest = Temporal.PlainDate.from(input.invoicedOn as string).add({ days: input.noticeDays ?? 14 });
      const due = Temporal.PlainDate.from(result.dueOn);
      expect(result.earliestDueOn).toBe(earliest.toString());
      expect(result.preNotifiedOn).toBe(input.invoicedOn);
      expect(isTargetBusinessDay(result.dueOn)).toBe(true);
      expect(Temporal.PlainDate.compare(due, earliest)).toBeGreaterThanOrEqual(0);
      // No TARGET business day lies between the earliest due date and the due date.
      for (let day = earliest; Temporal.PlainDate.compare(day, due) < 0; day = day.add({ days: 1 })) expect(targetOpen(day)).toBe(false);
      expect(result.dueOn).toBe(targetOnOrAfter(earliest).toString());
    }), RUNS);
  });

  it('the submission is the TARGET business day right before the due date', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const result = directDebitDates(input);
      if (!result.ok) return;
      const submit = Temporal.PlainDate.from(result.submitOn);
      const due = Temporal.PlainDate.from(result.dueOn);
      expect(Temporal.PlainDate.compare(submit, due)).toBe(-1);
      expect(targetOpen(submit)).toBe(true);
      for (let day = submit.add({ days: 1 }); Temporal.PlainDate.compare(day, due) < 0; day = day.add({ days: 1 })) expect(targetOpen(day)).toBe(false);
      // Closed runs are short: at most Good Friday to Easter Monday lie between.
      expect(submit.until(due).days).toBeLessThanOrEqual(5);
    }), RUNS);
  });

  it('a collection is refused exactly when its due date lies more than 36 months after the last use; FRST exactly when never used', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const result = directDebitDates(input);
      const lastUsed = Temporal.PlainDate.from((input.mandate.lastCollectedOn ?? input.mandate.signedOn) as string);
      const lastDay = lastUsed.add({ months: 36 });
      const due = targetOnOrAfter(Temporal.PlainDate.from(input.invoicedOn as string).add({ days: input.noticeDays ?? 14 }));
      const lapsed = Temporal.PlainDate.compare(due, lastDay) > 0;
      expect(result.ok).toBe(!lapsed);
      if (result.ok) {
        expect(result.sequenceType).toBe(input.mandate.lastCollectedOn === undefined ? 'FRST' : 'RCUR');
      } else {
        expect(result).toStrictEqual({
          ok: false,
          reason: 'MANDATE_LAPSED',
          allowedFrom: null,
          details: {
            mandateReference: 'M-1',
            signedOn: input.mandate.signedOn,
            lastCollectedOn: input.mandate.lastCollectedOn ?? null,
            lastDay: lastDay.toString(),
            dueOn: due.toString(),
          },
        });
      }
    }), RUNS);
  });
});

describe('directDebitDates: bad input names the field', () => {
  const good: DirectDebitInput = { invoicedOn: '2026-04-18', mandate };
  const call = (input: unknown) => () => directDebitDates(input as DirectDebitInput);

  it('INVALID_ARGUMENT for an input or a mandate that is no record', () => {
    for (const bad of [null, undefined, 'x', []]) expectTarifkitError(call(bad), 'INVALID_ARGUMENT', 'input');
    for (const bad of [null, undefined, 'CRM-000123', []]) expectTarifkitError(call({ ...good, mandate: bad }), 'INVALID_ARGUMENT', 'input.mandate');
  });

  it('INVALID_DATE for a bad invoice day, signing day or last collection', () => {
    expectTarifkitError(call({ ...good, invoicedOn: '2026-02-30' }), 'INVALID_DATE', 'input.invoicedOn');
    expectTarifkitError(call({ ...good, invoicedOn: undefined }), 'INVALID_DATE', 'input.invoicedOn');
    expectTarifkitError(call({ ...good, mandate: { ...mandate, signedOn: '18.04.2026' } }), 'INVALID_DATE', 'input.mandate.signedOn');
    expectTarifkitError(call({ ...good, mandate: { ...mandate, lastCollectedOn: 'never' } }), 'INVALID_DATE', 'input.mandate.lastCollectedOn');
  });

  it('INVALID_DURATION for a notice that is no whole number from 1 to 60', () => {
    for (const bad of [0, -14, 61, 1.5, Number.NaN, Infinity, '14', null]) {
      expectTarifkitError(call({ ...good, noticeDays: bad }), 'INVALID_DURATION', 'input.noticeDays');
    }
  });

  it('INVALID_MANDATE for a reference that is not 1 to 35 characters of the SEPA set', () => {
    for (const bad of ['', '   ', 'A'.repeat(36), 'CRM_000123', 'Müller-1', 'CRM&1', 'CRM\n1', 123, null, undefined]) {
      expectTarifkitError(call({ ...good, mandate: { ...mandate, reference: bad } }), 'INVALID_MANDATE', 'input.mandate.reference');
    }
    for (const ok of ['A'.repeat(35), "a/b-c?d:e(f)g.h,i'j+k l", '0']) {
      expect(directDebitDates({ ...good, mandate: { ...mandate, reference: ok } }).ok).toBe(true);
    }
  });

  it('END_BEFORE_START for a mandate signed after the invoice day, or last used before it was signed', () => {
    expectTarifkitError(call({ ...good, mandate: { ...mandate, signedOn: '2026-04-19' } }), 'END_BEFORE_START', 'input.mandate.signedOn');
    expectTarifkitError(call({ ...good, mandate: { ...mandate, signedOn: '2026-01-10', lastCollectedOn: '2026-01-09' } }), 'END_BEFORE_START', 'input.mandate.lastCollectedOn');
  });

  it('DATE_OUT_OF_RANGE naming the invoice day when the dates would leave 0001–9999', () => {
    expectTarifkitError(call({ invoicedOn: '9999-12-25', mandate: { ...mandate, signedOn: '9999-12-01' } }), 'DATE_OUT_OF_RANGE', 'input.invoicedOn');
    // 0001-01-01 is a Monday and a TARGET holiday: a collection due on 0001-01-02 would be submitted in year 0.
    expectTarifkitError(call({ invoicedOn: '0001-01-01', noticeDays: 1, mandate: { ...mandate, signedOn: '0001-01-01' } }), 'DATE_OUT_OF_RANGE', 'input.invoicedOn');
  });
});
