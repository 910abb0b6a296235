// @ts-check
/**
 * The API site's shape, taken from the sources' own layout so that no export needs a tag:
 *
 * - The entry points (`tarifkit` and the subpath `tarifkit/einvoice`) make one site: their exports
 *   are lifted out of typedoc's per-entry-point modules into the project, and each is filed as below.
 * - Every export is filed under its module: the folder of src/ that declares it, titled by the
 *   `moduleCategories` option (folder name to title; `categoryOrder` sets their order) and described by the
 *   opening comment of that folder's index.ts. A folder without a title is an error.
 * - A function's page answers a Markdown link to the file named after it, so a guide can write
 *   [`createCycle`](../src/calendar/createCycle.ts): GitHub opens the source and its TSDoc, the
 *   site opens the API page. A link into src/ that reaches no API page is an error.
 * - Guides (the projectDocuments) are titled by their first heading, filed under "Guides", and
 *   put in the order of the `guideOrder` option. A guide missing from that list is an error; a
 *   listed guide that does not exist yet is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { Comment, CommentTag, Converter, ParameterType, ReflectionKind } from 'typedoc';

const GUIDES = 'Guides';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'moduleCategories',
    help: 'tarifkit: the title of each src/ folder on the API site, in reading order.',
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.options.addDeclaration({
    name: 'guideOrder',
    help: 'tarifkit: the guides (projectDocuments) in reading order.',
    type: ParameterType.PathArray,
    defaultValue: [],
  });

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const path = document.project.files.getReflectionPath(document);
    const heading = path === undefined ? undefined : /^# +(.+?) *$/m.exec(readFileSync(path, 'utf8'));
    if (heading?.[1] !== undefined && document.name === basename(path ?? '', '.md')) document.name = heading[1];
    document.frontmatter['category'] ??= GUIDES;
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const entry = app.options.getValue('entryPoints')[0];
    if (entry === undefined) return;
    const srcRoot = dirname(resolve(entry));
    const titles = /** @type {Record<string, string>} */ (app.options.getValue('moduleCategories'));
    const order = /** @type {string[]} */ (app.options.getValue('guideOrder')).map((path) => resolve(path));

    // Several entry points give one module each: their exports move up into the project (the first
    // entry point's comment becomes the project's), so every export is filed by its folder below.
    for (const module of (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module))) {
      if (project.comment === undefined && module.comment !== undefined) project.comment = module.comment;
      project.mergeReflections(module, project);
    }

    for (const child of project.children ?? []) {
      const file = project.getSymbolIdFromReflection(child)?.fileName;
      if (file === undefined) continue;
      const folder = relative(srcRoot, file).split(sep)[0] ?? '';
      const title = titles[folder];
      if (title === undefined) {
        app.logger.error(`${child.name} is declared in src/${folder}/, which has no title in moduleCategories (typedoc.json).`);
        continue;
      }
      const comment = child.comment ?? child.signatures?.[0]?.comment ?? (child.comment = new Comment());
      comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: title }]));
      if (basename(file, '.ts') === child.name) project.files.registerReflectionPath(file, child);
    }

    const documents = project.documents ?? [];
    const position = (/** @type {import('typedoc').DocumentReflection} */ document) => order.indexOf(project.files.getReflectionPath(document) ?? '');
    for (const document of documents) {
      if (position(document) === -1) {
        app.logger.error(`The guide ${relative(process.cwd(), project.files.getReflectionPath(document) ?? document.name)} is not in guideOrder (typedoc.json), so it has no place in the site's navigation.`);
      }
    }
    documents.sort((a, b) => position(a) - position(b));
    // The same order where typedoc's categories look: each document's slot takes the next guide.
    let next = 0;
    project.childrenIncludingDocuments = project.childrenIncludingDocuments?.map((child) => (child.isDocument() ? (documents[next++] ?? child) : child));
  });

  // After typedoc's own categories (priority -200): each module's description is its index.ts comment.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const entry = app.options.getValue('entryPoints')[0];
      if (entry === undefined) return;
      const srcRoot = dirname(resolve(entry));
      const titles = /** @type {Record<string, string>} */ (app.options.getValue('moduleCategories'));
      for (const category of context.project.categories ?? []) {
        const folder = Object.keys(titles).find((name) => titles[name] === category.title);
        if (folder === undefined) continue;
        const index = resolve(srcRoot, folder, 'index.ts');
        const line = existsSync(index) ? (readFileSync(index, 'utf8').split('\n')[0] ?? '') : '';
        const text = /^\/\/ *[\w-]+: *(.+)$/.exec(line)?.[1];
        if (text !== undefined) category.description = [{ kind: 'text', text: text[0]?.toUpperCase() + text.slice(1) }];
      }
      // typedoc registers each entry point's file for its module, which the merge above removed.
      const entryFiles = app.options.getValue('entryPoints').map((path) => resolve(path));
      for (const path of context.project.files.getMediaPaths()) {
        if (!relative(srcRoot, path).startsWith('..') && !entryFiles.includes(resolve(path))) {
          app.logger.error(`A link points at ${relative(process.cwd(), path)}, which is no exported function's own file, so it has no API page.`);
        }
      }
    },
    -300,
  );
}
