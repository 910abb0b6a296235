/**
 * Results do not depend on the process's TZ (issue 2, §7). The suite runs under
 * TZ=UTC and TZ=Pacific/Kiritimati (npm test); here the same table is also
 * computed in child processes under zones at both ends of the date line and with
 * odd offsets, and its hand-checked rows are compared with fixed values.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreTable } from './fixtures/coreTable.js';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fixtures', 'coreTable.ts');

function tableUnder(tz: string): unknown {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe(`results do not depend on TZ (this process: TZ=${process.env.TZ ?? 'unset'})`, () => {
  const table = coreTable() as {
    periods: { first: string[] }[];
    splits: number[];
    money: string[];
    dates: unknown[];
    explained: string[];
    };

  it('the table computed here has the fixed, hand-checked values', () => {
    expect(table.periods.map((p) => p.first)).toEqual([
      ['[2026-01-01, 2026-02-01)', '[2026-02-01, 2026-03-01)', '[2026-03-01, 2026-04-01)', '[2026-04-01, 2026-05-01)', '[2026-05-01, 2026-06-01)'],
      ['[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-28)', '[2026-03-28, 2026-04-25)', '[2026-04-25, 2026-05-23)', '[2026-05-23, 2026-06-20)'],
      ['[2026-01-31, 2026-03-02)', '[2026-03-02, 2026-04-01)', '[2026-04-01, 2026-05-01)', '[2026-05-01, 2026-05-31)', '[2026-05-31, 2026-06-30)'],
      ['[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-31)', '[2026-03-31, 2026-04-30)', '[2026-04-30, 2026-05-31)', '[2026-05-31, 2026-06-30)'],
      ['[2025-02-28, 2026-02-28)', '[2026-02-28, 2027-02-28)'],
      ['[2026-01-01, 2027-01-01)'],
    ]);
    expect(table.splits).toEqual([17, 33, 33, 17]);
    expect(table.money).toEqual(['\u221250,41 €', '€1,234.56']);
    expect(table.dates).toEqual(['2026-07-01', '2026-12-31', 5]);
    expect(table.explained).toEqual([
      'Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €',
      'Credit for unused term Basic, 2026-07-01\u20132026-12-31, 184/365 days: \u2212€50.41',
    ]);
  });

  it('child processes under UTC, Pacific/Kiritimati (UTC+14), Pacific/Pago_Pago (UTC−11) and America/St_Johns (UTC−3:30, DST) compute the same table', () => {
    const expected = JSON.parse(JSON.stringify(table)) as unknown;
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns']) {
      expect(tableUnder(tz), tz).toEqual(expected);
    }
  }, 60_000);
});
