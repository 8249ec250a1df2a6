// The smaller services: SpreadsheetApp, LockService, Session, Utilities, PropertiesService,
// CacheService, ScriptApp, Charts and Logger. Citations name pages under
// developers.google.com/apps-script/reference/.
import { randomUUID } from 'node:crypto';
import { ConditionalFormatRuleBuilder } from './builders';
import { type CallCounter, Emulated } from './calls';
import { parseCsv } from './csv';
import type { Spreadsheet } from './spreadsheet';
import { Ui, type UiLog } from './ui';
import { formatJavaDate, isDate } from './values';

/** SpreadsheetApp.BooleanCriteria — spreadsheet/boolean-criteria. */
const BOOLEAN_CRITERIA = Object.fromEntries(
  [
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_NOT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  ].map((name) => [name, name]),
);

function enumOf<T extends string>(...names: T[]): { readonly [K in T]: K } {
  return Object.fromEntries(names.map((n) => [n, n])) as { [K in T]: K };
}

export class SpreadsheetApp extends Emulated {
  get kind(): string {
    return 'SpreadsheetApp';
  }
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
  readonly DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly Dimension = enumOf('COLUMNS', 'ROWS');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly InterpolationType = enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');
  readonly ThemeColorType = enumOf(
    'TEXT',
    'BACKGROUND',
    'ACCENT1',
    'ACCENT2',
    'ACCENT3',
    'ACCENT4',
    'ACCENT5',
    'ACCENT6',
  );

  constructor(
    counter: CallCounter,
    private readonly spreadsheet: Spreadsheet,
    private readonly log: UiLog,
    private readonly addonName: string,
  ) {
    super(counter);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet;
  }

  getActive(): Spreadsheet {
    return this.spreadsheet;
  }

  getActiveSheet() {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange() {
    return this.spreadsheet.getActiveRange();
  }

  /** SpreadsheetApp.openById: only the emulated spreadsheet exists. */
  openById(id: string): Spreadsheet {
    if (String(id) !== this.spreadsheet.id)
      throw new Error(
        'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return this.spreadsheet;
  }

  getUi(): Ui {
    return new Ui(this.counter, this.log, this.addonName);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.counter);
  }

  /** SpreadsheetApp.flush: "Applies all pending Spreadsheet changes." Writes here are immediate. */
  flush(): void {}
}

// ---- locks ---------------------------------------------------------------------------------

export type LockScope = 'document' | 'script' | 'user';

/** Who holds each lock: a Lock of this or another execution, a simulated other process, or nobody. */
export class LockTable {
  holders: Record<LockScope, Lock | 'elsewhere' | null> = { document: null, script: null, user: null };
  execution = 1;

  /** Locks are released when a script ends ("released automatically when the script terminates"). */
  endExecution(): void {
    for (const scope of Object.keys(this.holders) as LockScope[]) {
      const holder = this.holders[scope];
      if (holder instanceof Lock && holder.execution === this.execution) this.holders[scope] = null;
    }
    this.execution++;
  }
}

export class Lock extends Emulated {
  get kind(): string {
    return 'Lock';
  }

  constructor(
    counter: CallCounter,
    private readonly table: LockTable,
    private readonly scope: LockScope,
    readonly execution: number,
  ) {
    super(counter);
  }

  /** Lock.tryLock: false when another holder keeps the lock past the timeout (no real waiting here). */
  tryLock(_timeoutInMillis: number): boolean {
    const holder = this.table.holders[this.scope];
    if (holder === this) return true;
    if (holder !== null) return false;
    this.table.holders[this.scope] = this;
    return true;
  }

  /** Lock.waitLock: "timing out with an exception". */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }

  /** Lock.releaseLock: "This method has no effect if the lock has not been acquired." */
  releaseLock(): void {
    if (this.table.holders[this.scope] === this) this.table.holders[this.scope] = null;
  }

  /** Lock.hasLock: "Returns true if the lock was acquired." */
  hasLock(): boolean {
    return this.table.holders[this.scope] === this;
  }
}

export class LockService extends Emulated {
  get kind(): string {
    return 'LockService';
  }

  constructor(
    counter: CallCounter,
    private readonly table: LockTable,
  ) {
    super(counter);
  }

  /** LockService.getDocumentLock: one lock per document; each call returns a new Lock object. */
  getDocumentLock(): Lock {
    return new Lock(this.counter, this.table, 'document', this.table.execution);
  }

  getScriptLock(): Lock {
    return new Lock(this.counter, this.table, 'script', this.table.execution);
  }

  getUserLock(): Lock {
    return new Lock(this.counter, this.table, 'user', this.table.execution);
  }
}

// ---- session, script ---------------------------------------------------------------------------

export interface SessionSettings {
  userLocale: string;
  scriptTimeZone: string;
  userEmail: string;
}

export class User extends Emulated {
  get kind(): string {
    return 'User';
  }
  constructor(
    counter: CallCounter,
    private readonly email: string,
  ) {
    super(counter);
  }
  getEmail(): string {
    return this.email;
  }
}

export class Session extends Emulated {
  get kind(): string {
    return 'Session';
  }

  constructor(
    counter: CallCounter,
    private readonly settings: SessionSettings,
  ) {
    super(counter);
  }

