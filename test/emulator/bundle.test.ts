import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator, installGlobals, loadBundle, runFromSidebar, runGlobal } from '../../emulator';

const CLASSIC_SCRIPT = `
var calls = 0;
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Write', 'writeHello').addToUi();
}
function writeHello() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Hello');
  sheet.getRange('A1:B1').setValues([['Hello', new Date(Date.UTC(2026, 6, 1))]]);
  calls++;
  return sheet.getRange('B1').getValue() instanceof Date;
}
function globalsSeen() {
  return [typeof setTimeout, typeof fetch, typeof URL, typeof process, typeof Intl, typeof Math, typeof console];
}
function echo(payload) { return payload; }
function private_() { return 'hidden'; }
`;

describe('loadBundle', () => {
  it('runs a classic script on the emulator and exposes its top-level functions', () => {
    const emulator = createEmulator();
    const ctx = loadBundle(CLASSIC_SCRIPT, emulator);
    runGlobal(emulator, ctx, 'onOpen', { authMode: 'NONE' });
    expect(emulator.ui.addonMenu?.items).toEqual([
      { type: 'item', caption: 'Write', functionName: 'writeHello' },
    ]);
    // Dates cross the vm boundary as one class, both ways.
    expect(runGlobal(emulator, ctx, 'writeHello')).toBe(true);
    expect(emulator.sheet('Hello').getRange('A1').getValue()).toBe('Hello');
    expect(ctx.calls).toBe(1);
    expect(emulator.calls.byMethod['Range.setValues']).toBe(1);
  });

  it('offers V8 built-ins but none of what Apps Script lacks', () => {
    const emulator = createEmulator();
    const ctx = loadBundle(CLASSIC_SCRIPT, emulator);
    expect(runGlobal(emulator, ctx, 'globalsSeen')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
      'object',
    ]);
  });

  it('releases the locks of an execution when it ends, so the next menu click can lock', () => {
    const emulator = createEmulator();
    const ctx = loadBundle(CLASSIC_SCRIPT, emulator);
    runGlobal(emulator, ctx, 'writeHello');
    emulator.spreadsheet.deleteSheet(emulator.sheet('Hello'));
    expect(() => runGlobal(emulator, ctx, 'writeHello')).not.toThrow();
    emulator.holdLockElsewhere();
    expect(() => runGlobal(emulator, ctx, 'writeHello')).toThrow('Lock timeout');
  });

  it('applies google.script.run rules to sidebar calls', () => {
    const emulator = createEmulator();
    const ctx = loadBundle(CLASSIC_SCRIPT, emulator);
    expect(runFromSidebar(emulator, ctx, 'echo', { goal: 'X', target: 5, tags: ['a'] })).toEqual({
      goal: 'X',
      target: 5,
      tags: ['a'],
    });
    expect(() => runFromSidebar(emulator, ctx, 'echo', { when: new Date() })).toThrow('Date');
    expect(() => runFromSidebar(emulator, ctx, 'private_')).toThrow('Script function not found: private_');
    expect(() => runGlobal(emulator, ctx, 'nope')).toThrow('Script function not found: nope');
  });

  it('installs the services as globals of this process and restores them', () => {
    const emulator = createEmulator();
    const restore = installGlobals(emulator);
    try {
      expect(SpreadsheetApp.getActiveSpreadsheet().getSheets()).toHaveLength(1);
    } finally {
      restore();
    }
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });

  it('runs the real build/Code.js: onOpen builds the add-on menu from the registry', () => {
    const root = join(import.meta.dirname, '..', '..');
    if (!existsSync(join(root, 'build', 'Code.js')))
      execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    const emulator = createEmulator({ userLocale: 'en' });
    const ctx = loadBundle(join(root, 'build', 'Code.js'), emulator);
    runGlobal(emulator, ctx, 'onOpen', { authMode: 'NONE' });
    const items = emulator.ui.addonMenu?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      if (item.type === 'item') expect(typeof ctx[item.functionName], item.functionName).toBe('function');
    // onOpen may run in AuthMode.NONE: it must not touch the spreadsheet.
    expect(
      emulator.calls.countOf('Spreadsheet.') +
        emulator.calls.countOf('Sheet.') +
        emulator.calls.countOf('Range.'),
    ).toBe(0);
  });
});
