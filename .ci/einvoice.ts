/**
 * CI: e-invoices checked by the official rules (R28). Writes the XML of at least 200 random
 * finalized documents (test/arbitraries/documents.ts: every VAT category, corrections 384, credit
 * notes 381, direct debit and credit transfer, gross-priced consumer invoices, lines of mixed
 * signs) in all three formats, plus what examples/einvoice.ts writes, into a temporary folder, and
 * runs the CEN EN 16931 / KoSIT XRechnung validator once per profile over it: `xrechnung` for the
 * XRechnung files, `en16931` for the ZUGFeRD files. Fails on any fatal finding; prints the counts.
 *
 * Usage: npx tsx .ci/einvoice.ts [documents]   (default 200)
 * Environment: EINVOICE_SEED (the fast-check seed, default random; printed), EINVOICE_VALIDATOR
 * (default ../shared/einvoice/validate from the repository root), EINVOICE_KEEP=1 keeps the folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { toXRechnungCii, toXRechnungUbl, toZugferd } from '../src/einvoice/index.js';
import { isTarifkitError, type FinalDocument } from '../src/index.js';
import { documentCaseArb, type DocumentCase } from '../test/arbitraries/documents.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const validator = resolve(root, process.env['EINVOICE_VALIDATOR'] ?? '../shared/einvoice/validate');
const wanted = Number(process.argv[2] ?? 200);
const seed = Number(process.env['EINVOICE_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

if (!existsSync(validator)) {
  console.error(`einvoice: the validator is missing at ${validator} (set EINVOICE_VALIDATOR)`);
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'tarifkit-einvoice-'));
const xrechnungFolder = join(folder, 'xrechnung');
const zugferdFolder = join(folder, 'en16931');
mkdirSync(xrechnungFolder);
mkdirSync(zugferdFolder);

/** What the random documents must cover, and how many of each were written. */
const coverage: Record<string, number> = {
  'S lines': 0, 'Z lines': 0, 'E lines': 0, 'AE lines': 0, 'K lines': 0, 'G lines': 0, 'O lines': 0,
  'invoice 380': 0, 'correction 384': 0, 'credit note 381': 0, 'credit transfer 58': 0, 'direct debit 59': 0,
  'gross prices (consumer)': 0, 'OSS rate': 0, 'lines of mixed signs': 0, 'lines without service range': 0, 'ZUGFeRD only (no XRechnung extras)': 0,
};

function count(document: FinalDocument, kase: DocumentCase): void {
  for (const line of document.lines) coverage[`${line.category} lines`] = (coverage[`${line.category} lines`] ?? 0) + 1;
  coverage[{ invoice: 'invoice 380', correction: 'correction 384', creditNote: 'credit note 381' }[document.type]]! += 1;
  coverage[document.payment.kind === 'creditTransfer' ? 'credit transfer 58' : 'direct debit 59']! += 1;
  if (document.pricesAre === 'gross') coverage['gross prices (consumer)']! += 1;
  if (document.breakdown.some((group) => group.category === 'S' && group.vatRate !== 19 && group.vatRate !== 7)) coverage['OSS rate']! += 1;
  if (document.lines.some((line) => line.netCents > 0) && document.lines.some((line) => line.netCents < 0)) coverage['lines of mixed signs']! += 1;
  if (document.lines.some((line) => line.line.range === null)) coverage['lines without service range']! += 1;
  if (!kase.xrechnung) coverage['ZUGFeRD only (no XRechnung extras)']! += 1;
}