  /** Session.getActiveUserLocale: "the language setting of the current user as a string—for example, en". */
  getActiveUserLocale(): string {
    return this.settings.userLocale;
  }

  getScriptTimeZone(): string {
    return this.settings.scriptTimeZone;
  }

  getActiveUser(): User {
    return new User(this.counter, this.settings.userEmail);
  }

  getEffectiveUser(): User {
    return new User(this.counter, this.settings.userEmail);
  }

  getTemporaryActiveUserKey(): string {
    return 'emulator-user-key';
  }
}

export class ScriptApp extends Emulated {
  get kind(): string {
    return 'ScriptApp';
  }
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');

  getScriptId(): string {
    return 'emulator-script-id';
  }

  getProjectTriggers(): never[] {
    return [];
  }
}

// ---- utilities -------------------------------------------------------------------------------

export class Utilities extends Emulated {
  get kind(): string {
    return 'Utilities';
  }

  /** Utilities.formatDate(date, timeZone, format): SimpleDateFormat patterns — utilities/utilities#formatdate. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new Error(
        'Exception: The parameters do not match the method signature for Utilities.formatDate.',
      );
    return formatJavaDate(date, String(timeZone), String(format));
  }

  /** Utilities.sleep: returns at once; the emulator has no real waiting. */
  sleep(_milliseconds: number): void {}

  getUuid(): string {
    return randomUUID();
  }

  /** Utilities.parseCsv(csv, delimiter?): "a tabular 2D array representation of a CSV string". */
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }

  base64Encode(data: string | number[]): string {
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)).toString('base64');
  }

  base64Decode(encoded: string): number[] {
    return [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }

  newBlob(data: string): { getDataAsString(): string } {
    const text = String(data);
    return { getDataAsString: () => text };
  }
}

// ---- properties and cache -----------------------------------------------------------------------

// Quotas page: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
const PROPERTY_VALUE_LIMIT = 9 * 1024;

export class Properties extends Emulated {
  get kind(): string {
    return 'Properties';
  }

  constructor(
    counter: CallCounter,
    readonly store: Map<string, string>,
  ) {
    super(counter);
  }

  /** Properties.getProperty: null when the key is not set. */
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): Properties {
    const text = String(value);
    if (Buffer.byteLength(text) > PROPERTY_VALUE_LIMIT)
      throw new Error('Exception: Argument too large: value');
    this.store.set(String(key), text);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }
}

export interface PropertyStores {
  readonly document: Map<string, string>;
  readonly user: Map<string, string>;
  readonly script: Map<string, string>;
}

export class PropertiesService extends Emulated {
  get kind(): string {
    return 'PropertiesService';
  }

  constructor(
    counter: CallCounter,
    private readonly stores: PropertyStores,
  ) {
    super(counter);
  }

  getDocumentProperties(): Properties {
    return new Properties(this.counter, this.stores.document);
  }

  getUserProperties(): Properties {
    return new Properties(this.counter, this.stores.user);
  }

  getScriptProperties(): Properties {
    return new Properties(this.counter, this.stores.script);
  }
}

export class Cache extends Emulated {
  get kind(): string {
    return 'Cache';
  }

  constructor(
    counter: CallCounter,
    private readonly store: Map<string, string>,
  ) {
    super(counter);
  }

  get(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.store.get(String(key));
      if (value !== undefined) out[String(key)] = value;
    }
    return out;
  }

  /** Cache.put: expiration is accepted; entries here live until removed. */
  put(key: string, value: string, _expirationInSeconds?: number): void {
    this.store.set(String(key), String(value));
  }

  putAll(values: Record<string, string>, _expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.store.set(key, String(value));
  }

  remove(key: string): void {
    this.store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(String(key));
  }
}

export class CacheService extends Emulated {
  get kind(): string {
    return 'CacheService';
  }

  constructor(
    counter: CallCounter,
    private readonly stores: PropertyStores,
  ) {
    super(counter);
  }

  getDocumentCache(): Cache {
    return new Cache(this.counter, this.stores.document);
  }

  getUserCache(): Cache {
    return new Cache(this.counter, this.stores.user);
  }

  getScriptCache(): Cache {
    return new Cache(this.counter, this.stores.script);
  }
}

/** Charts enums used with EmbeddedChartBuilder — reference/charts/charts. */
export class Charts extends Emulated {
  get kind(): string {
    return 'Charts';
  }
  readonly ChartType = enumOf(
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TIMELINE',
    'TREEMAP',
    'WATERFALL',
  );
  readonly ChartHiddenDimensionStrategy = enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH');
  readonly ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');
  readonly CurveStyle = enumOf('NORMAL', 'SMOOTH');
  readonly PointStyle = enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE');
  readonly Position = enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE');
}

export class Logger extends Emulated {
  get kind(): string {
    return 'Logger';
  }

  constructor(
    counter: CallCounter,
    private readonly logs: string[],
  ) {
    super(counter);
  }

  /** Logger.log(format, ...values): "%s" placeholders are filled in order. */
  log(data: unknown, ...values: unknown[]): Logger {
    let text = String(data);
    for (const value of values) text = text.replace('%s', String(value));
    this.logs.push(text);
    return this;
  }

  getLog(): string {
    return this.logs.join('\n');
  }

  clear(): void {
    this.logs.length = 0;
  }
}
