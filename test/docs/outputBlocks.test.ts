/**
 * The printed invoice in README.md is what `examples/crm-subscription.ts`
 * prints, character for character: the README shows output, not a copy that
 * could drift.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function textBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const pattern = /^```text\n([\s\S]*?)^```$/gm;
  for (let match = pattern.exec(markdown); match !== null; match = pattern.exec(markdown)) blocks.push(match[1] as string);
  return blocks;
}

describe('README output blocks', () => {
  it('prints the April invoice of the CRM example exactly as the README shows it', () => {
    const invoices = textBlocks(readFileSync(join(root, 'README.md'), 'utf8')).filter((block) => block.startsWith('Rechnung vom'));
    expect(invoices).toHaveLength(1);
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'examples', 'crm-subscription.ts')], { cwd: root, encoding: 'utf8' });
    expect(output).toContain(invoices[0]);
    expect(invoices[0]).toContain('Gesamtbetrag: 111,31 €');
  });
});
