/**
 * A tiny XML reader for the tests, written apart from the library's writer:
 * elements, attributes, text and the five predefined entities plus numeric
 * character references. It throws on anything that is not well-formed (a
 * mismatched or unclosed tag, a bare `&` or `<`, text outside the root), so
 * reading a document back also checks the writer's escaping.
 */

/** An element: its name, attributes, text (unescaped, only for leaves) and children. */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlNode[];
}

function unescape(text: string): string {
  if (/<|&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error(`not escaped: ${text}`);
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref] as string;
    return String.fromCodePoint(ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** The root element of an XML text with a declaration. */
export function parseXml(xml: string): XmlNode {
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (declaration === null) throw new Error('no XML declaration');
  let at = declaration[0].length;
  const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/y;
  const stack: { name: string; attributes: Record<string, string>; text: string; children: XmlNode[] }[] = [];
  let root: XmlNode | undefined;
  while (at < xml.length) {
    const next = xml.indexOf('<', at);
    const chunk = xml.slice(at, next === -1 ? xml.length : next);
    if (stack.length === 0) {
      if (chunk.trim() !== '') throw new Error(`text outside the root: ${chunk}`);
    } else {
      (stack.at(-1) as { text: string }).text += unescape(chunk);
    }
    if (next === -1) break;
    TAG.lastIndex = next;
    const match = TAG.exec(xml);
    if (match === null) throw new Error(`bad tag at ${next}: ${xml.slice(next, next + 40)}`);
    const [whole, closing, name, attributeText, selfClosing] = match as unknown as [string, string, string, string, string];
    at = next + whole.length;
    if (closing === '/') {
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      const node: XmlNode = { name, attributes: open.attributes, text: open.children.length === 0 ? open.text : '', children: open.children };
      if (open.children.length > 0 && open.text.trim() !== '') throw new Error(`mixed content in <${name}>`);
      if (stack.length === 0) root = node;
      else (stack.at(-1) as { children: XmlNode[] }).children.push(node);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) attributes[key as string] = unescape(value as string);
    if (selfClosing === '/') {
      const node: XmlNode = { name, attributes, text: '', children: [] };
      if (stack.length === 0) root = node;
      else (stack.at(-1) as { children: XmlNode[] }).children.push(node);
    } else {
      if (root !== undefined) throw new Error('a second root');
      stack.push({ name, attributes, text: '', children: [] });
    }
  }
  if (stack.length > 0 || root === undefined) throw new Error('unclosed elements');
  return root;
}

/** Every element under `node` (itself included) reached by a path of names, `a/b/c`. */
export function all(node: XmlNode, path: string): XmlNode[] {
  let level: XmlNode[] = [node];
  for (const name of path.split('/')) level = level.flatMap((n) => n.children.filter((child) => child.name === name));
  return level;
}

/** The text of the one element at `path`; throws when there is none or more than one. */
export function one(node: XmlNode, path: string): string {
  const found = all(node, path);
  if (found.length !== 1) throw new Error(`${found.length} elements at ${path}`);
  return (found[0] as XmlNode).text;
}

/** The texts of every element at `path`. */
export function texts(node: XmlNode, path: string): string[] {
  return all(node, path).map((n) => n.text);
}

/** Every element of a name anywhere under `node`. */
export function deep(node: XmlNode, name: string): XmlNode[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((child) => deep(child, name))];
}

/** A decimal with two places as integer cents, by string operations (`"-6.47"` → -647). */
export function centsOf(decimal: string): number {
  const match = /^(-?)([0-9]+)\.([0-9]{2})$/.exec(decimal);
  if (match === null) throw new Error(`not a decimal with two places: ${decimal}`);
  const cents = Number(match[2]) * 100 + Number(match[3]);
  return match[1] === '-' ? -cents : cents;
}