// Random documents: at least `wanted`, and on until every kind is covered (bounded).
const started = performance.now();
let documents = 0;
let refusedAsIncomplete = 0;
const cases = fc.sample(documentCaseArb, { numRuns: wanted * 10, seed });
for (const kase of cases) {
  if (documents >= wanted && Object.values(coverage).every((n) => n > 0)) break;
  for (const document of kase.documents) {
    documents += 1;
    count(document, kase);
    const name = `${String(documents).padStart(4, '0')}-${kase.scenario}-${document.type}`;
    writeFileSync(join(zugferdFolder, `${name}-zugferd.xml`), toZugferd(document));
    if (kase.xrechnung) {
      writeFileSync(join(xrechnungFolder, `${name}-cii.xml`), toXRechnungCii(document));
      writeFileSync(join(xrechnungFolder, `${name}-ubl.xml`), toXRechnungUbl(document));
      continue;
    }
    // Without what XRechnung needs beyond EN 16931, both XRechnung writers must refuse rather than write an invalid file.
    for (const write of [toXRechnungCii, toXRechnungUbl]) {
      try {
        write(document);
        throw new Error(`einvoice: ${name}: ${write.name} wrote a document without the XRechnung fields`);
      } catch (error) {
        if (!isTarifkitError(error, 'EINVOICE_INCOMPLETE')) throw error;
      }
    }
    refusedAsIncomplete += 1;
  }
}
const missing = Object.entries(coverage).filter(([, n]) => n === 0).map(([kind]) => kind);
if (missing.length > 0) {
  console.error(`einvoice: the random documents (seed ${seed}) miss: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`einvoice: ${documents} random documents (seed ${seed}) written in ${Math.round(performance.now() - started)} ms; ${refusedAsIncomplete} of them lack what XRechnung needs and were refused by its writers`);
console.log(`einvoice: covered ${Object.entries(coverage).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);

// The examples' documents, sorted by the specification identifier they carry (BT-24).
const example = join(root, 'examples', 'einvoice.ts');
let examples = 0;
if (existsSync(example)) {
  const out = join(folder, 'examples');
  mkdirSync(out);
  const run = spawnSync(process.execPath, ['--import', 'tsx', example, out], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`einvoice: examples/einvoice.ts failed:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  for (const file of readdirSync(out, { recursive: true }) as string[]) {
    if (!file.endsWith('.xml')) continue;
    const xml = readFileSync(join(out, file), 'utf8');
    const target = xml.includes('urn:xeinkauf.de:kosit:xrechnung') ? xrechnungFolder : zugferdFolder;
    copyFileSync(join(out, file), join(target, `example-${file.replace(/[\\/]/g, '-')}`));
    examples += 1;
  }
  if (examples === 0) {
    console.error('einvoice: examples/einvoice.ts wrote no XML');
    process.exit(1);
  }
  console.log(`einvoice: examples/einvoice.ts wrote ${examples} files`);
} else {
  console.log('einvoice: no examples/einvoice.ts yet');
}

interface Report {
  readonly files: readonly { readonly file: string; readonly findings: readonly { readonly id: string; readonly flag: string; readonly message?: string }[] }[];
}

// One validator run per profile over its folder.
let failed = false;
for (const [profile, dir] of [['xrechnung', xrechnungFolder], ['en16931', zugferdFolder]] as const) {
  const run = spawnSync('bash', [validator, '--profile', profile, '--json', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status === 2 || run.stdout.trim() === '') {
    console.error(`einvoice: the validator failed (${profile}, status ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  const report = JSON.parse(run.stdout) as Report;
  let fatal = 0;
  let warnings = 0;
  const ids = new Map<string, number>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (finding.flag === 'information') continue;
      if (finding.flag === 'fatal') fatal += 1;
      else warnings += 1;
      ids.set(`${finding.flag} ${finding.id}`, (ids.get(`${finding.flag} ${finding.id}`) ?? 0) + 1);
      if (finding.flag === 'fatal') console.error(`${file.file}: fatal ${finding.id}: ${finding.message ?? ''}`);
    }
  }
  const summary = ids.size === 0 ? '' : ` (${[...ids].map(([id, n]) => `${id} ×${n}`).join(', ')})`;
  console.log(`einvoice: ${profile}: ${report.files.length} files validated, ${fatal} fatal errors, ${warnings} warnings${summary}`);
  failed ||= fatal > 0 || run.status !== 0;
}

if (failed || process.env['EINVOICE_KEEP'] === '1') console.log(`einvoice: the files are in ${folder}`);
else rmSync(folder, { recursive: true, force: true });
if (failed) process.exit(1);
