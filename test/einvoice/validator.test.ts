/**
 * The official rules on the fixtures (R28): when the EN 16931 / XRechnung
 * validator is beside the repository (../shared/einvoice), the base document,
 * the correction and the credit note in all three formats have no error and
 * no warning. On a machine without it the test is skipped; CI validates
 * hundreds of random documents with it (.ci/einvoice.ts). The XML does not
 * depend on the time zone, so it runs once, under UTC.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from '../../src/einvoice/index.js';
import { BASE, CORRECTION, CREDIT_NOTE } from './fixtures.js';

const validator = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/einvoice/validate');
const present = existsSync(validator) && process.env['TZ'] !== 'Pacific/Kiritimati';

interface Report {
  readonly files: readonly { readonly file: string; readonly findings: readonly { readonly id: string; readonly flag: string }[] }[];
}

function validate(profile: 'xrechnung' | 'en16931', files: readonly string[]): Report {
  const run = spawnSync('bash', [validator, '--profile', profile, '--json', ...files], { encoding: 'utf8' });
  if (run.status === 2 || run.stdout === '') throw new Error(`validator: ${run.stderr}`);
  return JSON.parse(run.stdout) as Report;
}

describe.skipIf(!present)('the official validator (CEN EN 16931 and KoSIT XRechnung rules)', () => {
  it('finds no error and no warning in the base document, the correction and the credit note, in all three formats', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tarifkit-einvoice-'));
    try {
      const xrechnung: string[] = [];
      const zugferd: string[] = [];
      for (const [name, document] of Object.entries({ base: BASE, correction: CORRECTION, creditNote: CREDIT_NOTE })) {
        xrechnung.push(join(folder, `${name}-cii.xml`), join(folder, `${name}-ubl.xml`));
        zugferd.push(join(folder, `${name}-zugferd.xml`));
        writeFileSync(join(folder, `${name}-cii.xml`), toXRechnungCii(document));
        writeFileSync(join(folder, `${name}-ubl.xml`), toXRechnungUbl(document));
        writeFileSync(join(folder, `${name}-zugferd.xml`), toZugferd(document));
      }
      const findings = [...validate('xrechnung', xrechnung).files, ...validate('en16931', zugferd).files]
        .flatMap((file) => file.findings.filter((finding) => finding.flag !== 'information').map((finding) => `${file.file}: ${finding.flag} ${finding.id}`));
      expect(findings).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
