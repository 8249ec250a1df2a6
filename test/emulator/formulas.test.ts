import { describe, expect, it } from 'vitest';
import { createEmulator, type FormulaCell } from '../../emulator';

/** A toy evaluator: =DOUBLE(A1:A3) doubles a range (spilling down); =BOOM() throws. */
function evaluator(formula: string, cell: FormulaCell): unknown {
  const match = /^=(\w+)\((.*)\)$/.exec(formula);
  if (!match) return '';
  if (match[1] === 'BOOM') throw new Error('Metric needs two ranges');
  const values = cell.getValues(match[2]!);
  return values.map((line) => line.map((v) => Number(v) * 2));
}

describe('formula evaluator hook', () => {
  it('reads formula cells as "" without an evaluator', () => {
    const emulator = createEmulator();
    const sheet = emulator.sheet('Sheet1');
    sheet.getRange('A1:B1').setValues([[2, '=DOUBLE(A1)']]);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });

  it('computes formulas, spills array results into empty cells, and recomputes after edits', () => {
    const emulator = createEmulator();
    emulator.setFormulaEvaluator(evaluator);
    const sheet = emulator.sheet('Sheet1');
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getLastRow()).toBe(3);
    sheet.getRange('A2').setValue(10);
    expect(sheet.getRange('B2').getValue()).toBe(20);
  });

  it('shows #REF! when a spill would overwrite data, and #ERROR! when the function throws', () => {
    const emulator = createEmulator();
    emulator.setFormulaEvaluator(evaluator);
    const sheet = emulator.sheet('Sheet1');
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B2').setValue('in the way');
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A2)');
    sheet.getRange('C1').setFormula('=BOOM()');
    expect(sheet.getRange('B1:C1').getValues()).toEqual([['#REF!', '#ERROR!']]);
    expect(emulator.formulaError(sheet.getRange('C1'))).toBe('Metric needs two ranges');
  });

  it('reads other sheets by name from a formula', () => {
    const emulator = createEmulator({ sheets: ['Data', 'Report'] });
    emulator.setFormulaEvaluator(evaluator);
    emulator.sheet('Data').getRange('A1').setValue(21);
    emulator.sheet('Report').getRange('A1').setValue('=DOUBLE(Data!A1)');
    expect(emulator.sheet('Report').getRange('A1').getValue()).toBe(42);
  });
});
