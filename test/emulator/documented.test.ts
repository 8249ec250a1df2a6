// Behaviours the Apps Script reference documents, each checked against the page it comes from
// (developers.google.com/apps-script/reference/…, anchor = the method's heading).
import { describe, expect, it } from 'vitest';
import { cellLook, createEmulator, snapshotSheet } from '../../emulator';

function fresh(options: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(options);
  return { emulator, spreadsheet: emulator.spreadsheet, sheet: emulator.spreadsheet.getSheets()[0]! };
}

describe('Clearing (spreadsheet/range, spreadsheet/sheet)', () => {
  it('clearFormat keeps number formats: it "does not reset any number formatting rules" (range#clearformat)', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1').setValue(0.25).setNumberFormat('0.0%').setFontWeight('bold');
    cell.clearFormat();
    expect([cell.getFontWeight(), cell.getNumberFormat(), cell.getDisplayValue()]).toEqual([
      'normal',
      '0.0%',
      '25.0%',
    ]);
  });

  it('clear({ validationsOnly }) clears only validations, so nothing here (range#clearoptions)', () => {
    const { sheet } = fresh();
    const cell = sheet.getRange('A1').setValue(7).setBackground('#00ff00').setNote('why');
    cell.clear({ validationsOnly: true });
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual([7, '#00ff00', 'why']);
  });

  it('clearFormats and clear remove conditional formatting, part of "formatting" (sheet#clearformats)', () => {
    const { emulator, sheet } = fresh();
    const rule = () =>
      emulator.SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(0)
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('A1:A9')])
        .build();
    sheet.setConditionalFormatRules([rule()]);
    sheet.clear({ contentsOnly: true });
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    sheet.clearFormats();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
    sheet.setConditionalFormatRules([rule()]);
    sheet.clear();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});

describe('Sheets (spreadsheet/sheet, spreadsheet/spreadsheet)', () => {
  it('hideSheet throws on the only visible sheet and has no effect on a hidden one (sheet#hidesheet)', () => {
    const { spreadsheet } = fresh({ sheets: ['Data', 'Notes'] });
    const [data, notes] = spreadsheet.getSheets() as [
      ReturnType<typeof spreadsheet.getSheets>[0],
      ReturnType<typeof spreadsheet.getSheets>[0],
    ];
    notes.hideSheet();
    notes.hideSheet();
    expect(notes.isSheetHidden()).toBe(true);
    expect(() => data.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(data.isSheetHidden()).toBe(false);
  });

  it('moveActiveSheet throws for a position that is negative or past the last sheet (spreadsheet#moveactivesheetpos)', () => {
    const { spreadsheet } = fresh({ sheets: ['A', 'B', 'C'] });
    expect(() => spreadsheet.moveActiveSheet(4)).toThrow('The position 4 is outside the list of 3 sheets.');
    expect(() => spreadsheet.moveActiveSheet(-1)).toThrow('outside the list');
    spreadsheet.moveActiveSheet(3);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['B', 'C', 'A']);
  });

  it('refuses insertSheet’s template option rather than ignoring it (not emulated)', () => {
    const { spreadsheet, sheet } = fresh();
    expect(() => spreadsheet.insertSheet('Copy', { template: sheet })).toThrow(
      'the template option of insertSheet is not emulated',
    );
    expect(spreadsheet.getNumSheets()).toBe(1);
  });

  it('reads colours back as codes: "#ABC" is #aabbcc, a tab colour "ff0000" is #ff0000 (range#getbackground, sheet#settabcolorcolor)', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setBackgrounds([['#ABC', '#1A73E8']]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#aabbcc', '#1a73e8']]);
    expect(sheet.setTabColor('ff0000').getTabColor()).toBe('#ff0000');
    expect(sheet.setTabColor(null).getTabColor()).toBeNull();
  });
});

