/**
 * A small XML writer for the e-invoice formats (R28): elements as plain
 * records, text and attribute values escaped, indented by two spaces. It has
 * no dependencies; the callers check that text holds only characters XML 1.0
 * allows (see `xmlTextOf` in read.ts).
 *
 * An element whose content is missing or empty is left out, as the EN 16931
 * rules want no empty elements; {@link keep} marks one that must be written
 * even when empty.
 *
 * @internal
 * @module
 */

/** One element: a name with its prefix (`ram:ID`), attributes, and text or children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly content: string | readonly XmlElement[];
  readonly keepEmpty: boolean;
}

/** What may stand where an element is expected: missing ones are left out. */
export type XmlChild = XmlElement | null | undefined | false | readonly XmlChild[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;',
};

/** Text with `& < > " '` (and a carriage return, which a parser would drop) written as references. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => ESCAPES[char] as string);
}

function flat(children: readonly XmlChild[], out: XmlElement[]): XmlElement[] {
  for (const child of children) {
    if (Array.isArray(child)) flat(child as readonly XmlChild[], out);
    else if (child) out.push(child as XmlElement);
  }
  return out;
}

function attributesOf(attributes: Readonly<Record<string, string | null | undefined>> | undefined): (readonly [string, string])[] {
  if (attributes === undefined) return [];
  return Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/**
 * An element with text: null when the text is null, undefined or empty, so
 * that optional fields simply vanish.
 */
export function text(name: string, value: string | null | undefined, attributes?: Readonly<Record<string, string | null | undefined>>): XmlElement | null {
  if (value === null || value === undefined || value === '') return null;
  return { name, attributes: attributesOf(attributes), content: value, keepEmpty: false };
}

/** An element with children: null when none of them is there. */
export function element(name: string, children: readonly XmlChild[], attributes?: Readonly<Record<string, string | null | undefined>>): XmlElement | null {
  const content = flat(children, []);
  if (content.length === 0) return null;
  return { name, attributes: attributesOf(attributes), content, keepEmpty: false };
}

/** An element with children that is written even when it has none (`<ram:ApplicableHeaderTradeDelivery/>`). */
export function keep(name: string, children: readonly XmlChild[], attributes?: Readonly<Record<string, string | null | undefined>>): XmlElement {
  return { name, attributes: attributesOf(attributes), content: flat(children, []), keepEmpty: true };
}

function write(node: XmlElement, indent: string, out: string[]): void {
  let open = `${indent}<${node.name}`;
  for (const [key, value] of node.attributes) open += ` ${key}="${escapeXml(value)}"`;
  if (typeof node.content === 'string') {
    out.push(`${open}>${escapeXml(node.content)}</${node.name}>`);
  } else if (node.content.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of node.content) write(child, `${indent}  `, out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** The document: the XML declaration, then the root element, indented, ending with a newline. */
export function serialize(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, '', out);
  return `${out.join('\n')}\n`;
}
