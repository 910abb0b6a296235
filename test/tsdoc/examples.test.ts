/**
 * Every `@example` in the TSDoc of src/ runs as written, and the values its
 * comments claim are checked: a statement `expr; // <value>` asserts that the
 * expression equals the value (a literal at the comment's start, as far as it
 * reads as one: `// 5041`, `// "5,90 €"`, `// [10082, -5041]: W1`), and
 * `expr; // throws CODE` asserts that it throws a TarifkitError with that code.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const generated = join(here, '.generated');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks inside `@example` tags of a source file. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*\*\s*@example/.test(lines[i] as string)) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j] as string)) j += 1;
    const body: string[] = [];
    for (j += 1; j < lines.length && !/^\s*\*\s*```/.test(lines[j] as string); j += 1) body.push((lines[j] as string).replace(/^\s*\* ?/, ''));
    out.push({ file: relative(root, file), line: i + 1, code: body.join('\n') });
    i = j;
  }
  return out;
}

/** The longest prefix of a comment that reads as a JavaScript value, or undefined. */
function claimedValue(comment: string): string | undefined {
  const ends: number[] = [];
  for (let k = comment.length; k > 0; k -= 1) if (k === comment.length || /[,:;(]/.test(comment[k] as string)) ends.push(k);
  for (const end of ends) {
    const text = comment.slice(0, end).trim();
    if (text === '' || /^[A-Za-z_$][\w$]*$/.test(text)) continue;
    try {
      new Function(`return (${text});`)();
      return text;
    } catch {
      // not a value: try a shorter prefix
    }
  }
  return undefined;
}

/** Whether brackets open and close within a statement. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '[' || char === '{') depth += 1;
    else if (char === ')' || char === ']' || char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** `if (cond) expr` as `["if (cond) ", "expr"]`; any other statement as `["", statement]`. */
function splitGuard(statement: string): [string, string] {
  if (!statement.startsWith('if (')) return ['', statement];
  let depth = 0;
  for (let k = 3; k < statement.length; k += 1) {
    if (statement[k] === '(') depth += 1;
    else if (statement[k] === ')') {
      depth -= 1;
      if (depth === 0) return [`${statement.slice(0, k + 1)} `, statement.slice(k + 1).trim()];
    }
  }
  return ['', statement];
}

/** The example as a module: imports of 'tarifkit' and 'tarifkit/einvoice' point at src, and claims become assertions. */
function moduleOf(example: Example): string {
  const index = pathToFileURL(join(root, 'src', 'index.ts')).href;
  const einvoice = pathToFileURL(join(root, 'src', 'einvoice', 'index.ts')).href;
  const body = example.code.split('\n').map((line) => {
    const match = /^(\s*)(.*?);\s*\/\/\s*(.*)$/.exec(line);
    if (match === null || match[2]!.startsWith('import ') || match[2]!.includes('=') && /^(const|let|var)\s/.test(match[2]!)) return line;
    const [, indent0, statement, comment] = match as unknown as [string, string, string, string];
    // `if (cond) expr` claims what `expr` is when the condition holds.
    const [guard, guarded] = splitGuard(statement);
    if (!balanced(guarded)) return line; // the end of a statement over several lines: prose
    const logged = /^console\.log\((.*)\)$/.exec(guarded);
    const expr = logged === null ? guarded : (logged[1] as string);
    const indent = `${indent0}${guard}`;
    const thrown = /^throws\s+([A-Z_]+)/.exec(comment);
    if (thrown !== null) return `${indent}__throws(() => (${expr}), ${JSON.stringify(thrown[1])});`;
    const value = claimedValue(comment);
    return value === undefined ? line : `${indent}__claim((${expr}), (${value}), ${JSON.stringify(line.trim())});`;
  }).join('\n');
  return [
    "import { isDeepStrictEqual } from 'node:util';",
    `import { isTarifkitError as __isError } from ${JSON.stringify(index)};`,
    'function __claim(actual: unknown, expected: unknown, text: string): void {',
    '  const plain = JSON.parse(JSON.stringify(actual ?? null));',
    '  if (!isDeepStrictEqual(actual, expected) && !isDeepStrictEqual(plain, expected)) throw new Error(`${text}\\n  got ${JSON.stringify(actual)}`);',
    '}',
    'function __throws(fn: () => unknown, code: string): void {',
    '  try { fn(); } catch (error) { if (__isError(error, code)) return; throw error; }',
    '  throw new Error(`expected ${code} to be thrown`);',
    '}',
    body
      .replace(/from ['"]tarifkit\/einvoice['"]/g, `from ${JSON.stringify(einvoice)}`)
      .replace(/from ['"]tarifkit['"]/g, `from ${JSON.stringify(index)}`),
    'export {};',
  ].join('\n');
}

const examples = files(join(root, 'src')).flatMap(examplesOf);
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });

describe('every TSDoc @example runs as written, and what its comments claim holds', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(40);
  });
  for (const [n, example] of examples.entries()) {
    it(`${example.file}:${example.line}`, async () => {
      expect(example.code, 'an example imports what it uses from tarifkit').toMatch(/from 'tarifkit'/);
      const path = join(generated, `example-${n}.ts`);
      writeFileSync(path, moduleOf(example));
      await import(pathToFileURL(path).href);
    });
  }
});
