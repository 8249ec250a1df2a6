/**
 * CSV as analytics exports write it: quoted fields with doubled quotes and line breaks, a byte-order mark,
 * \r\n or \n line ends, an Excel-style first line `sep=;`, and a delimiter that is a comma, a semicolon
 * (decimal-comma locales) or a tab (what Sheets copies). Lenient: text after a closing quote is kept, an
 * unclosed quote runs to the end. Blank lines stay as [""] rows so row numbers match the file's lines.
 */

const DELIMITERS = [',', ';', '\t'] as const;
const SEP_LINE = /^ *"?sep=(.)"? *$/i;

/** The delimiter an Excel-style first line `sep=;` names, or undefined for any other line. */
export function sepLineDelimiter(line: string): string | undefined {
  return SEP_LINE.exec(line)?.[1];
}
/** Records looked at to choose the delimiter: enough to get past a preamble, few enough to stay fast. */
const SAMPLE_LINES = 30;

export function parseCsv(text: string): string[][] {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.search(/\r\n|\n|\r/);
  const firstLine = firstBreak < 0 ? body : body.slice(0, firstBreak);
  const sep = sepLineDelimiter(firstLine);
  let delimiter: string;
  if (sep !== undefined) {
    delimiter = sep;
    body = firstBreak < 0 ? '' : body.slice(firstBreak + (body.startsWith('\r\n', firstBreak) ? 2 : 1));
  } else {
    delimiter = detectDelimiter(body);
  }
  return splitRecords(body, delimiter);
}

/**
 * The delimiter most records agree on: for each candidate, the count (outside quotes) that most of the
 * first records share wins, ties broken by the larger count. "#" comment lines count only when no other
 * line has a candidate. Records end at line breaks outside quotes, so a quoted line break does not confuse it.
 */
export function detectDelimiter(text: string): string {
  // counts[comment ? 1 : 0][delimiter]: how many records have each count of that delimiter.
  const counts = [0, 1].map(() => DELIMITERS.map(() => new Map<number, number>()));
  const current = DELIMITERS.map(() => 0);
  let records = 0;
  let quoted = false;
  let lineStart = 0;
  const endRecord = (at: number) => {
    if (current.some((n) => n > 0)) {
      const table = counts[text[lineStart] === '#' ? 1 : 0]!;
      current.forEach((n, i) => {
        if (n > 0) table[i]!.set(n, (table[i]!.get(n) ?? 0) + 1);
      });
      records++;
    }
    current.fill(0);
    lineStart = at + 1;
  };
  for (let i = 0; i < text.length && records < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') endRecord(i);
    else {
      const d = DELIMITERS.indexOf(c as (typeof DELIMITERS)[number]);
      if (d >= 0) current[d]!++;
    }
  }
  if (records < SAMPLE_LINES) endRecord(text.length);
  return mostAgreed(counts[0]!) ?? mostAgreed(counts[1]!) ?? DELIMITERS[0];
}

function mostAgreed(counts: readonly Map<number, number>[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  let bestCount = 0;
  DELIMITERS.forEach((delimiter, i) => {
    for (const [count, score] of counts[i]!) {
      if (score > bestScore || (score === bestScore && count > bestCount)) {
        best = delimiter;
        bestScore = score;
        bestCount = count;
      }
    }
  });
  return best;
}

/** One line of CSV (one pasted cell) split into fields. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  return splitRecords(line, delimiter, false)[0] ?? [''];
}

function splitRecords(text: string, delimiter: string, breakLines = true): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  // Something of the current row has been read (a quoted empty field counts).
  let pending = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    pending = true;
    if (c === '"' && field === '') {
      // Quoted field: runs to the next lone quote; "" is a literal quote.
      i++;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
        } else if (text[q + 1] === '"') {
          field += `${text.slice(i, q)}"`;
          i = q + 2;
        } else {
          field += text.slice(i, q);
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (breakLines && (c === '\n' || c === '\r')) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      pending = false;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  // A final line break ends the last row; it does not start an empty one.
  if (pending || (!breakLines && rows.length === 0)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
