import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator';

describe('call counting', () => {
  it('counts every call on every emulated object, per Class.method', () => {
    const emulator = createEmulator();
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(emulator.calls.total).toBe(4);
    expect(emulator.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
    });
    emulator.resetCalls();
    expect(emulator.calls.total).toBe(0);
  });

  it('shows cell-by-cell writes growing with the data while a batched write does not', () => {
    const emulator = createEmulator({
      cost: { defaultMs: 1, byMethod: { 'Range.setValue': 50, 'Range.setValues': 60 } },
    });
    const sheet = emulator.sheet('Sheet1');
    const perCell = (rows: number) => {
      emulator.resetCalls();
      for (let r = 1; r <= rows; r++) sheet.getRange(r, 1).setValue(r);
      return emulator.calls.total;
    };
    const batched = (rows: number) => {
      emulator.resetCalls();
      sheet.getRange(1, 1, rows, 1).setValues(Array.from({ length: rows }, (_, i) => [i]));
      return emulator.calls.total;
    };
    expect([perCell(10), perCell(100)]).toEqual([20, 200]);
    expect([batched(10), batched(100)]).toEqual([2, 2]);
    expect(emulator.calls.simulatedMs).toBe(61);
  });

  it('does not count the emulator helpers or internal work', () => {
    const emulator = createEmulator();
    emulator.sheet('Sheet1');
    expect(emulator.calls.total).toBe(0);
    emulator.spreadsheet.getSheets()[0]!.getDataRange().getValues();
    expect(emulator.calls.total).toBe(3);
  });
});