describe('Developer metadata in a range’s scope (range#createdevelopermetadatafinder)', () => {
  it('finds metadata wholly inside the range: row 3:3 is in 1:5, not in A1:D5 or 4:5', () => {
    const { sheet } = fresh();
    sheet.getRange('3:3').addDeveloperMetadata('header');
    sheet.getRange('B:B').addDeveloperMetadata('dates');
    const keys = (a1: string) =>
      sheet
        .getRange(a1)
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey());
    expect(keys('1:5')).toEqual(['header']);
    expect(keys('A1:D5')).toEqual([]);
    expect(keys('4:5')).toEqual([]);
    expect(keys('A:C')).toEqual(['dates']);
  });

  it('with onIntersectingLocations, finds metadata whose rows or columns meet the range (developer-metadata-finder#onintersectinglocations)', () => {
    const { sheet } = fresh();
    sheet.getRange('3:4').addDeveloperMetadata('table');
    const keys = (a1: string) =>
      sheet
        .getRange(a1)
        .createDeveloperMetadataFinder()
        .onIntersectingLocations()
        .find()
        .map((m) => m.getKey());
    expect(keys('A1:D3')).toEqual(['table']);
    expect(keys('C4')).toEqual(['table']);
    expect(keys('A5:D9')).toEqual([]);
  });
});

describe('Conditional format rules (spreadsheet/conditional-format-rule-builder)', () => {
  it('refuses a rule without ranges: "A rule must have at least one range" (#setrangesranges)', () => {
    const { emulator, sheet } = fresh();
    const rule = emulator.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#f4cccc');
    expect(() => sheet.setConditionalFormatRules([rule.build()])).toThrow('at least one range');
    expect(() =>
      sheet.setConditionalFormatRules([rule.setRanges([sheet.getRange('A1')]).build()]),
    ).not.toThrow();
  });

  it('a null midpoint type "clears all of the midpoint fields" (#setgradientmidpointwithvaluecolor,-type,-value)', () => {
    const { emulator, sheet } = fresh();
    const builder = emulator.SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpoint('#FFFFFF')
      .setGradientMidpointWithValue('#00ff00', 'NUMBER', '50')
      .setGradientMaxpoint('#ff0000')
      .setRanges([sheet.getRange('A1:A9')]);
    builder.setGradientMidpointWithValue('#00ff00', null, '50');
    expect(builder.build().getGradientCondition()).toEqual({
      min: { color: '#ffffff', type: 'MIN' },
      max: { color: '#ff0000', type: 'MAX' },
    });
  });

  it('setStrikethrough(false) and setUnderline(false) remove the cell’s own line where the rule applies', () => {
    const { emulator, sheet } = fresh();
    sheet
      .getRange('A1:A2')
      .setValues([[1], [2]])
      .setFontLines([['line-through'], ['underline']]);
    const rule = (type: 'setStrikethrough' | 'setUnderline', row: number) =>
      emulator.SpreadsheetApp.newConditionalFormatRule()
        .whenCellNotEmpty()
        [type](false)
        .setRanges([sheet.getRange(row, 1)])
        .build();
    sheet.setConditionalFormatRules([rule('setStrikethrough', 1), rule('setUnderline', 2)]);
    expect([cellLook(sheet, 1, 1).fontLine, cellLook(sheet, 2, 1).fontLine]).toEqual(['none', 'none']);
  });
});

