import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleContext, createEmulator, type Emulator, loadBundle } from '../../emulator';
import { build } from '../../scripts/build.mjs';
import { registry } from '../../src/registry';

/**
 * Every custom function as Sheets runs it: the top-level stub of the built build/Code.js, in a vm on
 * the emulator, under AuthMode.CUSTOM_FUNCTION. Whatever the cells hold, a function returns a number,
 * a blank or a rectangle of them (never NaN or Infinity, which Sheets shows as an error without a
 * reason), or throws a plain Error naming itself; never a TypeError or anything else. test/functions
 * checks the same of the core functions with their own inputs; this is the shipped bundle, with
 * hostile cells (error values, formula-looking text, 1e308).
 */

const repoRoot = path.join(__dirname, '..', '..');
const NAMES = registry.filter((entry) => entry.kind === 'customFunction').map((entry) => entry.name);

interface Spreadsheet {
  readonly emulator: Emulator;
  readonly context: BundleContext;
}
let sheets: Spreadsheet[] = [];

beforeAll(async () => {
  await build();
  const bundle = readFileSync(path.join(repoRoot, 'build', 'Code.js'), 'utf8');
  sheets = [
    { locale: 'en_US', timeZone: 'UTC' },
    { locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' },
    { locale: 'de_CH', timeZone: 'Pacific/Chatham' },
  ].map((settings) => {
    const emulator = createEmulator(settings);
    return { emulator, context: loadBundle(bundle, emulator) };
  });
});

const HOSTILE_TEXT = [
  '',
  ' ',
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '=1+1',
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '-x',
  '@mention',
  '1e308',
  '-1e308',
  '1e309',
  '1,234',
  '1.234,5',
  '4.5%',
  '−3',
  'NaN',
  'Infinity',
  '2026-07-01',
  '7/1/2026',
  '31.12.2026',
  'total',
  'average',
  'rows',
  '📈',
  'مرات',
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01') }),
);

const rectangle = (value: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 })).chain(([rows, columns]) =>
    fc.array(fc.array(value, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

const argument = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: rectangle(cell) });

/** What a parameter mostly holds when the marketer got it right. */
function usualValue(param: string): fc.Arbitrary<unknown> {
  if (param === 'mode') return fc.constantFrom('rows', 'average', 'Total', '');
  if (param === 'days') return fc.integer({ min: 1, max: 60 });
  if (/start|deadline|as_of/.test(param))
    return fc.oneof(
      fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
      fc.constantFrom('2026-07-01', '7/1/2026', '31.12.2026', 46_204),
    );
  return fc.oneof(fc.nat(1_000_000), fc.constantFrom(0, 1e308, 1e-300, '1,234', ''));
}

/**
 * Arguments as registered (every required one, some optional ones): ranges of one shape or single
 * values, mostly what the parameter expects with a hostile cell now and then, so calls reach the maths.
 */
const pairedArguments = (name: string) => {
  const params = registry.find((entry) => entry.name === name)!.params;
  const required = params.filter((p) => !p.optional).length;
  return fc
    .tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 2 }),
      fc.integer({ min: required, max: params.length }),
    )
    .chain(([rows, columns, count]) =>
      fc.tuple(
        ...params.slice(0, count).map((param) => {
          const value = fc.oneof(
            { weight: 12, arbitrary: usualValue(param.name) },
            { weight: 1, arbitrary: cell },
          );
          if (param.name === 'mode' || param.name === 'days') return value;
          const range = fc.array(fc.array(value, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          });
          return fc.oneof(range, value);
        }),
      ),
    );
};

const isCell = (value: unknown) => value === '' || (typeof value === 'number' && Number.isFinite(value));

/** Checks one call; true when it gave a value rather than an error. */
function expectValueOrClearError(sheet: Spreadsheet, name: string, args: unknown[]): boolean {
  const fn = sheet.context[name] as (...a: unknown[]) => unknown;
  let result: unknown;
  try {
    result = sheet.emulator.withAuthMode('CUSTOM_FUNCTION', () => fn(...args));
  } catch (error) {
    // Thrown inside the vm: its Error is not this realm's, so look at it rather than instanceof.
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect((error as Error).name).toBe('Error');
    expect((error as Error).message).toMatch(new RegExp(`^${name}: \\S`));
    return false;
  }
  if (!Array.isArray(result)) {
    expect(isCell(result), `${name} gave ${String(result)}`).toBe(true);
    return true;
  }
  const width = (result[0] as unknown[] | undefined)?.length ?? 0;
  expect(width).toBeGreaterThan(0);
  for (const row of result) {
    expect(Array.isArray(row) && row.length === width).toBe(true);
    for (const value of row as unknown[]) expect(isCell(value), `${name} gave ${String(value)}`).toBe(true);
  }
  return true;
}

describe('every custom function of the built bundle, on hostile cells', () => {
  it('covers every registered function', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(18);
    for (const sheet of sheets) for (const name of NAMES) expect(typeof sheet.context[name]).toBe('function');
  });

  it('any arguments: a value or a clear Error, never a TypeError, NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.nat(2),
        fc.array(argument, { maxLength: 5 }),
        (name, which, args) => {
          expectValueOrClearError(sheets[which]!, name, args);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('paired ranges of mostly numbers: the same, and most calls reach the maths', () => {
    let runs = 0;
    let values = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES).chain((name) => fc.tuple(fc.constant(name), pairedArguments(name))),
        fc.nat(2),
        ([name, args], which) => {
          runs++;
          if (expectValueOrClearError(sheets[which]!, name, args)) values++;
        },
      ),
      { numRuns: 1500 },
    );
    expect(values / runs).toBeGreaterThan(0.5);
  });
});
