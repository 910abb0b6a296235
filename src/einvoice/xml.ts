/**
 * A small XML writer for the e-invoice formats (R28): text and attribute
 * values escaped, indented by two spaces, written as it goes without a tree.
 * It has no dependencies; the callers check that text holds only characters
 * XML 1.0 allows (see `textAt` in read.ts).
 *
 * An element whose content is missing or empty is left out, as the EN 16931
 * rules want no empty elements; `close(true)` writes one that must be there
 * even when empty.
 *
 * @internal
 * @module
 */

/** Attribute values by name; one without a value (null or undefined) is left out. */
export type XmlAttributes = Readonly<Record<string, string | null | undefined>>;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;',
};
const SPECIAL = /[&<>"'\r]/;
const SPECIALS = /[&<>"'\r]/g;

/** Text with `& < > " '` (and a carriage return, which a parser would drop) written as references. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ESCAPES[char] as string) : text;
}

/** The attributes as written in a start tag: ` key="value"` for each that has a value. */
function attributeText(attributes: XmlAttributes | undefined): string {
  let out = '';
  for (const key in attributes) {
    const value = attributes[key];
    if (typeof value === 'string') out += ` ${key}="${escapeXml(value)}"`;
  }
  return out;
}

/** The indentation of each depth, two spaces a level, made once. */
const INDENTS: string[] = [''];

function indentOf(depth: number): string {
  let indent = INDENTS[depth];
  if (indent === undefined) {
    indent = `${indentOf(depth - 1)}  `;
    INDENTS[depth] = indent;
  }
  return indent;
}

/**
 * An XML document written as it goes: the XML declaration, then the elements,
 * each on its own line, indented, ending with a newline. {@link XmlWriter.open}
 * only notes an element: its start tag is written with the first text inside
 * it, so an element with nothing in it is left out.
 */
export class XmlWriter {
  private out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  /** The open elements, outermost first: names, and start tags up to the `>`. */
  private readonly names: string[] = [];
  private readonly tags: string[] = [];
  /** How many of the open elements (the outermost ones) have their start tags written. */
  private written = 0;

  /** Opens an element; it is written once something inside it is. */
  open(name: string, attributes?: XmlAttributes): void {
    this.names.push(name);
    this.tags.push(`<${name}${attributeText(attributes)}`);
  }

  /** Writes the start tags of the open elements not written yet. */
  private flush(): void {
    const tags = this.tags;
    for (let i = this.written; i < tags.length; i += 1) this.out += `${indentOf(i)}${tags[i] as string}>\n`;
    this.written = tags.length;
  }

  /** An element with text; nothing when the text is null, undefined or empty. */
  text(name: string, value: string | null | undefined, attributes?: XmlAttributes): void {
    if (value === null || value === undefined || value === '') return;
    this.flush();
    this.out += `${indentOf(this.tags.length)}<${name}${attributeText(attributes)}>${escapeXml(value)}</${name}>\n`;
  }

  /**
   * Closes the element opened last: its end tag, or nothing when nothing was
   * written in it; with `keepEmpty`, such an element is written as `<name/>`.
   */
  close(keepEmpty = false): void {
    const depth = this.tags.length - 1;
    const name = this.names.pop() as string;
    const tag = this.tags.pop() as string;
    if (this.written > depth) {
      this.written = depth;
      this.out += `${indentOf(depth)}</${name}>\n`;
    } else if (keepEmpty) {
      this.flush();
      this.out += `${indentOf(depth)}${tag}/>\n`;
    }
  }

  /** The document written so far. */
  done(): string {
    return this.out;
  }
}