describe('Embedded charts (spreadsheet/embedded-chart-builder)', () => {
  it('addRange "does not add the range if it has already been added" (#addrangerange)', () => {
    const { sheet } = fresh();
    const builder = sheet.newChart().addRange(sheet.getRange('A1:B9')).addRange(sheet.getRange('A1:B9'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B9']);
  });

  it('useLogScale works on the range axis: horizontal for a bar chart (embedded-line-chart-builder#uselogscale)', () => {
    const { sheet } = fresh();
    const chart = sheet.newChart().asBarChart().addRange(sheet.getRange('A1:B9')).useLogScale().build();
    sheet.insertChart(chart);
    expect(snapshotSheet(sheet).charts[0]!.options).toEqual({ 'hAxis.logScale': true });
  });

  it('offers no setDimensions, which embedded chart builders do not have', () => {
    const { sheet } = fresh();
    expect((sheet.newChart() as unknown as Record<string, unknown>).setDimensions).toBeUndefined();
  });
});

describe('Ui and HtmlOutput (base/ui, html/html-output)', () => {
  it('for an add-on, createMenu adds the add-on’s menu, its caption ignored (ui#createmenucaption)', () => {
    const { emulator } = fresh({ addonName: 'SMART goals' });
    emulator.SpreadsheetApp.getUi().createMenu('My Menu').addItem('Build', 'buildProgressTab').addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        caption: 'SMART goals',
        addon: true,
        items: [{ type: 'item', caption: 'Build', functionName: 'buildProgressTab' }],
      },
    ]);
  });

  it('an alert or prompt drops the script’s locks: they "don’t persist across the suspension" (ui#alertprompt)', () => {
    const { emulator } = fresh();
    const lock = emulator.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    emulator.SpreadsheetApp.getUi().alert('Working…');
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    emulator.SpreadsheetApp.getUi().prompt('Name?');
    expect(lock.hasLock()).toBe(false);
  });

  it('appendUntrusted escapes as the page’s example shows (html-output#appenduntrustedaddedcontent)', () => {
    const { emulator } = fresh();
    const output = emulator.HtmlService.createHtmlOutput('<b>Hello, world!</b>');
    output.appendUntrusted('<p>Hello again, world.</p>');
    expect(output.getContent()).toBe('<b>Hello, world!</b>&lt;p&gt;Hello again, world.&lt;/p&gt;');
  });

  it('gives meta tags as objects with getName and getContent (html-output#getmetatags)', () => {
    const { emulator } = fresh();
    const output = emulator.HtmlService.createHtmlOutput('').addMetaTag('viewport', 'width=device-width');
    const [tag] = output.getMetaTags();
    expect([tag!.getName(), tag!.getContent()]).toEqual(['viewport', 'width=device-width']);
  });

  it('setWidth(null) restores the default size; setSandboxMode has no effect (html-output#setwidthwidth)', () => {
    const { emulator } = fresh();
    const output = emulator.HtmlService.createHtmlOutput('').setWidth(400).setWidth(null);
    expect(output.getWidth()).toBeNull();
    output.setSandboxMode('NATIVE');
    expect((output as unknown as Record<string, unknown>).getSandboxMode).toBeUndefined();
  });
});

describe('Utilities (utilities/utilities) and Cache (cache/cache)', () => {
  const instant = new Date(Date.UTC(2026, 6, 1, 22, 30, 5, 7));

  it('formats SimpleDateFormat counts as the Java class does: S, SSS, X, XX, XXX (#formatdatedate,-timezone,-format)', () => {
    const { emulator } = fresh();
    const format = (pattern: string) => emulator.Utilities.formatDate(instant, 'Europe/Berlin', pattern);
    expect([format('S'), format('SSS'), format('X'), format('XX'), format('XXX')]).toEqual([
      '7',
      '007',
      '+02',
      '+0200',
      '+02:00',
    ]);
    expect(() => format('yyyy b')).toThrow("Illegal pattern character 'b'");
    expect(() => format('yyyy z')).toThrow("letter 'z' is not emulated");
  });

  it('round-trips the page’s base-64 and blob examples (#base64decodeencoded, #newblobdata)', () => {
    const { emulator } = fresh();
    const { Utilities } = emulator;
    expect(Utilities.base64Encode('A string here')).toBe('QSBzdHJpbmcgaGVyZQ==');
    const decoded = Utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==');
    expect(decoded.slice(6, 10)).toEqual([32, -29, -126, -80]);
    expect(Utilities.newBlob(decoded).getDataAsString()).toBe('Google グループ');
    expect(Utilities.base64Encode(Utilities.newBlob('A string here').getBytes())).toBe(
      'QSBzdHJpbmcgaGVyZQ==',
    );
  });

  it('parses the page’s CSV examples, with a comma or a tab (#parsecsvcsv,-delimiter)', () => {
    const { emulator } = fresh();
    const expected = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    expect(emulator.Utilities.parseCsv('a,b,c\nd,e,f')).toEqual(expected);
    expect(emulator.Utilities.parseCsv('a\tb\tc\nd\te\tf', '\t')).toEqual(expected);
  });

  it('refuses a cache key over 250 characters or a value over 100KB (cache#putkey,-value)', () => {
    const { emulator } = fresh();
    const cache = emulator.CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    cache.put('k'.repeat(250), 'v'.repeat(100 * 1024));
    expect(cache.get('k'.repeat(250))).toHaveLength(100 * 1024);
  });
});
