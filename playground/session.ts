// One playground workbook: the emulator with the sample tabs pasted in, the real build/Code.js
// loaded into a node:vm context on it, and what the page has not yet been told (toasts, alerts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BundleContext,
  createEmulator,
  type Emulator,
  loadBundle,
  readEntered,
  runFromSidebar,
  runGlobal,
  type ShownHtml,
  type Spreadsheet,
  unwrap,
} from '../emulator/index';
import type { Sheet } from '../emulator/sheet';
import { parseCsv } from '../src/core/csv';
import { zonedDate } from '../src/core/days';
import { usesDecimalComma } from '../src/core/locale';
import { BuiltinFormula, type CustomFunctions, evaluateCustom } from './formulas';

/** The spreadsheet the playground opens: an Icelandic design shop's social-media workbook. */
const WORKBOOK = {
  name: 'Norðurljós Design — social media',
  locale: 'en_US',
  timeZone: 'Atlantic/Reykjavik',
  userLocale: 'en',
} as const;

/**
 * One tab per sample export in playground/samples, named as a marketer would (the name tells the
 * add-on the platform when the export itself does not). `locale` is the workbook the data was
 * typed in: the hand-kept Icelandic sheet writes 8.480 for eight thousand. `pastedIn` is the year
 * an export without years was pasted: Sheets types "July 1" as 1 July of the current year, and the
 * shop pasted these in 2026 (so the sample workbook does not change with the day it is opened).
 */
export const SAMPLE_TABS: readonly SampleTab[] = [
  { tab: 'LinkedIn followers', file: 'linkedin_followers.csv' },
  { tab: 'LinkedIn content', file: 'linkedin_content_metrics.csv' },
  { tab: 'X', file: 'x_account_overview.csv' },
  { tab: 'TikTok', file: 'tiktok_overview.csv', pastedIn: 2026 },
  { tab: 'TikTok followers', file: 'tiktok_follower_history.csv', pastedIn: 2026 },
  { tab: 'Instagram', file: 'instagram_posts.csv' },
  { tab: 'Facebook (Hootsuite)', file: 'hootsuite_facebook_overview.csv' },
  { tab: 'YouTube', file: 'youtube_table_data.csv' },
  { tab: 'GA4', file: 'ga4_traffic_daily.csv' },
  { tab: 'Manual tracking', file: 'manual_tracking_is.csv', locale: 'is_IS' },
];
export const GOALS_TAB = 'Goals';

interface SampleTab {
  readonly tab: string;
  readonly file: string;
  readonly locale?: string;
  readonly pastedIn?: number;
}
export const GOALS_FILE = 'goals.csv';

/** Something the page shows once: a toast, or an alert dialog. */
export interface UiEvent {
  readonly kind: 'toast' | 'alert';
  readonly title: string;
  readonly message: string;
  readonly timeoutSeconds?: number;
}

export interface ShownUi {
  readonly id: number;
  readonly title: string;
  readonly width: number;
  readonly height: number;
}

export interface SessionOptions {
  /** Repository root: build/Code.js, build/sidebar.html and playground/samples live under it. */
  readonly root: string;
}

/** Names in Code.js: every top-level function, and those whose JSDoc says @customfunction. */
export function scriptFunctions(code: string): { all: string[]; custom: string[] } {
  const all = [...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]!);
  const custom = [...code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g)]
    .filter((m) => /@customfunction\b/.test(m[1]!))
    .map((m) => m[2]!);
  return { all: all.filter((name) => !name.endsWith('_')), custom };
}

export class PlaygroundSession {
  emulator!: Emulator;
  private context!: BundleContext;
  /** Top-level functions google.script.run may call (Apps Script: every non-"_" top-level function). */
  functions: string[] = [];
  private customFunctions: CustomFunctions = {};
  /** Custom functions of Code.js (JSDoc @customfunction): what a cell formula may call here. */
  customNames: string[] = [];
  private readonly shown = new Map<number, ShownHtml>();
  private nextShownId = 1;
  sidebar: ShownUi | null = null;
  dialog: ShownUi | null = null;
  private seen = { toasts: 0, alerts: 0, dialogs: 0, sidebar: null as ShownHtml | null };
  private pending: UiEvent[] = [];

  constructor(private readonly options: SessionOptions) {
    this.reset();
  }

  get spreadsheet(): Spreadsheet {
    return unwrap(this.emulator.spreadsheet);
  }

