import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, splitCsvLine } from '../src/core/csv';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('drops a byte-order mark and a sep= line, and honours its delimiter', () => {
    expect(parseCsv('\ufeffsep=;\r\nDate;Reach\r\n1.7.2026;"8.480"\r\n')).toEqual([
      ['Date', 'Reach'],
      ['1.7.2026', '8.480'],
    ]);
    expect(parseCsv('"sep=,"\nDate,Primary\n2026-07-01,5')).toEqual([
      ['Date', 'Primary'],
      ['2026-07-01', '5'],
    ]);
  });

  it('detects semicolons, tabs and commas (quoted commas do not count)', () => {
    expect(parseCsv('Date;Platform;Rate\n1.7.2026;Facebook;3,3%\n8.7.2026;LinkedIn;2,9%')[1]).toEqual([
      '1.7.2026',
      'Facebook',
      '3,3%',
    ]);
    expect(parseCsv('Date\tViews\n2026-07-01\t1,234')[1]).toEqual(['2026-07-01', '1,234']);
    expect(parseCsv('Date,Impressions\n"Sat, Oct 31, 2026","3,642"')[1]).toEqual([
      'Sat, Oct 31, 2026',
      '3,642',
    ]);
  });

  it('is not fooled by a preamble: # lines and a description line', () => {
    const text =
      '# Account: Norðurljós; Design\n# Start date: 20260701\nDate,Sessions,Key events\n20260701,378,7\n';
    expect(detectDelimiter(text)).toBe(',');
    expect(detectDelimiter('a;"x,\ny,z"\n1;2')).toBe(';');
    expect(parseCsv(text)[3]).toEqual(['20260701', '378', '7']);
  });

  it('keeps blank lines as rows, so row numbers match the file', () => {
    expect(parseCsv('a,b\n\n1,2\r\n\r\n')).toEqual([['a', 'b'], [''], ['1', '2'], ['']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r')).toEqual([['']]);
  });

  it('is lenient with stray quotes and an unclosed quote', () => {
    expect(parseCsv('a"b,"c"d,"open\n1')).toEqual([['a"b', 'cd', 'open\n1']]);
  });

  it('splits one pasted cell', () => {
    expect(splitCsvLine('"Date","Video Views","Likes"', ',')).toEqual(['Date', 'Video Views', 'Likes']);
    expect(splitCsvLine('', ',')).toEqual(['']);
  });
});

/** A CSV writer independent of the parser: quote what needs quoting, double the quotes. */
function writeCsv(rows: readonly string[][], delimiter: string, lineEnd: string): string {
  const field = (text: string, alone: boolean) =>
    /[",;\t\r\n]/.test(text) || (alone && text === '') ? `"${text.replace(/"/g, '""')}"` : text;
  return rows.map((row) => row.map((f) => field(f, row.length === 1)).join(delimiter)).join(lineEnd);
}

describe('parseCsv round trip', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', '1', ' ', '"', ',', ';', '\t', '\n', '\r', 'ð', '😀', '#'),
  });
  // A first field "sep=x" or a leading byte-order mark would be read as file metadata, as intended.
  const rows = fc
    .array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 })
    .filter((r) => !/^sep=.$/i.test(r[0]![0]!));

  it('reads back what a writer wrote, for every delimiter and line end', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        (table, delimiter, end) => {
          const parsed = parseCsv(writeCsv(table, delimiter, end));
          expect(parsed).toEqual(table);
        },
      ),
    );
  });

  it('honours a sep= line whatever the fields hold', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';', '\t'), (table, delimiter) => {
        expect(parseCsv(`sep=${delimiter}\r\n${writeCsv(table, delimiter, '\r\n')}`)).toEqual(table);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const parsed = parseCsv(input);
        for (const row of parsed) expect(row.length).toBeGreaterThan(0);
      }),
    );
  });
});
