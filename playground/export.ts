// Downloads: one tab as CSV (the displayed values, as File → Download → CSV gives them) and the
// whole workbook as .xlsx (values, formulas, number formats and bold; a small hand-written
// SpreadsheetML package in a stored zip, so no dependency).
import { crc32 } from 'node:zlib';
import { displayValue } from '../emulator/index';
import type { Sheet } from '../emulator/sheet';
import type { Spreadsheet } from '../emulator/spreadsheet';
import { isDate, SHEETS_EPOCH_MS } from '../emulator/values';
import { columnLetter } from '../src/core/cells';
import { wallTime } from '../src/core/days';

function extentOf(sheet: Sheet): { rows: number; columns: number } {
  return sheet._contentExtent();
}

export function sheetCsv(sheet: Sheet): string {
  const { rows, columns } = extentOf(sheet);
  const context = { locale: sheet.spreadsheet.locale, timeZone: sheet.spreadsheet.timeZone };
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const fields: string[] = [];
    for (let c = 0; c < columns; c++) {
      const shown = displayValue(
        sheet._valueAt(r, c),
        sheet.formats.numberFormat.get(r, c) as string | undefined,
        context,
      );
      fields.push(/[",\r\n]|^\s|\s$/.test(shown) ? `"${shown.replace(/"/g, '""')}"` : shown);
    }
    lines.push(fields.join(','));
  }
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

// ---- xlsx --------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry.
    .replace(/[^\t\n\r\u0020-\uffff]/g, '');

/** Cell styles used in the workbook: one per (number format, bold) pair; index 0 is the default. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs: { numFmtId: number; bold: boolean }[] = [{ numFmtId: 0, bold: false }];
  private readonly index = new Map<string, number>([['0|false', 0]]);

  of(format: string | undefined, bold: boolean, isDateValue: boolean): number {
    let numFmtId = 0;
    const code = format && format !== 'General' ? format : isDateValue ? 'yyyy-mm-dd' : '';
    if (code) {
      numFmtId = this.formats.get(code) ?? 164 + this.formats.size;
      this.formats.set(code, numFmtId);
    }
    const key = `${numFmtId}|${bold}`;
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.xfs.length;
      this.xfs.push({ numFmtId, bold });
      this.index.set(key, at);
    }
    return at;
  }

  toXml(): string {
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xml(code)}"/>`,
    );
    const xfs = this.xfs.map(
      (xf) =>
        `<xf numFmtId="${xf.numFmtId}" fontId="${xf.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${xf.numFmtId ? ' applyNumberFormat="1"' : ''}${xf.bold ? ' applyFont="1"' : ''}/>`,
    );
    const formats = numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '';
    return `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">${formats}<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`;
  }
}

function sheetXml(sheet: Sheet, styles: Styles): string {
  const { rows, columns } = extentOf(sheet);
  const timeZone = sheet.spreadsheet.timeZone;
  const rowXml: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const value = sheet._valueAt(r, c);
      const formula = sheet.formulas.get(r, c);
      if (value === '' && formula === undefined) continue;
      const ref = `${columnLetter(c)}${r + 1}`;
      const style = styles.of(
        sheet.formats.numberFormat.get(r, c) as string | undefined,
        sheet.formats.fontWeight.get(r, c) === 'bold',
        isDate(value),
      );
      const s = style ? ` s="${style}"` : '';
      const f = formula ? `<f>${xml(formula.slice(1))}</f>` : '';
      if (typeof value === 'number') cells.push(`<c r="${ref}"${s}>${f}<v>${value}</v></c>`);
      else if (typeof value === 'boolean')
        cells.push(`<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`);
      else if (isDate(value)) cells.push(`<c r="${ref}"${s}>${f}<v>${serialOf(value, timeZone)}</v></c>`);
      else if (formula) cells.push(`<c r="${ref}"${s} t="str">${f}<v>${xml(String(value))}</v></c>`);
      else
        cells.push(
          `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(String(value))}</t></is></c>`,
        );
    }
    if (cells.length) rowXml.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  const widths = [...sheet.columnWidths]
    .sort(([a], [b]) => a - b)
    .map(
      ([column, px]) =>
        `<col min="${column}" max="${column}" width="${(px / 7).toFixed(2)}" customWidth="1"/>`,
    );
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '';
  const cols = widths.length ? `<cols>${widths.join('')}</cols>` : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${frozen}${cols}<sheetData>${rowXml.join('')}</sheetData></worksheet>`;
}

/** A Date as a spreadsheet serial day number, read in the spreadsheet's time zone as Sheets shows it. */
function serialOf(date: Date, timeZone: string): number {
  return (wallTime(date, timeZone) - SHEETS_EPOCH_MS) / MS_PER_DAY;
}

export function workbookXlsx(spreadsheet: Spreadsheet): Buffer {
  const styles = new Styles();
  const sheets = spreadsheet.sheets;
  // Excel takes sheet names of up to 31 characters without []:*?/\, unique regardless of case.
  const taken = new Set<string>();
  const names = sheets.map((sheet, i) => {
    const base = sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
  const files: [string, string][] = sheets.map((sheet, i) => [
    `xl/worksheets/sheet${i + 1}.xml`,
    sheetXml(sheet, styles),
  ]);
  files.unshift(
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="${Math.max(0, sheets.indexOf(spreadsheet.active))}"/></bookViews><sheets>${names.map((name, i) => `<sheet name="${xml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
  );
  files.push(['xl/styles.xml', styles.toXml()]);
  return zipStored(files.map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
}

/** A zip of uncompressed ("stored") entries: local headers, then the central directory (APPNOTE 4.3). */
function zipStored(entries: readonly [string, Buffer][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, fileName, data);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt32LE(0x00210000, 12);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
