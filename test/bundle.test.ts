import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, serverBuildOptions } from '../scripts/build.mjs';
import * as en from '../src/core/i18n/en';
import * as is from '../src/core/i18n/is';
import type { RegistryEntry } from '../src/registry';

/**
 * build/Code.js as Apps Script runs it: one classic script in a fresh global scope, with only the
 * services the add-on touches, as tiny fakes. Arrays passed in come from another realm, as a
 * reminder that the bundle must not rely on `instanceof Array`.
 */
const root = join(import.meta.dirname, '..');
const built = (name: string) => readFileSync(join(root, 'build', name), 'utf8');

let code = '';
let codeBytes = 0;
let registry: RegistryEntry[] = [];

const sheet = { locale: 'en_US', timeZone: 'Atlantic/Reykjavik' };
const user = { locale: 'en' };
const dialogs: { html: string; title: string; width: number }[] = [];

function appsScriptGlobals() {
  const ui = {
    createAddonMenu: () => {
      const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
      return menu;
    },
    showModalDialog: (output: { html: string; width: number }, title: string) =>
      dialogs.push({ html: output.html, title, width: output.width }),
  };
  return {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetLocale: () => sheet.locale,
        getSpreadsheetTimeZone: () => sheet.timeZone,
      }),
      getUi: () => ui,
    },
    Session: { getActiveUserLocale: () => user.locale },
    HtmlService: {
      // A project file, as clasp pushed it from build/.
      createHtmlOutputFromFile: (name: string) => {
        const output = {
          html: built(`${name}.html`),
          width: 0,
          setWidth: (width: number) => Object.assign(output, { width }),
          setHeight: () => output,
          setTitle: () => output,
        };
        return output;
      },
    },
  };
}

let context: vm.Context;
const run = (source: string): unknown => vm.runInContext(source, context);
/** Numbers equal to 12 decimals, everything else exactly, at any depth. */
function expectClose(actual: unknown, expected: unknown): void {
  if (typeof expected === 'number') expect(actual).toBeCloseTo(expected, 12);
  else if (!Array.isArray(expected)) expect(actual).toBe(expected);
  else {
    expect(Array.isArray(actual) && actual.length).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) expectClose((actual as unknown[])[i], expected[i]);
  }
}

