import { describe, expect, it } from 'vitest';
import { cellLook, createEmulator, loadBundle, runGlobal } from '../../emulator';

describe('authorization modes', () => {
  it('in AuthMode.NONE allows building the menu and reading the locale, nothing else', () => {
    const emulator = createEmulator();
    const ctx = loadBundle(
      `function onOpen(e) {
         var lang = Session.getActiveUserLocale();
         SpreadsheetApp.getUi().createAddonMenu().addItem(lang === 'is' ? 'Byggja' : 'Build', 'build').addToUi();
       }
       function greedyOnOpen(e) { SpreadsheetApp.getActiveSpreadsheet().getSheets(); }`,
      emulator,
    );
    runGlobal(emulator, ctx, 'onOpen', { authMode: 'NONE' });
    expect(emulator.ui.addonMenu?.items).toEqual([{ type: 'item', caption: 'Build', functionName: 'build' }]);
    expect(() => runGlobal(emulator, ctx, 'greedyOnOpen', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => runGlobal(emulator, ctx, 'greedyOnOpen', { authMode: 'LIMITED' })).not.toThrow();
  });

  it('in AuthMode.CUSTOM_FUNCTION allows reads but no writes or UI', () => {
    const emulator = createEmulator();
    const sheet = emulator.sheet('Sheet1');
    sheet.getRange('A1').setValue(3);
    const read = emulator.withAuthMode('CUSTOM_FUNCTION', () => sheet.getRange('A1').getValue());
    expect(read).toBe(3);
    expect(() => emulator.withAuthMode('CUSTOM_FUNCTION', () => sheet.getRange('A1').setValue(4))).toThrow(
      'You do not have permission to call Range.setValue',
    );
    expect(() => emulator.withAuthMode('CUSTOM_FUNCTION', () => emulator.SpreadsheetApp.getUi())).toThrow(
      'permission',
    );
    // The mode ends with the call.
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('A1').getValue()).toBe(4);
  });
});

describe('cellLook', () => {
  it('applies the first matching conditional format over the cell’s own formats', () => {
    const emulator = createEmulator({ sheets: ['Progress'] });
    const sheet = emulator.sheet('Progress');
    sheet.getRange('A1:A4').setValues([['On track'], ['behind'], [0.4], ['']]);
    sheet.getRange('A1:A4').setFontWeight('bold');
    const rule = () =>
      emulator.SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange('A1:A3')]);
    sheet.setConditionalFormatRules([
      rule().whenTextEqualTo('Behind').setBackground('#F4C7C3').build(),
      rule().whenTextContains('b').setBackground('#000000').build(),
      rule().whenNumberLessThan(0.5).setFontColor('#c5221f').setBold(false).build(),
    ]);
    expect(cellLook(sheet, 1, 1)).toEqual({
      background: '#ffffff',
      fontColor: '#000000',
      fontWeight: 'bold',
      fontStyle: 'normal',
      fontLine: 'none',
    });
    expect(cellLook(sheet, 2, 1).background).toBe('#f4c7c3');
    expect(cellLook(sheet, 3, 1)).toMatchObject({ fontColor: '#c5221f', fontWeight: 'normal' });
    expect(cellLook(sheet, 4, 1).background).toBe('#ffffff'); // outside the rules' ranges
  });
});
