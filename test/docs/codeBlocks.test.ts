/**
 * Every ```ts code block of README.md and docs/*.md runs, and every value a
 * comment claims (`expr; // 4900`) is checked; see codeBlocks.ts for the
 * rules. Each block is written to test/docs/.generated/ as a module (its
 * `tarifkit` imports pointed at src/index.ts), imported here, and type-checked
 * with the project's compiler options. Each block is one test named after its
 * file and line.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeBlocks, toModule, type CodeBlock } from './codeBlocks.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const generated = join(here, '.generated');

const markdownFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

interface Written {
  readonly block: CodeBlock;
  readonly path: string;
  readonly claims: number;
  readonly error: unknown;
}

rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
const written: Written[] = [];
for (const file of markdownFiles) {
  for (const block of codeBlocks(readFileSync(join(root, file), 'utf8'), file)) {
    const path = join(generated, `${file.replace(/[^\w]+/g, '_')}_L${block.line}.ts`);
    try {
      const { code, claims } = toModule(block, '../../../src/index.js', '../claim.js');
      if (!block.skip) writeFileSync(path, code);
      written.push({ block, path, claims, error: null });
    } catch (error) {
      written.push({ block, path, claims: 0, error });
    }
  }
}
const runnable = written.filter((entry) => !entry.block.skip && entry.error === null);

/** The compiler's complaints about the blocks, as `file:line: message` in the Markdown's lines. */
function typeErrors(): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile.bind(ts.sys));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const program = ts.createProgram(runnable.map((entry) => entry.path), { ...options, noEmit: true });
  const byPath = new Map(runnable.map((entry) => [entry.path, entry.block]));
  const out: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const block = diagnostic.file === undefined ? undefined : byPath.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    // Errors inside src/ are `npm run typecheck`'s to report; here only the blocks' own count.
    if (diagnostic.file !== undefined && block === undefined) continue;
    if (diagnostic.file === undefined || block === undefined) {
      out.push(`tsc: ${message}`);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    out.push(`${block.file}:${block.line + line}: ${message}`);
  }
  return out;
}

describe('the code blocks of README.md and docs/*.md', () => {
  it('are found: the README has runnable blocks, and their claims are checked', () => {
    expect(runnable.some((entry) => entry.block.file === 'README.md')).toBe(true);
    expect(runnable.filter((entry) => entry.block.file === 'README.md').reduce((sum, entry) => sum + entry.claims, 0)).toBeGreaterThan(0);
  });

  for (const entry of written) {
    const name = `${entry.block.file}:${entry.block.line}`;
    if (entry.block.skip) {
      it.skip(`${name} (no-run)`, () => undefined);
      continue;
    }
    it(name, async () => {
      if (entry.error !== null) throw entry.error;
      await import(pathToFileURL(entry.path).href);
    });
  }

  it('type-check with the project\'s compiler options', () => {
    expect(typeErrors()).toEqual([]);
  }, 120_000);
});
