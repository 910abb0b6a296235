/**
 * The code blocks of README.md and docs/*.md, as modules a test can run.
 *
 * Every ```ts block runs as written, with its `tarifkit` imports pointed at
 * the source. A block fenced ```ts no-run is skipped (only for fragments that
 * cannot run on their own). Comments that claim a value are checked: a line
 *
 *   expr; // <JSON literal>
 *
 * becomes an assertion that `expr` deep-equals the literal. The literal is a
 * number, a string in double quotes, an array or object that parses as JSON,
 * true, false or null; it may be followed by `:` or `,` and prose
 * (`daysIn(p); // 29: a leap year`). For `const x = expr; // <literal>` the
 * claim is about `x`; for `if (cond) expr; // <literal>` the condition must
 * hold too. Any other comment is prose, and so is a comment after code that
 * does not end in `;` (a property of an object literal). A claim after a `;`
 * that does not end one whole statement (the last line of a call spread over
 * several lines) fails the block, so that no such claim goes unchecked.
 */

/** One ```ts block of a Markdown file. */
export interface CodeBlock {
  /** The Markdown file, relative to the repository (`docs/subscriptions.md`). */
  readonly file: string;
  /** The 1-based line of the block's first code line in that file. */
  readonly line: number;
  /** The code, one entry per line. */
  readonly lines: readonly string[];
  /** True for a block fenced ```ts no-run. */
  readonly skip: boolean;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/;

/** The ```ts blocks of a Markdown text, in order. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const text = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const open = FENCE.exec(text[i] as string);
    if (open === null) continue;
    const [, indent, fence, language, info] = open as unknown as [string, string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < text.length; j += 1) {
      const line = text[j] as string;
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    if (language === 'ts' || language === 'typescript') {
      blocks.push({ file, line: i + 2, lines: body, skip: /\bno-run\b/.test(info) });
    }
    i = j;
  }
  return blocks;
}

/** Where the comment of a line starts (outside strings and template text), or -1. */
function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] as string;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** Brackets and parentheses left open at the end of some code, and the `;` outside them, string-aware. */
function shape(code: string): { depth: number; semicolons: number[] } {
  let depth = 0;
  let quote: string | null = null;
  const semicolons: number[] = [];
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i] as string;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === ';' && depth === 0) semicolons.push(i);
  }
  return { depth, semicolons };
}

/** The length of the JSON literal a comment starts with, or -1 when it starts with none. */
function literalLength(text: string): number {
  const first = text[0];
  if (first === '"' || first === '[' || first === '{') {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i] as string;
      if (inString) {
        if (c === '\\') i += 1;
        else if (c === '"') {
          inString = false;
          if (depth === 0) return i + 1;
        }
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '[' || c === '{') depth += 1;
      else if (c === ']' || c === '}') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w.])/.exec(text);
  return word === null ? -1 : word[0].length;
}

/** The value a comment claims, or undefined when the comment is prose. */
export function claimOf(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  const length = literalLength(text);
  if (length < 0) return undefined;
  const rest = text.slice(length).trim();
  if (rest !== '' && !rest.startsWith(':') && !rest.startsWith(',')) return undefined;
  try {
    return { value: JSON.parse(text.slice(0, length)) as unknown };
  } catch {
    return undefined;
  }
}

/** The end of the parenthesised condition of `if (` starting at `open`, or -1. */
function closingParen(code: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < code.length; i += 1) {
    const c = code[i] as string;
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth += 1;
    else if (c === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** One line with its claim turned into an assertion; other lines as they are. */
function rewriteLine(line: string, where: string): { line: string; claims: number } {
  const at = commentStart(line);
  if (at < 0) return { line, claims: 0 };
  const claim = claimOf(line.slice(at + 2));
  const code = line.slice(0, at).trimEnd();
  if (claim === undefined || code.trim() === '') return { line, claims: 0 };
  if (!code.endsWith(';')) return { line, claims: 0 };
  const { depth, semicolons } = shape(code);
  if (depth !== 0 || semicolons.length !== 1) {
    throw new Error(`${where}: a claim (// ${JSON.stringify(claim.value)}) must follow one whole statement ending in ";"`);
  }
  const indent = /^\s*/.exec(code)?.[0] ?? '';
  const statement = code.trim().slice(0, -1);
  const expected = JSON.stringify(claim.value);
  const place = JSON.stringify(where);
  const declared = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(statement);
  if (declared !== null) {
    return { line: `${indent}${statement}; __claim(${declared[1]}, ${expected}, ${place});`, claims: 1 };
  }
  if (/^(?:const|let|var)\b/.test(statement)) throw new Error(`${where}: a claim after a declaration needs one plain name: ${statement}`);
  if (statement.startsWith('if (')) {
    const close = closingParen(statement, 3);
    if (close < 0) throw new Error(`${where}: cannot read the condition of ${statement}`);
    const condition = statement.slice(3, close + 1);
    const expr = statement.slice(close + 1).trim();
    return {
      line: `${indent}__claim(Boolean${condition}, true, ${JSON.stringify(`${where} (the condition ${condition})`)}); if ${condition} __claim(${expr}, ${expected}, ${place});`,
      claims: 1,
    };
  }
  return { line: `${indent}__claim(${statement}, ${expected}, ${place});`, claims: 1 };
}

/**
 * The block as a module: `tarifkit` imported from `sourceIndex` (and
 * `tarifkit/einvoice` from the einvoice/ folder beside it), every claim an
 * assertion, and the `claim` function imported from `claimModule` on a last line,
 * so that line N of the module is line N of the block.
 */
export function toModule(block: CodeBlock, sourceIndex: string, claimModule: string): { code: string; claims: number } {
  let claims = 0;
  // The subpath `tarifkit/einvoice` is the folder einvoice/ beside the source index.
  const einvoiceIndex = sourceIndex.replace(/index\.js$/, 'einvoice/index.js');
  const lines = block.lines.map((line, i) => {
    const where = `${block.file}:${block.line + i}`;
    const pointed = line
      .replace(/(\bfrom\s*)(['"])tarifkit\/einvoice\2/g, `$1'${einvoiceIndex}'`)
      .replace(/(\bimport\(\s*)(['"])tarifkit\/einvoice\2/g, `$1'${einvoiceIndex}'`)
      .replace(/(\bfrom\s*)(['"])tarifkit\2/g, `$1'${sourceIndex}'`)
      .replace(/(\bimport\(\s*)(['"])tarifkit\2/g, `$1'${sourceIndex}'`);
    const rewritten = rewriteLine(pointed, where);
    claims += rewritten.claims;
    return rewritten.line;
  });
  lines.push(`import { claim as __claim } from '${claimModule}';`);
  return { code: `${lines.join('\n')}\n`, claims };
}