  /** Back to the start state: sample tabs, the Goals tab, a fresh Code.js context, onOpen run. */
  reset(): void {
    const { root } = this.options;
    const samples = join(root, 'playground', 'samples');
    this.emulator = createEmulator({
      locale: WORKBOOK.locale,
      timeZone: WORKBOOK.timeZone,
      userLocale: WORKBOOK.userLocale,
      spreadsheetName: WORKBOOK.name,
      sheets: [SAMPLE_TABS[0]!.tab],
      htmlDir: join(root, 'build'),
    });
    const spreadsheet = this.spreadsheet;
    SAMPLE_TABS.forEach(({ tab, file, locale, pastedIn }, i) => {
      const sheet = i === 0 ? spreadsheet.sheets[0]! : spreadsheet._newSheet(tab);
      pasteTyped(sheet, readFileSync(join(samples, file), 'utf8'), locale ?? WORKBOOK.locale, pastedIn);
    });
    const goals = spreadsheet._newSheet(GOALS_TAB);
    pasteTyped(goals, readFileSync(join(samples, GOALS_FILE), 'utf8'), WORKBOOK.locale);
    for (let c = 0; c < goals.values.extent().columns; c++) goals.formats.fontWeight.set(0, c, 'bold');
    goals.frozenRows = 1;
    goals.setColumnWidth(1, 280);
    goals.setColumnWidth(10, 220);
    spreadsheet.active = goals;

    const codePath = join(root, 'build', 'Code.js');
    const code = readFileSync(codePath, 'utf8');
    const names = scriptFunctions(code);
    this.functions = names.all;
    this.context = loadBundle(code, this.emulator, { filename: codePath });
    this.customNames = names.custom;
    this.customFunctions = Object.fromEntries(
      names.custom.map((name) => [name, this.context[name] as (...args: unknown[]) => unknown]),
    );
    this.emulator.setFormulaEvaluator((formula, cell) => {
      try {
        return evaluateCustom(formula, cell, this.customFunctions, usesDecimalComma(spreadsheet.locale));
      } catch (error) {
        // Built-ins are left blank; the page says they are not evaluated here.
        if (error instanceof BuiltinFormula) return '';
        throw error;
      }
    });
    this.shown.clear();
    this.sidebar = null;
    this.dialog = null;
    this.seen = { toasts: 0, alerts: 0, dialogs: 0, sidebar: null };
    this.pending = [];
    // Opening the spreadsheet: Sheets runs onOpen, which builds the add-on menu.
    this.run('onOpen', () => runGlobal(this.emulator, this.context, 'onOpen', { authMode: 'LIMITED' }));
  }

  /** The add-on menu as onOpen built it (caption = the add-on name). */
  get menu(): { caption: string; items: readonly unknown[] } {
    const menu = this.emulator.ui.addonMenu;
    return { caption: menu?.caption ?? 'SMART goals', items: menu?.items ?? [] };
  }

  /** A menu click: the real handler by name, as one execution. */
  clickMenu(handler: string): void {
    const known = this.menuHandlers();
    if (!known.includes(handler)) throw new UserError(`The add-on menu has no item calling ${handler}.`);
    this.run(handler, () => runGlobal(this.emulator, this.context, handler));
  }

  private menuHandlers(): string[] {
    const walk = (items: readonly unknown[]): string[] =>
      items.flatMap((item) => {
        const entry = item as { type: string; functionName?: string; items?: readonly unknown[] };
        if (entry.type === 'item') return [entry.functionName!];
        if (entry.type === 'submenu') return walk(entry.items ?? []);
        return [];
      });
    return walk(this.menu.items);
  }

  /** google.script.run from the sidebar or a dialog: the real function, wire rules applied. */
  callFromHtml(
    name: string,
    args: unknown[],
  ): { ok: true; value: unknown } | { ok: false; error: WireError } {
    if (!this.functions.includes(name))
      return { ok: false, error: { name: 'ScriptError', message: `Script function not found: ${name}` } };
    try {
      const value = runFromSidebar(this.emulator, this.context, name, ...args);
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      return { ok: false, error: wireError(error) };
    } finally {
      this.collectUi();
    }
  }

  /** Runs one execution; an exception shows as Sheets shows a failed script: an alert. */
  private run(name: string, execute: () => unknown): void {
    try {
      execute();
    } catch (error) {
      const { message } = wireError(error);
      this.pending.push({ kind: 'alert', title: 'Script error', message: `${name}: ${message}` });
    } finally {
      this.collectUi();
    }
  }

  /** Turns what the script showed since the last look into page events and open panels. */
  private collectUi(): void {
    const log = this.emulator.ui;
    for (const toast of log.toasts.slice(this.seen.toasts))
      this.pending.push({
        kind: 'toast',
        title: toast.title,
        message: toast.message,
        timeoutSeconds: toast.timeoutSeconds,
      });
    this.seen.toasts = log.toasts.length;
    for (const alert of log.alerts.slice(this.seen.alerts)) {
      const answered = alert.buttons === 'OK' ? '' : `\n\n(The playground answered ${alert.response}.)`;
      this.pending.push({ kind: 'alert', title: alert.title, message: `${alert.prompt}${answered}` });
    }
    this.seen.alerts = log.alerts.length;
    const dialogs = log.dialogs.slice(this.seen.dialogs);
    this.seen.dialogs = log.dialogs.length;
    const dialog = dialogs[dialogs.length - 1];
    // One dialog and one sidebar at a time: a new one replaces the old.
    if (dialog) this.dialog = this.register(dialog, 600, 400, this.dialog);
    if (log.sidebar !== this.seen.sidebar) {
      this.seen.sidebar = log.sidebar;
      this.sidebar = log.sidebar ? this.register(log.sidebar, 300, 0, this.sidebar) : null;
    }
  }

