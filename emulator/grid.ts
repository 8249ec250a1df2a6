// A sparse 0-based grid: one per cell property (values, formulas, number formats, backgrounds…),
// so a 100,000-row paste costs only its values and a formatted report only its formats.

export class Layer<T> {
  private rows: (T[] | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (value === undefined) {
      if (cells && column < cells.length) delete cells[column];
      return;
    }
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
  }

  clear(row: number, column: number, numRows: number, numColumns: number): void {
    for (let r = row; r < row + numRows && r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      if (column === 0 && numColumns >= cells.length) this.rows[r] = undefined;
      else for (let c = column; c < column + numColumns && c < cells.length; c++) delete cells[c];
    }
  }

  clearAll(): void {
    this.rows = [];
  }

  /** Every set cell, row by row. */
  forEach(fn: (value: T, row: number, column: number) => void): void {
    this.rows.forEach((cells, r) => {
      cells?.forEach((value, c) => {
        if (value !== undefined) fn(value, r, c);
      });
    });
  }

  /** 1 + the last row and column holding a value (0, 0 when empty). */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.forEach((_value, r, c) => {
      if (r + 1 > rows) rows = r + 1;
      if (c + 1 > columns) columns = c + 1;
    });
    return { rows, columns };
  }

  /** Inserts `count` empty rows before `row` (or columns before `column`), shifting the rest. */
  insertRows(row: number, count: number): void {
    if (row < this.rows.length)
      this.rows.splice(row, 0, ...new Array<T[] | undefined>(count).fill(undefined));
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row, count);
  }

  insertColumns(column: number, count: number): void {
    for (const cells of this.rows)
      if (cells && column < cells.length) cells.splice(column, 0, ...new Array<T>(count));
  }

  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) if (cells && column < cells.length) cells.splice(column, count);
  }
}
