/**
 * The assertion a claim comment of a documentation code block becomes (see
 * codeBlocks.ts): the value deep-equals the one the comment states.
 */
import { expect } from 'vitest';

/** Checks that `actual` deep-equals `expected`, naming the file and line of the claim. */
export function claim(actual: unknown, expected: unknown, where: string): void {
  expect(actual, `the claim at ${where}`).toEqual(expected);
}
