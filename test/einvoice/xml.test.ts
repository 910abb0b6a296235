/**
 * The e-invoice's own XML writer and its decimals (R28): text and attributes
 * escaped, empty elements left out, amounts from integer cents by string
 * operations only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf } from '../../src/einvoice/decimal.js';
import { escapeXml, XmlWriter } from '../../src/einvoice/xml.js';
import { RUNS } from '../arbitraries/core.js';
import { centsOf, parseXml } from './xmlTree.js';

describe('escapeXml', () => {
  it('writes & < > " \' and a carriage return as references, and nothing else', () => {
    expect(escapeXml(`Müller & Söhne <"Premium"> it's\r\n`)).toBe('Müller &amp; Söhne &lt;&quot;Premium&quot;&gt; it&apos;s&#13;\n');
    expect(escapeXml('Zusätzliche Benutzer ✓ 𝄞')).toBe('Zusätzliche Benutzer ✓ 𝄞');
  });

  it('any text without the characters XML forbids reads back as it was, in an element and in an attribute', () => {
    // eslint-disable-next-line no-control-regex
    const allowed = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s) && s !== '');
    fc.assert(fc.property(allowed, allowed, (content, attribute) => {
      const w = new XmlWriter();
      w.open('a');
      w.text('b', content, { c: attribute });
      w.close();
      const root = parseXml(w.done());
      expect(root.children[0]?.text).toBe(content);
      expect(root.children[0]?.attributes['c']).toBe(attribute);
    }), RUNS);
  });
});

describe('the writer', () => {
  const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

  it('leaves out text elements without text and elements with nothing in them', () => {
    const w = new XmlWriter();
    w.open('r');
    w.open('ram:Party', { a: 'b' });
    w.text('ram:ID', null);
    w.text('ram:ID', undefined);
    w.text('ram:ID', '');
    w.open('ram:Inner');
    w.close();
    w.close();
    w.text('x', '1');
    w.close();
    expect(w.done()).toBe(`${DECLARATION}<r>\n  <x>1</x>\n</r>\n`);
    const empty = new XmlWriter();
    empty.open('r');
    empty.close();
    expect(empty.done()).toBe(DECLARATION);
  });

  it('drops attributes without a value and writes an element\'s start tag with the first text inside it, however deep', () => {
    const w = new XmlWriter();
    w.open('r', { v: '1' });
    w.text('a', '1', { x: 'y', z: null, w: undefined });
    w.open('p');
    w.open('q');
    w.text('b', '2 & 3');
    w.close();
    w.close();
    w.close();
    expect(w.done()).toBe(`${DECLARATION}<r v="1">\n  <a x="y">1</a>\n  <p>\n    <q>\n      <b>2 &amp; 3</b>\n    </q>\n  </p>\n</r>\n`);
  });

  it('close(true) writes an element that must be there even when empty, and its parents', () => {
    const w = new XmlWriter();
    w.open('r');
    w.open('ram:ApplicableHeaderTradeDelivery');
    w.open('ram:ActualDeliverySupplyChainEvent');
    w.text('ram:OccurrenceDateTime', null);
    w.close();
    w.close(true);
    w.close();
    expect(w.done()).toBe(`${DECLARATION}<r>\n  <ram:ApplicableHeaderTradeDelivery/>\n</r>\n`);
  });
});

describe('decimalOf', () => {
  it('writes cents with exactly two places: 4682 → 46.82, -647 → -6.47, 5 → 0.05, -5 → -0.05, 0 and -0 → 0.00', () => {
    expect([4682, -647, 5, -5, 0, -0, 100, 1_000_000_000_000_000].map(decimalOf)).toEqual(['46.82', '-6.47', '0.05', '-0.05', '0.00', '0.00', '1.00', '10000000000000.00']);
  });

  it('reads back to the same cents for every amount up to 10^15, and never through floating point', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000_000_000_000, max: 1_000_000_000_000_000 }), (cents) => {
      const written = decimalOf(cents);
      expect(written).toMatch(/^-?[0-9]+\.[0-9]{2}$/);
      expect(centsOf(written)).toBe(cents === 0 ? 0 : cents);
    }), RUNS);
  });
});
