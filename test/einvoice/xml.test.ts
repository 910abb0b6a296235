/**
 * The e-invoice's own XML writer and its decimals (R28): text and attributes
 * escaped, empty elements left out, amounts from integer cents by string
 * operations only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf } from '../../src/einvoice/decimal.js';
import { element, escapeXml, keep, serialize, text } from '../../src/einvoice/xml.js';
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
      const root = parseXml(serialize(element('a', [text('b', content, { c: attribute })]) as never));
      expect(root.children[0]?.text).toBe(content);
      expect(root.children[0]?.attributes['c']).toBe(attribute);
    }), RUNS);
  });
});

describe('the element builders', () => {
  it('leave out text elements without text and parents without children', () => {
    expect(text('ram:ID', null)).toBeNull();
    expect(text('ram:ID', undefined)).toBeNull();
    expect(text('ram:ID', '')).toBeNull();
    expect(element('ram:Party', [text('ram:ID', null), false, null, undefined, [[null]]])).toBeNull();
  });

  it('drop attributes without a value and flatten nested lists of children', () => {
    const xml = serialize(element('r', [[text('a', '1', { x: 'y', z: null, w: undefined })], [[text('b', '2')]]]) as never);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<r>\n  <a x="y">1</a>\n  <b>2</b>\n</r>\n');
  });

  it('keep writes an element that must be there even when empty', () => {
    expect(serialize(keep('ram:ApplicableHeaderTradeDelivery', [null]))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<ram:ApplicableHeaderTradeDelivery/>\n');
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
