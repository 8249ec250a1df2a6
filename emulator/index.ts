/**
 * An in-memory emulator of the Apps Script services this add-on uses, for tests, the benchmark and
 * the offline playground. Never shipped (it is not under src/). See emulator/README.md for what is
 * and is not emulated.
 *
 *   const emulator = createEmulator({ locale: 'is_IS', timeZone: 'Atlantic/Reykjavik' });
 *   pasteCsv(emulator.spreadsheet.insertSheet('LinkedIn'), csvText, { split: true });
 *   const ctx = loadBundle('build/Code.js', emulator);
 *   runGlobal(emulator, ctx, 'onOpen');
 *   emulator.ui.addonMenu; emulator.calls.total;
 */
import { join } from 'node:path';
import { type AuthMode, authGuard } from './auth';
import { CallCounter, type CallCounter as CallCounterType, type CostModel, expose, unwrap } from './calls';
import {
  CacheService,
  Charts,
  type LockScope,
  LockService,
  LockTable,
  Logger,
  PropertiesService,
  type PropertyStores,
  ScriptApp,
  Session,
  type SessionSettings,
  SpreadsheetApp,
  Utilities,
} from './services';
import type { Range, Sheet } from './sheet';
import { type FormulaEvaluator, Spreadsheet } from './spreadsheet';
import { HtmlService, UiLog } from './ui';

export { columnNumber, parseA1 } from './a1';
export type { AuthMode } from './auth';
export type { ChartSpec, ConditionalFormatSpec } from './builders';
export {
  type BundleContext,
  globalsFor,
  installGlobals,
  loadBundle,
  runFromSidebar,
  runGlobal,
} from './bundle';
export type { CostModel } from './calls';
export { unwrap } from './calls';
export { detectDelimiter, type PasteOptions, parseCsv, pasteCsv } from './csv';
export { type CellLook, cellLook } from './render';
export type { CellValue, Range, Sheet } from './sheet';
export { type SheetSnapshot, type SpreadsheetSnapshot, snapshotSheet, snapshotSpreadsheet } from './snapshot';
export type { FormulaCell, FormulaEvaluator, Spreadsheet } from './spreadsheet';
export type { AlertRecord, MenuEntry, MenuSpec, ShownHtml, ToastRecord, UiLog } from './ui';
export { displayValue, readEntered } from './values';

export interface EmulatorOptions {
  /** Spreadsheet locale, as getSpreadsheetLocale reports it ("en_US", "is_IS", "de_DE"). Default en_US. */
  readonly locale?: string;
  /** Spreadsheet time zone (IANA). Default "UTC". */
  readonly timeZone?: string;
  /** Session.getActiveUserLocale(). Default "en". */
  readonly userLocale?: string;
  /** Session.getScriptTimeZone(); defaults to the spreadsheet time zone. */
  readonly scriptTimeZone?: string;
  readonly userEmail?: string;
  readonly spreadsheetId?: string;
  readonly spreadsheetName?: string;
  /** Names of the sheets the spreadsheet starts with. Default ["Sheet1"]. */
  readonly sheets?: readonly string[];
  /** The add-on menu's caption (the add-on name under Extensions). */
  readonly addonName?: string;
  /** Where createHtmlOutputFromFile looks for NAME.html. Default ./build of the working directory. */
  readonly htmlDir?: string;
  /** Simulated milliseconds per call, summed in calls.simulatedMs. */
  readonly cost?: CostModel;
  /** Keep every call name in calls.trace. */
  readonly traceCalls?: boolean;
  /** Also print the script's console output and Logger.log to this process's console. */
  readonly forwardConsole?: boolean;
}

