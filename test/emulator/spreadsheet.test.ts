import { describe, expect, it } from 'vitest';
import { createEmulator, snapshotSheet, snapshotSpreadsheet } from '../../emulator';

describe('Spreadsheet and sheets', () => {
  it('inserts sheets with default names, at an index, and activates them', () => {
    const { spreadsheet } = createEmulator();
    const second = spreadsheet.insertSheet();
    expect(second.getName()).toBe('Sheet2');
    const first = spreadsheet.insertSheet('Goals', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Goals', 'Sheet1', 'Sheet2']);
    expect(first.getIndex()).toBe(1);
    expect(spreadsheet.getActiveSheet()).toBe(first);
    expect(spreadsheet.getSheetByName('Goals')).toBe(first);
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
    expect(spreadsheet.getSheets()[0]!.getSheetId()).not.toBe(spreadsheet.getSheets()[1]!.getSheetId());
  });

  it('refuses a duplicate sheet name, whatever its case, as Sheets does', () => {
    const { spreadsheet } = createEmulator({ sheets: ['Progress', 'Data'] });
    const message = 'A sheet with the name "progress" already exists. Please enter another name.';
    expect(() => spreadsheet.insertSheet('progress')).toThrow(message);
    expect(() => spreadsheet.getSheetByName('Data')!.setName('progress')).toThrow(message);
    spreadsheet.getSheetByName('Progress')!.setName('Progress'); // renaming to itself is fine
    expect(spreadsheet.getSheetByName('PROGRESS')!.getName()).toBe('Progress');
  });

  it('deletes sheets but never the last one', () => {
    const { spreadsheet } = createEmulator({ sheets: ['A', 'B'] });
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('A')!);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['B']);
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheetByName('B')!)).toThrow();
  });

  it('moves the active sheet to a 1-based position', () => {
    const { spreadsheet } = createEmulator({ sheets: ['A', 'B', 'C'] });
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('C')!);
    spreadsheet.moveActiveSheet(1);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['C', 'A', 'B']);
  });

  it('keeps locale and time zone settable', () => {
    const { spreadsheet } = createEmulator({ locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' });
    expect([spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone()]).toEqual([
      'is_IS',
      'Atlantic/Reykjavik',
    ]);
    spreadsheet.setSpreadsheetLocale('de_DE');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
  });

  it('keeps sheet settings: frozen rows, widths, hidden columns, tab colour, hidden sheet', () => {
    const { spreadsheet } = createEmulator({ sheets: ['Data', 'Notes'] });
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(2, 3, 140);
    sheet.hideColumns(5);
    sheet.setTabColor('#1a73e8');
    sheet.hideSheet();
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(4)]).toEqual([1, 100, 140]);
    expect([sheet.isColumnHiddenByUser(5), sheet.getTabColor(), sheet.isSheetHidden()]).toEqual([
      true,
      '#1a73e8',
      true,
    ]);
  });

  it('inserts and deletes rows, shifting values below', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

describe('Developer metadata', () => {
  it('attaches metadata to the spreadsheet, a sheet and whole rows, and finds it by key and value', () => {
    const { spreadsheet } = createEmulator({ sheets: ['Progress', 'Data'] });
    const progress = spreadsheet.getSheetByName('Progress')!;
    spreadsheet.addDeveloperMetadata('smartGoals.version', '1');
    progress.addDeveloperMetadata('smartGoals.role', 'progress');
    spreadsheet.getSheetByName('Data')!.addDeveloperMetadata('smartGoals.role', 'data');
    progress.getRange('3:3').addDeveloperMetadata('smartGoals.header');

    expect(spreadsheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['smartGoals.version']);
    expect(progress.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['smartGoals.role', 'progress'],
    ]);

    const found = spreadsheet
      .createDeveloperMetadataFinder()
      .withKey('smartGoals.role')
      .withValue('progress')
      .find();
    expect(found).toHaveLength(1);
    expect(found[0]!.getLocation().getLocationType()).toBe('SHEET');
    expect(found[0]!.getLocation().getSheet()!.getName()).toBe('Progress');

    const header = progress.createDeveloperMetadataFinder().withKey('smartGoals.header').find();
    expect(header[0]!.getLocation().getRow()!.getA1Notation()).toBe('3:3');
    expect(header[0]!.getValue()).toBeNull();
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('smartGoals.role').find()).toHaveLength(2);
  });

  it('follows a tab when it is renamed, and leaves with it when deleted', () => {
    const { spreadsheet } = createEmulator({ sheets: ['Progress', 'Data'] });
    spreadsheet.getSheetByName('Progress')!.addDeveloperMetadata('role', 'progress');
    spreadsheet.getSheetByName('Progress')!.setName('My progress');
    const [meta] = spreadsheet.createDeveloperMetadataFinder().withKey('role').find();
    expect(meta!.getLocation().getSheet()!.getName()).toBe('My progress');
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('My progress')!);
    expect(spreadsheet.createDeveloperMetadataFinder().withKey('role').find()).toEqual([]);
  });

  it('moves row metadata when rows are inserted above it, and removes it on remove()', () => {
    const { spreadsheet } = createEmulator();
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.getRange('5:5').addDeveloperMetadata('marker');
    sheet.insertRowsBefore(2, 3);
    const [meta] = sheet.createDeveloperMetadataFinder().withKey('marker').find();
    expect(meta!.getLocation().getRow()!.getRow()).toBe(8);
    meta!.remove();
    expect(sheet.createDeveloperMetadataFinder().withKey('marker').find()).toEqual([]);
  });

  it('refuses metadata on a range that is not whole rows or columns', () => {
    const { spreadsheet } = createEmulator();
    expect(() => spreadsheet.getSheets()[0]!.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  });
});