/** Values from the vm's realm compared as plain data. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

beforeAll(async () => {
  ({ registry, codeBytes } = await build());
  code = built('Code.js');
  context = vm.createContext(appsScriptGlobals());
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
});

describe('build/Code.js', () => {
  // Its size against the 80 KB target is a benchmark figure (`npm run bench`), not a test.
  it('is the file the build reported', () => {
    console.log(`build/Code.js: ${codeBytes} bytes`);
    expect(Buffer.byteLength(code)).toBe(codeBytes);
  });

  it("carries only the server's strings: the sidebar's ship in build/sidebar.html", () => {
    // Keys, not texts: a short text such as "Markgildi" may well be in both sections.
    for (const key of Object.keys(en.server)) expect(code.includes(`"${key}"`), key).toBe(true);
    for (const key of Object.keys(en.sidebar)) expect(code.includes(`"${key}"`), key).toBe(false);
    // Long sentences are the bulk of the sidebar's strings: none is in the server.
    for (const text of [...Object.values(en.sidebar), ...Object.values(is.sidebar)])
      if (text.length > 60) expect(code.includes(text), text).toBe(false);
  });

  it('bundles nothing that only the sidebar, the dialog or the tests use', async () => {
    const result = await esbuild.build({ ...serverBuildOptions, metafile: true, logLevel: 'silent' });
    const [output] = Object.values(result.metafile.outputs);
    const shipped = Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file);
    expect(shipped).toContain('src/core/i18n/is.ts');
    for (const file of [
      'src/core/sidebar/messages.ts',
      'src/core/sidebar/categories.ts',
      'src/core/attainability.ts',
      'src/registry/customFunctions.ts',
    ])
      expect(shipped).not.toContain(file);
    expect(shipped.filter((file) => file.startsWith('src/sidebar/'))).toEqual([]);
    // Only zod/mini: classic zod would add its chainable API to every schema.
    expect(
      shipped.filter((file) => file.includes('node_modules/zod/') && !/zod\/v4\/(core|mini)\//.test(file)),
    ).toEqual([]);
  });

  it('is one classic script: no import or export (a vm.Script would not even compile those)', () => {
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\.meta\b/);
    expect(code).not.toMatch(/^\s*(?:import|export)\s/m);
  });

  it('declares every registry entry at top level with its JSDoc directly above', () => {
    expect(registry.length).toBeGreaterThanOrEqual(18);
    for (const entry of registry) {
      const params = entry.params.map((p) => p.name);
      const declaration = `\nfunction ${entry.name}(${params.join(', ')}) {\n`;
      const at = code.indexOf(declaration);
      expect(at, entry.name).toBeGreaterThan(0);
      expect(code.indexOf(declaration, at + 1), `${entry.name} declared once`).toBe(-1);
      const before = code.slice(0, at);
      expect(before.endsWith(' */'), `${entry.name}: JSDoc directly above`).toBe(true);
      const lines = before
        .slice(before.lastIndexOf('/**'))
        .split('\n')
        .slice(1, -1)
        .map((line) => line.replace(/^ \* /, ''));
      expect(lines[0], entry.name).toBe(entry.description.replace(/\s+/g, ' ').trim());
      const tags = lines.slice(1).map((line) => line.split(' ').slice(0, 2).join(' '));
      const expected = [
        ...params.map((name) => `@param ${name}`),
        expect.stringMatching(/^@return /),
        ...(entry.kind === 'customFunction' ? ['@customfunction'] : []),
      ];
      expect(tags, entry.name).toEqual(expected);
      for (const param of entry.params) {
        const line = lines.find((l) => l.startsWith(`@param ${param.name} `))!;
        expect(line, `${entry.name} ${param.name}`).toContain(param.description.replace(/\s+/g, ' ').trim());
        if (param.optional) expect(line).toContain('(optional)');
      }
      expect(typeof context[entry.name], `${entry.name} is a global function`).toBe('function');
    }
  });

  describe('custom functions called through their globals with ranges', () => {
    /** One call per custom function: a 2D range argument, and the result worked by hand. */
    const CALLS: Record<string, { args: unknown[]; result: unknown }> = {
      ENGAGEMENT_RATE: {
        args: [
          [[120], [90], ['']],
          [[4000], [3000], [10]],
        ],
        result: [[0.03], [0.03], ['']],
      },
      DAILY_ENGAGEMENT_RATE: { args: [[[100], [200], [300]], [[1000]]], result: 0.2 },
      CONVERSION_RATE: { args: [[[45], [30]], 1500], result: [[0.03], [0.02]] },
      CLICK_THROUGH_RATE: { args: [[[180, 60]], [[12_000, 3000]]], result: [[0.015, 0.02]] },
      BOUNCE_RATE: { args: [[[420], [100]], [[1200], [400]], 'total'], result: 0.325 },
      SOCIAL_CONVERSION_RATE: {
        args: [
          [[30], [0]],
          [[120], [0]],
        ],
        result: [[0.25], ['']],
      },
      AUDIENCE_GROWTH_RATE: {
        args: [
          [[250], [-40]],
          [[10_000], [8000]],
        ],
        result: [[0.025], [-0.005]],
      },
      AMPLIFICATION_RATE: {
        args: [
          [['24'], ['1,200']],
          [[6000], [60_000]],
        ],
        result: [[0.004], [0.02]],
      },
      VIRALITY_RATE: { args: [[[24], [30]], 3000], result: [[0.008], [0.01]] },
      APPLAUSE_RATE: { args: [[[150], [60]], [[6000], [6000]], 'Average'], result: 0.0175 },
      SHARE_OF_VOICE: {
        args: [
          [[40], [10]],
          [
            [30, 20, 10],
            [10, '', 20],
          ],
        ],
        result: [[0.4], [0.25]],
      },
      NET_SENTIMENT: {
        args: [
          [[60], [60]],
          [[20], [20]],
          [[''], [20]],
        ],
        result: [[''], [0.4]],
      },
      COST_PER: {
        args: [
          [['$500'], ['300']],
          [[250], [150]],
        ],
        result: [[2], [2]],
      },
      ROI: {
        args: [
          [[5000], [0]],
          [[2000], [1000]],
        ],
        result: [[1.5], [-1]],
      },
      RESPONSE_RATE: {
        args: [
          [[45], [9]],
          [[50], [10]],
        ],
        result: [[0.9], [0.9]],
      },
      GOAL_PROGRESS: { args: [1000, [[1200], [1500]], 2000], result: [[0.2], [0.5]] },
      EXPECTED_PROGRESS: {
        args: ['2026-07-01', '2026-09-30', [['2026-08-15'], ['2026-06-01'], ['2026-10-01']]],
        result: [[0.5], [0], [1]],
      },
      REQUIRED_GROWTH_RATE: { args: [[[1000], [250]], [[4000], [1000]], 2], result: [[1], [1]] },
    };

    it('has a call for every custom function in the registry', () => {
      const names = registry.filter((e) => e.kind === 'customFunction').map((e) => e.name);
      expect(Object.keys(CALLS).sort()).toEqual(names.sort());
    });

    it.each(Object.entries(CALLS))('%s', (name, { args, result }) => {
      const fn = context[name] as (...args: unknown[]) => unknown;
      expectClose(plain(fn(...args)), result);
    });

    it('reads Date values made in the script and text in the spreadsheet locale', () => {
      const start = run('new Date(Date.UTC(2026, 6, 1))');
      expect(
        plain(
          (context.EXPECTED_PROGRESS as (...a: unknown[]) => unknown)(start, '2026-09-30', [
            [start],
            ['2026-08-15'],
          ]),
        ),
      ).toEqual([[1 / 92], [0.5]]);
      sheet.locale = 'is_IS';
      try {
        const rate = (context.CONVERSION_RATE as (...a: unknown[]) => unknown)([['1.234,5']], '12.345');
        expect(rate).toBeCloseTo(0.1, 12);
      } finally {
        sheet.locale = 'en_US';
      }
    });

    it('throws an Error with a clear message, as Sheets shows in #ERROR!', () => {
      const fn = context.ENGAGEMENT_RATE as (...args: unknown[]) => unknown;
      let thrown: unknown;
      try {
        fn([[1], [2], ['n/a']], 10);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(run('Error') as ErrorConstructor);
      expect((thrown as Error).message).toBe('ENGAGEMENT_RATE: engagements, row 3: "n/a" is not a number');
    });

    it("says what is wrong in the spreadsheet's language: Icelandic in an is_IS spreadsheet", () => {
      const fn = context.ENGAGEMENT_RATE as (...args: unknown[]) => unknown;
      sheet.locale = 'is_IS';
      try {
        expect(() => fn([[1], [2], ['n/a']], 10)).toThrow(
          'ENGAGEMENT_RATE: engagements, lína 3: „n/a“ er ekki tala',
        );
        expect(() => fn(1)).toThrow(
          'ENGAGEMENT_RATE: viðfangið base vantar: ENGAGEMENT_RATE(engagements; base; [mode])',
        );
      } finally {
        sheet.locale = 'en_US';
      }
    });
  });

  it('opens the function reference dialog: build/help.html, listing every custom function', () => {
    (context.showFunctionReference as () => void)();
    const dialog = dialogs.at(-1)!;
    expect(dialog.title).toBe('Function reference');
    expect(dialog.width).toBe(560);
    expect(dialog.html).toBe(built('help.html'));
    for (const entry of registry.filter((e) => e.kind === 'customFunction')) {
      expect(dialog.html).toContain(`<code>${entry.name}(`);
      // The registry's text lives in the dialog, not in the script evaluated on every call.
      expect(code).not.toContain(entry.examples[0]!.result);
    }
  });

  it('opens the Icelandic function reference, build/help-is.html, for an Icelandic user', () => {
    user.locale = 'is';
    try {
      (context.showFunctionReference as () => void)();
    } finally {
      user.locale = 'en';
    }
    const dialog = dialogs.at(-1)!;
    expect(dialog.title).toBe('Yfirlit falla');
    expect(dialog.html).toBe(built('help-is.html'));
    expect(dialog.html).toContain('<html lang="is">');
    for (const entry of registry) {
      if (entry.kind !== 'customFunction') continue;
      expect(dialog.html).toContain(`<code>${entry.name}(`);
      // Neither language's registry text is in the script.
      expect(code).not.toContain(entry.is.description);
      expect(code).not.toContain(entry.examples[0]!.is.result);
      for (const param of entry.params) expect(code).not.toContain(param.is.description);
    }
  });
});
