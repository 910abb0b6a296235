/**
 * Results do not depend on the process's TZ. The suite runs under TZ=UTC and
 * TZ=Pacific/Kiritimati (npm test); here the same table of results from every
 * core module is also computed in child processes under zones at both ends of
 * the date line and with odd offsets, and its hand-checked rows are compared
 * with fixed values.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreTable } from './fixtures/coreTable.js';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fixtures', 'coreTable.ts');

function tableUnder(tz: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Table {
  periods: { first: { start: string; end: string }[] }[];
  splits: number[];
  money: string[];
  line: { cents: number };
  explained: string[];
  invoice: string[];
  rules: unknown[];
}

describe(`results do not depend on TZ (this process: TZ=${process.env['TZ'] ?? 'unset'})`, () => {
  const table = coreTable() as Table;

  it('the table computed here has the fixed, hand-checked values', () => {
    const show = (p: { start: string; end: string }): string => `[${p.start}, ${p.end})`;
    expect(table.periods.map((p) => p.first.map(show))).toEqual([
      ['[2026-01-01, 2026-02-01)', '[2026-02-01, 2026-03-01)', '[2026-03-01, 2026-04-01)', '[2026-04-01, 2026-05-01)', '[2026-05-01, 2026-06-01)'],
      ['[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-28)', '[2026-03-28, 2026-04-25)', '[2026-04-25, 2026-05-23)', '[2026-05-23, 2026-06-20)'],
      ['[2026-01-31, 2026-03-02)', '[2026-03-02, 2026-04-01)', '[2026-04-01, 2026-05-01)', '[2026-05-01, 2026-05-31)', '[2026-05-31, 2026-06-30)'],
      ['[2026-01-31, 2026-02-28)', '[2026-02-28, 2026-03-31)', '[2026-03-31, 2026-04-30)', '[2026-04-30, 2026-05-31)', '[2026-05-31, 2026-06-30)'],
      ['[2025-02-28, 2026-02-28)', '[2026-02-28, 2027-02-28)'],
      ['[2026-01-01, 2027-01-01)'],
    ]);
    expect(table.splits).toEqual([17, 33, 33, 17]);
    expect(table.money).toEqual(['\u221250,41 €', '€1,234.56']);
    expect(table.line.cents).toBe(-5041);
    expect(table.explained).toEqual([
      'Gutschrift nicht genutzte Laufzeit Basic, 01.07.2026\u201331.12.2026, 184/365 Tage: \u221250,41 €',
      'Credit for the unused period Basic, 2026-07-01\u20132026-12-31, 184/365 days: \u2212€50.41',
    ]);
    expect(table.invoice.at(-2)).toBe('Gesamtbetrag: \u221250,41 €');
    expect(JSON.parse(JSON.stringify(table.rules))).toEqual([
      '2026-03-27T23:00:00+01:00[Europe/Berlin]',
      '2026-10-24T01:00:00+02:00[Europe/Berlin]',
      '1994-12-29T00:00:00-10:00[Pacific/Kiritimati]',
      '2026-04-27',
      '2026-03-30',
      { start: '2026-03-08', end: '2026-03-24' },
      { ok: false, reason: 'WITHDRAWAL_WINDOW_CLOSED', allowedFrom: null, details: { bookedOn: '2026-03-07', lastDay: '2026-03-23' } },
    ]);
  });

  it('child processes under UTC, Pacific/Kiritimati (UTC+14), Pacific/Pago_Pago (UTC−11) and America/St_Johns (UTC−3:30, DST) compute the same table', async () => {
    const expected = JSON.parse(JSON.stringify(table)) as unknown;
    const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'];
    const runs = await Promise.all(zones.map((tz) => tableUnder(tz)));
    runs.forEach((run, i) => {
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout), zones[i]).toEqual(expected);
    });
  }, 60_000);
});
