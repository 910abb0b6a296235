/**
 * The guides and the API site stay connected: every guide has its place in the site's reading
 * order (typedoc.json `guideOrder`), every src/ module has its title there (`moduleCategories`),
 * and every guide links the public functions it speaks of to their API pages.
 *
 * A function is linked by a Markdown link to the file named after it,
 * [`createCycle`](../src/calendar/createCycle.ts): GitHub opens the source with its TSDoc, and
 * the site's typedoc plugin (docs/typedoc-plugin.mjs) turns the same link into the function's page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as einvoiceApi from '../../src/einvoice/index.js';
import * as api from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  projectDocuments: string[];
  guideOrder: string[];
  moduleCategories: Record<string, string>;
  categoryOrder: string[];
};
const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`);
const modules = readdirSync(join(root, 'src')).filter((name) => existsSync(join(root, 'src', name, 'index.ts')));

/** Each public function (and the error class) of both entry points with the file named after it, as a guide links it. */
const functionFiles = new Map<string, string>();
for (const [name, value] of [...Object.entries(api), ...Object.entries(einvoiceApi)]) {
  if (typeof value !== 'function') continue;
  const folder = modules.find((module) => existsSync(join(root, 'src', module, `${name}.ts`)));
  if (folder !== undefined) functionFiles.set(name, `../src/${folder}/${name}.ts`);
}

interface Mention {
  readonly name: string;
  readonly line: number;
  readonly href: string | null;
}

/**
 * The inline-code mentions of public functions in a guide's prose, in order: outside fenced
 * blocks and headings. An unlinked name in a table row's first cell is no mention: there it may be
 * a notice's type or an export of 0.1.
 */
function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  let fenced = false;
  text.split('\n').forEach((raw, index) => {
    if (/^\s*```/.test(raw)) fenced = !fenced;
    if (fenced || /^\s*```/.test(raw) || raw.startsWith('#')) return;
    const firstCellEnd = raw.startsWith('| ') ? raw.indexOf(' |', 2) : -1;
    for (const match of raw.matchAll(/(\[)?`([A-Za-z]+)(?:\([^`]*)?`(?:\]\(([^)]+)\))?/g)) {
      const name = match[2]!;
      const href = match[1] === '[' ? (match[3] ?? null) : null;
      if (!functionFiles.has(name) || (href === null && match.index < firstCellEnd)) continue;
      out.push({ name, line: index + 1, href });
    }
  });
  return out;
}

describe('the API site', () => {
  it('lists every guide of docs/ in its reading order, once', () => {
    expect(config.projectDocuments).toEqual(['docs/*.md']);
    const missing = guides.filter((guide) => !config.guideOrder.includes(guide));
    expect(missing, 'add these to guideOrder in typedoc.json').toEqual([]);
    expect(new Set(config.guideOrder).size).toBe(config.guideOrder.length);
    expect(config.guideOrder[0]).toBe('docs/getting-started.md');
  });

  it('titles every module of src/ and puts each title in the category order', () => {
    const untitled = modules.filter((module) => config.moduleCategories[module] === undefined);
    expect(untitled, 'add these to moduleCategories in typedoc.json').toEqual([]);
    for (const title of Object.values(config.moduleCategories)) expect(config.categoryOrder).toContain(title);
    expect(config.categoryOrder[0]).toBe('Guides');
  });

  it('knows the file of every public function: one exported function per file, named after it', () => {
    const functions = Object.entries(api).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    expect(functions.filter((name) => !functionFiles.has(name))).toEqual([]);
    expect(functions.length).toBeGreaterThan(50);
  });
});

describe.each(guides)('%s', (guide) => {
  const text = readFileSync(join(root, guide), 'utf8');

  it('starts with its title, the name it has on the site', () => {
    expect(text).toMatch(/^# \S/);
  });

  it('links the first mention of each public function to its API page', () => {
    const seen = new Set<string>();
    const unlinked: string[] = [];
    for (const mention of mentions(text)) {
      if (seen.has(mention.name)) continue;
      seen.add(mention.name);
      if (mention.href !== functionFiles.get(mention.name)) unlinked.push(`${guide}:${mention.line} ${mention.name}`);
    }
    expect(unlinked).toEqual([]);
  });

  it('links into src/ only at files that have an API page', () => {
    const targets = [...text.matchAll(/\]\((\.\.\/src\/[^)#]+)\)/g)].map((match) => match[1]!);
    const pages = new Set(functionFiles.values());
    expect(targets.filter((target) => !pages.has(target) || !existsSync(resolve(root, 'docs', target)))).toEqual([]);
  });
});