describe('Conditional formats and charts', () => {
  it('replaces all rules on setConditionalFormatRules and records what was built', () => {
    const emulator = createEmulator({ sheets: ['Progress'] });
    const sheet = emulator.spreadsheet.getSheets()[0]!;
    const range = sheet.getRange('I2:I20');
    const rule = (text: string, color: string) =>
      emulator.SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground(color)
        .setRanges([range])
        .build();
    sheet.setConditionalFormatRules([rule('Behind', '#F4C7C3')]);
    sheet.setConditionalFormatRules([rule('On track', '#b7e1cd'), rule('At risk', '#fce8b2')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues())).toEqual([
      ['On track'],
      ['At risk'],
    ]);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaType()).toBe('TEXT_EQUAL_TO');
    expect(rules[0]!.getRanges()[0]!.getA1Notation()).toBe('I2:I20');
    expect(snapshotSheet(sheet).conditionalFormats).toEqual([
      {
        ranges: ['Progress!I2:I20'],
        condition: { type: 'TEXT_EQUAL_TO', values: ['On track'] },
        format: { background: '#b7e1cd' },
        gradient: null,
      },
      {
        ranges: ['Progress!I2:I20'],
        condition: { type: 'TEXT_EQUAL_TO', values: ['At risk'] },
        format: { background: '#fce8b2' },
        gradient: null,
      },
    ]);
    // Appending keeps the earlier rules only when the script passes them back in, as documented.
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule('Behind', '#f4c7c3')]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(3);
  });

  it('records inserted charts: type, ranges as A1, position and options', () => {
    const { spreadsheet } = createEmulator({ sheets: ['My progress'] });
    const sheet = spreadsheet.getSheets()[0]!;
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:A10'))
      .addRange(sheet.getRange('C1:D10'))
      .setPosition(2, 16, 0, 0)
      .setOption('title', 'Followers: actual vs pace')
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0]!.getChartId()).toEqual(expect.any(Number));
    expect(snapshotSheet(sheet).charts).toEqual([
      {
        chartId: charts[0]!.getChartId(),
        type: 'LINE',
        ranges: ["'My progress'!A1:A10", "'My progress'!C1:D10"],
        position: { anchorRow: 2, anchorColumn: 16, offsetX: 0, offsetY: 0 },
        options: { title: 'Followers: actual vs pace' },
        numHeaders: 1,
        mergeStrategy: 'MERGE_COLUMNS',
        hiddenDimensionStrategy: 'IGNORE_ROWS', // "Defaults to IGNORE_ROWS" (embedded-chart#gethiddendimensionstrategy)
        transposeRowsAndColumns: false,
      },
    ]);
    sheet.updateChart(charts[0]!.modify().asColumnChart().build());
    expect(snapshotSheet(sheet).charts[0]!.type).toBe('COLUMN');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('Snapshots', () => {
  it('are equal when nothing changed and differ when a cell or format did', () => {
    const { spreadsheet } = createEmulator({ sheets: ['Data', 'Other'] });
    const data = spreadsheet.getSheetByName('Data')!;
    data.getRange('A1:B2').setValues([
      ['Date', 'Views'],
      [new Date(Date.UTC(2026, 6, 1)), 10],
    ]);
    data.getRange('B2').setNumberFormat('#,##0');
    const before = snapshotSpreadsheet(spreadsheet);
    spreadsheet.getSheetByName('Other')!.getRange('A1').setValue('changed elsewhere');
    const after = snapshotSpreadsheet(spreadsheet);
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(after.sheets[1]).not.toEqual(before.sheets[1]);
    expect(before.sheets[0]!.values).toEqual([
      ['Date', 'Views'],
      [new Date(Date.UTC(2026, 6, 1)), 10],
    ]);
    expect(before.sheets[0]!.formats.numberFormat).toEqual([
      [null, null],
      [null, '#,##0'],
    ]);
    // A tab inserted before Data moves it: only its index changes.
    spreadsheet.insertSheet('Progress', 0);
    expect(snapshotSheet(data)).toEqual({ ...before.sheets[0], index: 2 });
    data.getRange('A1').setFontWeight('bold');
    expect(snapshotSheet(data)).not.toEqual(before.sheets[0]);
  });
});