describe('LockService', () => {
  it('lets one execution hold the document lock; a second holder times out', () => {
    const emulator = createEmulator();
    const first = emulator.LockService.getDocumentLock();
    const second = emulator.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    expect(second.hasLock()).toBe(false);
    expect(() => second.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    second.releaseLock(); // no effect: not acquired
    expect(first.hasLock()).toBe(true);
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
  });

  it('simulates another process holding the lock, and releases an execution’s locks when it ends', () => {
    const emulator = createEmulator();
    const release = emulator.holdLockElsewhere('document');
    expect(emulator.LockService.getDocumentLock().tryLock(30_000)).toBe(false);
    release();
    const lock = emulator.LockService.getDocumentLock();
    lock.waitLock(30_000);
    emulator.endExecution();
    expect(lock.hasLock()).toBe(false);
    expect(emulator.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('Ui', () => {
  it('records the add-on menu with items, separators and submenus', () => {
    const emulator = createEmulator({ addonName: 'SMART goals' });
    const ui = emulator.SpreadsheetApp.getUi();
    const sub = ui.createMenu('Help').addItem('Function reference', 'showFunctionReference');
    ui.createAddonMenu()
      .addItem('Build progress tab', 'buildProgressTab')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    expect(emulator.ui.addonMenu).toEqual({
      caption: 'SMART goals',
      addon: true,
      items: [
        { type: 'item', caption: 'Build progress tab', functionName: 'buildProgressTab' },
        { type: 'separator' },
        {
          type: 'submenu',
          caption: 'Help',
          items: [{ type: 'item', caption: 'Function reference', functionName: 'showFunctionReference' }],
        },
      ],
    });
    // onOpen running again replaces the menu instead of adding a second one.
    ui.createAddonMenu().addItem('Only item', 'x').addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
  });

  it('answers alerts and prompts with scripted responses, else the first button', () => {
    const emulator = createEmulator();
    const ui = emulator.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    emulator.ui.respond('NO');
    expect(ui.alert('Replace?', 'A Progress tab exists.', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Replace?', ui.ButtonSet.YES_NO)).toBe('YES');
    emulator.ui.respond({ button: 'OK', text: 'Q4 goals' });
    const answer = ui.prompt('Name the goal', ui.ButtonSet.OK_CANCEL);
    expect([answer.getSelectedButton(), answer.getResponseText()]).toEqual(['OK', 'Q4 goals']);
    expect(emulator.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['', 'Saved', 'OK'],
      ['Replace?', 'A Progress tab exists.', 'NO'],
      ['', 'Replace?', 'YES'],
      ['', 'Name the goal', 'OK'],
    ]);
    emulator.ui.respond('YES');
    expect(() => ui.alert('Oops', ui.ButtonSet.OK)).toThrow('not a button of OK');
  });

  it('records sidebars and dialogs with their HTML, title and size; toasts too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-html-'));
    writeFileSync(join(dir, 'sidebar.html'), '<p>Goals</p>');
    const emulator = createEmulator({ htmlDir: dir });
    const ui = emulator.SpreadsheetApp.getUi();
    ui.showSidebar(
      emulator.HtmlService.createHtmlOutputFromFile('sidebar').setTitle('SMART goals').setWidth(560),
    );
    // "All sidebars shown by scripts are 300 pixels wide" (ui#showsidebaruserinterface): setWidth is for dialogs.
    expect(emulator.ui.sidebar).toEqual({
      type: 'sidebar',
      title: 'SMART goals',
      width: 300,
      height: null,
      content: '<p>Goals</p>',
    });
    const html = emulator.HtmlService.createHtmlOutput('<ul>').append('</ul>').setWidth(560).setHeight(480);
    ui.showModalDialog(html, 'Function reference');
    expect(emulator.ui.dialogs).toEqual([
      { type: 'modal', title: 'Function reference', width: 560, height: 480, content: '<ul></ul>' },
    ]);
    expect(() => emulator.HtmlService.createHtmlOutputFromFile('missing')).toThrow(
      'No HTML file named missing was found.',
    );
    emulator.spreadsheet.toast('Progress tab built', 'SMART goals');
    expect(emulator.ui.toasts).toEqual([
      { message: 'Progress tab built', title: 'SMART goals', timeoutSeconds: 5 },
    ]);
  });
});

describe('Session, Utilities, PropertiesService', () => {
  it('reports the user locale and script time zone, both settable', () => {
    const emulator = createEmulator({ userLocale: 'is', timeZone: 'Atlantic/Reykjavik' });
    expect([emulator.Session.getActiveUserLocale(), emulator.Session.getScriptTimeZone()]).toEqual([
      'is',
      'Atlantic/Reykjavik',
    ]);
    emulator.session.userLocale = 'en';
    expect(emulator.Session.getActiveUserLocale()).toBe('en');
  });

  it('formats dates with SimpleDateFormat patterns in a time zone', () => {
    const { Utilities } = createEmulator();
    const instant = new Date('2026-07-01T22:30:05Z');
    expect(Utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-07-01 22:30:05');
    expect(Utilities.formatDate(instant, 'Europe/Berlin', 'yyyy-MM-dd')).toBe('2026-07-02');
    expect(Utilities.formatDate(instant, 'America/New_York', "EEE, MMM d, yyyy 'at' h:mm a")).toBe(
      'Wed, Jul 1, 2026 at 6:30 PM',
    );
    expect(Utilities.formatDate(instant, 'Europe/Berlin', 'XXX')).toBe('+02:00');
  });

  it('parses CSV like Utilities.parseCsv', () => {
    const { Utilities } = createEmulator();
    expect(Utilities.parseCsv('a,"b,c"\n1,2')).toEqual([
      ['a', 'b,c'],
      ['1', '2'],
    ]);
  });

  it('stores document and user properties as strings, separately', () => {
    const emulator = createEmulator();
    const doc = emulator.PropertiesService.getDocumentProperties();
    doc.setProperty('goals', 42 as unknown as string);
    expect(doc.getProperty('goals')).toBe('42');
    expect(emulator.PropertiesService.getUserProperties().getProperty('goals')).toBeNull();
    expect(emulator.PropertiesService.getDocumentProperties().getProperties()).toEqual({ goals: '42' });
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow();
  });
});
