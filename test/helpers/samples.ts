import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, Grid } from '../../src/core/cells';
import { parseCsv } from '../../src/core/csv';
import { repoRoot } from './build';

/**
 * The sample exports in ../shared/samples as the importer meets them after a paste: split into columns
 * (as text, or typed the way Sheets types them in a locale) or pasted into one column, one line per cell.
 * The typing below is deliberately independent of src/core (its own small patterns), so tests do not
 * check the importer's parsers against themselves. It leaves no-year dates ("July 1") as text, where
 * Sheets would guess the current year.
 */

export const samplesDir = path.join(repoRoot, '..', 'shared', 'samples');

export const SAMPLE_FILES = [
  'ga4_traffic_daily.csv',
  'hootsuite_facebook_overview.csv',
  'instagram_posts.csv',
  'linkedin_content_metrics.csv',
  'linkedin_followers.csv',
  'manual_tracking_is.csv',
  'tiktok_follower_history.csv',
  'tiktok_overview.csv',
  'x_account_overview.csv',
  'youtube_table_data.csv',
] as const;
export type SampleFile = (typeof SAMPLE_FILES)[number];

export function sampleText(file: string): string {
  return readFileSync(path.join(samplesDir, file), 'utf8');
}

/** Pasted into one column: each line of the file is one text cell (the byte-order mark dropped, as a copy does). */
export function oneColumn(file: string): Grid {
  const lines = sampleText(file)
    .replace(/^\ufeff/, '')
    .split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => [line]);
}

/** Split into columns, every cell kept as text (a paste into plain-text formatted cells). */
export function splitText(file: string): string[][] {
  return parseCsv(sampleText(file));
}

export interface SheetsTyping {
  /** "en_US": 1,234.5 and m/d/yyyy. "is_IS": 1.234,5 and d.m.yyyy. */
  readonly locale: 'en_US' | 'is_IS';
  /** Minutes the spreadsheet's zone is ahead of UTC on the sample's dates (New York in summer: -240). */
  readonly offsetMinutes: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Split into columns and typed as Sheets would: numbers become numbers, the dates it knows become Dates. */
export function splitTyped(file: string, typing: SheetsTyping): Grid {
  return splitText(file).map((row) => row.map((cell) => typeCell(cell, typing)));
}

function typeCell(text: string, typing: SheetsTyping): CellValue {
  const t = text.trim();
  const us = typing.locale === 'en_US';
  const number = us
    ? /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^-?\d+(?:\.\d+)?%?$/
    : /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?$/;
  if (number.test(t) && !/^\d{8}$/.test(t)) {
    const plain = us ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
    return plain.endsWith('%') ? Number(plain.slice(0, -1)) / 100 : Number(plain);
  }
  if (/^\d{8}$/.test(t)) return Number(t);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::\d{2})?)?$/.exec(t);
  if (m) return sheetDate(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), typing);
  m = us
    ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}))?$/.exec(t)
    : /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2}))?$/.exec(t);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return sheetDate(+m[3]!, us ? a : b, us ? b : a, +(m[4] ?? 0), +(m[5] ?? 0), typing);
  }
  m = /^(?:[A-Z][a-z]{2}, )?([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(t);
  if (m && us) return sheetDate(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!, 0, 0, typing);
  return text;
}

/** A date-time as Sheets hands it to a script: that wall-clock time in the spreadsheet's zone. */
function sheetDate(y: number, mo: number, d: number, h: number, mi: number, typing: SheetsTyping): Date {
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - typing.offsetMinutes * 60_000);
}
