/** The argument lists the fuzz suite calls an export with. */
import fc from 'fast-check';
import type { Entry } from './entries.js';
import { junk, variantsOf } from './nearMiss.js';

/** Argument lists for an entry: valid, one argument spoiled or replaced, arguments left out, or anything at all. */
export function argumentsOf(entry: Entry): fc.Arbitrary<unknown[]> {
  const params = entry.params;
  const valid = fc.tuple(...params);
  const oneSpoiled = fc.nat({ max: params.length - 1 }).chain((i) =>
    fc.tuple(valid, fc.oneof(variantsOf(params[i] as fc.Arbitrary<unknown>), junk)).map(([args, bad]) => {
      const out = [...args];
      out[i] = bad;
      return out;
    }));
  const cut = fc.tuple(valid, fc.nat({ max: params.length })).map(([args, n]) => args.slice(0, n));
  const anything = fc.array(junk, { minLength: 0, maxLength: params.length + 1 });
  const arms: { arbitrary: fc.Arbitrary<unknown[]>; weight: number }[] = [
    { arbitrary: valid, weight: 3 },
    { arbitrary: oneSpoiled, weight: 8 },
    { arbitrary: cut, weight: 1 },
    { arbitrary: anything, weight: 2 },
  ];
  if (entry.together !== undefined) {
    const together = entry.together;
    arms.push({ arbitrary: together, weight: 3 });
    arms.push({
      arbitrary: fc.tuple(together, fc.nat()).chain(([args, n]) => {
        const i = n % args.length;
        return variantsOf(fc.constant(args[i])).map((bad) => {
          const out = [...args];
          out[i] = bad;
          return out;
        });
      }),
      weight: 3,
    });
  }
  return fc.oneof(...arms);
}