export interface Emulator {
  readonly SpreadsheetApp: SpreadsheetApp;
  readonly LockService: LockService;
  readonly Session: Session;
  readonly HtmlService: HtmlService;
  readonly Utilities: Utilities;
  readonly PropertiesService: PropertiesService;
  readonly CacheService: CacheService;
  readonly ScriptApp: ScriptApp;
  readonly Charts: Charts;
  readonly Logger: Logger;
  /** The script's console: recorded in `logs`. */
  readonly console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
  /** The active spreadsheet (the same object scripts get; calls on it are counted). */
  readonly spreadsheet: Spreadsheet;
  /** Call counts: total, byMethod ("Range.setValues": 1), simulatedMs. */
  readonly calls: CallCounterType;
  resetCalls(): void;
  /** Menus, sidebar, dialogs, alerts, toasts shown; `ui.respond('NO')` scripts the next answer. */
  readonly ui: UiLog;
  /** console and Logger output, one entry per call. */
  readonly logs: string[];
  /** Mutable: change userLocale to run onOpen as an Icelandic user. */
  readonly session: SessionSettings;
  readonly properties: PropertyStores;
  /** Plugs in formula evaluation (custom functions); without one, formula cells read "". */
  setFormulaEvaluator(evaluator: FormulaEvaluator | null): void;
  /** The message behind a cell showing #ERROR! or #REF! (its tooltip in Sheets), else null. */
  formulaError(cell: Range): string | null;
  /** A sheet by name, uncounted (for test setup); throws when missing. */
  sheet(name: string): Sheet;
  /** Makes another "process" hold a lock, as a concurrent build would. Returns its release. */
  holdLockElsewhere(scope?: LockScope): () => void;
  /** Ends the current execution: releases the locks it took (runGlobal calls this). */
  endExecution(): void;
  /**
   * Runs fn under an authorization mode: in NONE only the menu and the user locale are reachable;
   * in CUSTOM_FUNCTION the spreadsheet is read-only and UI is absent. Forbidden calls throw.
   */
  withAuthMode<T>(mode: AuthMode, fn: () => T): T;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const counter = new CallCounter();
  counter.cost = options.cost ?? {};
  if (options.traceCalls) counter.trace = [];
  const ui = new UiLog();
  const logs: string[] = [];
  const timeZone = options.timeZone ?? 'UTC';
  const session: SessionSettings = {
    userLocale: options.userLocale ?? 'en',
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    userEmail: options.userEmail ?? 'marketer@example.com',
  };
  const properties: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const caches: PropertyStores = { document: new Map(), user: new Map(), script: new Map() };
  const locks = new LockTable();
  // An alert or prompt suspends the script, and its locks "don't persist across the suspension" (ui#alertprompt).
  ui._onSuspend = () => locks.releaseExecution();
  const spreadsheet = new Spreadsheet(counter, ui, {
    id: options.spreadsheetId ?? 'emulated-spreadsheet',
    name: options.spreadsheetName ?? 'Untitled spreadsheet',
    locale: options.locale ?? 'en_US',
    timeZone,
    sheetNames: options.sheets ?? ['Sheet1'],
  });
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
      logs.push(level === 'log' ? text : `[${level}] ${text}`);
      if (options.forwardConsole) console.log(`[script] ${text}`);
    };
  return {
    SpreadsheetApp: expose(new SpreadsheetApp(counter, spreadsheet, ui, options.addonName ?? 'SMART goals')),
    LockService: expose(new LockService(counter, locks)),
    Session: expose(new Session(counter, session)),
    HtmlService: expose(new HtmlService(counter, options.htmlDir ?? join(process.cwd(), 'build'))),
    Utilities: expose(new Utilities(counter)),
    PropertiesService: expose(new PropertiesService(counter, properties)),
    CacheService: expose(new CacheService(counter, caches)),
    ScriptApp: expose(new ScriptApp(counter)),
    Charts: expose(new Charts(counter)),
    Logger: expose(new Logger(counter, logs)),
    console: {
      log: record('log'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
      debug: record('debug'),
    },
    spreadsheet: expose(spreadsheet),
    calls: counter,
    resetCalls: () => counter.reset(),
    ui,
    logs,
    session,
    properties,
    setFormulaEvaluator: (evaluator) => spreadsheet.setFormulaEvaluator(evaluator),
    formulaError: (cell) => {
      const range = unwrap(cell);
      return spreadsheet._formulaError(range.sheet, range.rect.row - 1, range.rect.column - 1);
    },
    sheet: (name) => {
      const sheet = unwrap(spreadsheet)._sheetByName(name);
      if (!sheet) throw new Error(`Emulator: no sheet named ${name}`);
      return expose(sheet);
    },
    holdLockElsewhere: (scope = 'document') => {
      if (locks.holders[scope] !== null) throw new Error(`Emulator: the ${scope} lock is already held`);
      locks.holders[scope] = 'elsewhere';
      return () => {
        if (locks.holders[scope] === 'elsewhere') locks.holders[scope] = null;
      };
    },
    endExecution: () => locks.endExecution(),
    withAuthMode: (mode, fn) => {
      const previous = counter.guard;
      counter.guard = authGuard(mode);
      try {
        return fn();
      } finally {
        counter.guard = previous;
      }
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