  private register(html: ShownHtml, width: number, height: number, replaced: ShownUi | null): ShownUi {
    if (replaced) this.shown.delete(replaced.id);
    const id = this.nextShownId++;
    this.shown.set(id, html);
    return { id, title: html.title, width: html.width ?? width, height: html.height ?? height };
  }

  /** The HTML of a sidebar or dialog the script showed. */
  shownHtml(id: number): string | null {
    return this.shown.get(id)?.content ?? null;
  }

  close(kind: 'sidebar' | 'dialog'): void {
    const panel = kind === 'sidebar' ? this.sidebar : this.dialog;
    if (panel) this.shown.delete(panel.id);
    if (kind === 'sidebar') {
      this.emulator.ui.sidebar = null;
      this.seen.sidebar = null;
      this.sidebar = null;
    } else this.dialog = null;
  }

  /** Events not yet shown on the page; each is handed out once. */
  takeEvents(): UiEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  sheet(name: string): Sheet {
    const sheet = this.spreadsheet._sheetByName(name);
    if (!sheet) throw new UserError(`There is no tab named "${name}".`);
    return sheet;
  }

  activate(name: string): void {
    this.spreadsheet.active = this.sheet(name);
  }

  rename(name: string, newName: string): void {
    const clean = newName.trim();
    if (!clean) throw new UserError('A tab needs a name.');
    asUserError(() => this.sheet(name).setName(clean));
  }

  /** What a user types into a cell: Sheets reads it as a number, date, formula or text. */
  typeInto(name: string, row: number, column: number, input: string): void {
    const sheet = this.sheet(name);
    if (!(row >= 1 && column >= 1 && row <= 100_000 && column <= 702))
      throw new UserError('That cell is off the sheet.');
    sheet._ensureSize(row, column);
    sheet._rangeOf({ row, column, numRows: 1, numColumns: 1 }).setValue(input);
  }

  /** A pasted export becomes a new tab, split into columns (typed as Sheets types them) or one line per cell. */
  pasteTab(name: string, text: string, split: boolean): void {
    const clean = name.trim();
    if (!clean) throw new UserError('Give the new tab a name.');
    if (!text.trim()) throw new UserError('There is nothing to paste.');
    const sheet = asUserError(() => this.spreadsheet._newSheet(clean));
    if (split) pasteTyped(sheet, text, this.spreadsheet.locale);
    else pasteLines(sheet, text);
    this.spreadsheet.active = sheet;
  }
}

/** A mistake in what the user asked for (shown as a toast), not a failure of the add-on. */
export class UserError extends Error {}

function asUserError<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new UserError(String((error as Error).message ?? error).replace(/^Exception:\s*/, ''));
  }
}

export interface WireError {
  readonly name: string;
  readonly message: string;
}

function wireError(error: unknown): WireError {
  if (error && typeof error === 'object' && 'message' in error)
    return { name: String((error as Error).name ?? 'Error'), message: String((error as Error).message) };
  return { name: 'Error', message: String(error) };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Split text to columns, each field read as Sheets reads a typed entry in `locale` (numbers, dates,
 * percentages with their formats), but never as a formula: pasted text must not run. With `year`,
 * "July 1" becomes a date of that year, as Sheets types it in the year of the paste.
 */
function pasteTyped(sheet: Sheet, text: string, locale: string, year?: number): void {
  const rows = parseCsv(text);
  const context = { locale, timeZone: sheet.spreadsheet.timeZone };
  const monthDay = (field: string): Date | null => {
    const match = /^([A-Za-z]+) (\d{1,2})$/.exec(field.trim());
    const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
    return year && month ? zonedDate(context.timeZone, year, month, Number(match![2])) : null;
  };
  const width = Math.max(1, ...rows.map((row) => row.length));
  sheet._ensureSize(rows.length, width);
  rows.forEach((fields, r) => {
    fields.forEach((field, c) => {
      const date = monthDay(field);
      const entered = date
        ? { kind: 'value' as const, value: date, format: 'mmmm d' }
        : readEntered(field, context, false);
      sheet.formulas.set(r, c, undefined);
      sheet.values.set(r, c, entered.kind === 'value' ? entered.value : undefined);
      if (entered.kind === 'value' && entered.format) sheet.formats.numberFormat.set(r, c, entered.format);
    });
  });
  sheet.spreadsheet._changed();
}

/** A CSV pasted as plain text: each line lands in column A, quotes and all. */
function pasteLines(sheet: Sheet, text: string): void {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  sheet._ensureSize(lines.length, 1);
  lines.forEach((line, r) => {
    sheet.values.set(r, 0, line === '' ? undefined : line);
  });
  sheet.spreadsheet._changed();
}
