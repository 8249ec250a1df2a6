/** What a spreadsheet cell holds as getValues returns it: "" for an empty cell, Date for dates. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular block of cells, row-major, as getValues returns and custom functions receive. */
export type Grid = CellValue[][];

/** The spreadsheet settings that change how text is read. */
export interface SheetSettings {
  /** Spreadsheet locale as Apps Script reports it, e.g. "en_US", "is_IS", "de_DE". */
  readonly locale: string;
  /** Spreadsheet time zone (IANA), e.g. "Atlantic/Reykjavik". */
  readonly timeZone: string;
}

export function isBlank(value: CellValue): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}
