// The smaller services: SpreadsheetApp, LockService, Session, Utilities, PropertiesService,
// CacheService, ScriptApp, Charts and Logger. Citations are pages under
// developers.google.com/apps-script/reference/ with the anchor of the method's heading.
import { randomUUID } from 'node:crypto';
import { ConditionalFormatRuleBuilder } from './builders';
import { type CallCounter, Emulated } from './calls';
import { parseCsv } from './csv';
import type { Spreadsheet } from './spreadsheet';
import { Ui, type UiLog } from './ui';
import { formatJavaDate, isDate } from './values';

/** SpreadsheetApp.BooleanCriteria — spreadsheet/boolean-criteria (not emulated: the date criteria' use). */
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

/** spreadsheet/spreadsheet-app, with the enums this add-on uses. */
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

  // #getactivespreadsheet, #getactive, #getactivesheet, #getactiverange (A1 here: not documented)
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

  /** #openbyidid; only the emulated spreadsheet exists. Not documented: the error for another id. */
  openById(id: string): Spreadsheet {
    if (String(id) !== this.spreadsheet.id)
      throw new Error(
        'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return this.spreadsheet;
  }

  // #getui; #newconditionalformatrule gives a ConditionalFormatRuleBuilder
  getUi(): Ui {
    return new Ui(this.counter, this.log, this.addonName);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.counter);
  }

  /** "Applies all pending Spreadsheet changes." — #flush; writes here are immediate. */
  flush(): void {}
}

// ---- locks ---------------------------------------------------------------------------------

export type LockScope = 'document' | 'script' | 'user';

/** Who holds each lock: a Lock of this or another execution, a simulated other process, or nobody. */
export class LockTable {
  holders: Record<LockScope, Lock | 'elsewhere' | null> = { document: null, script: null, user: null };
  execution = 1;

  /** Releases the current execution's locks: at an alert or prompt (ui#alertprompt) and at its end. */
  releaseExecution(): void {
    for (const scope of Object.keys(this.holders) as LockScope[]) {
      const holder = this.holders[scope];
      if (holder instanceof Lock && holder.execution === this.execution) this.holders[scope] = null;
    }
  }

  /** "The lock is automatically released when the script terminates" — lock/lock#releaselock */
  endExecution(): void {
    this.releaseExecution();
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

  /**
   * "true if the lock was acquired"; "no effect if the lock has already been acquired" —
   * lock/lock#trylocktimeoutinmillis. No real waiting: a lock held elsewhere stays held.
   */
  tryLock(_timeoutInMillis: number): boolean {
    const holder = this.table.holders[this.scope];
    if (holder === this) return true;
    if (holder !== null) return false;
    this.table.holders[this.scope] = this;
    return true;
  }

  /** tryLock that throws instead of returning false — lock/lock#waitlocktimeoutinmillis; not documented: the wording. */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }

  /** "No effect if the lock has not been acquired." — lock/lock#releaselock */
  releaseLock(): void {
    if (this.table.holders[this.scope] === this) this.table.holders[this.scope] = null;
  }

  /** "true if the lock was acquired" (false after release or timeout) — lock/lock#haslock */
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

  /**
   * lock/lock-service#getdocumentlock, #getscriptlock, #getuserlock. Not documented: each call gives
   * a new Lock, a separate holder, so a second Lock of the same execution waits like another process.
   */
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

/** base/user#getemail */
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

  /** "The language setting of the current user as a string—for example, en" — base/session#getactiveuserlocale */
  getActiveUserLocale(): string {
    return this.settings.userLocale;
  }

  // base/session#getscripttimezone, #getactiveuser, #geteffectiveuser (the same user here),
  // #gettemporaryactiveuserkey (not documented: this fixed key)
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

/** script/script-app: AuthMode, #getscriptid (not documented: this id), #getprojecttriggers (none here). */
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

  /**
   * Java SimpleDateFormat patterns — utilities/utilities#formatdatedate,-timezone,-format.
   * Not documented: the wording for a non-Date.
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new Error(
        'Exception: The parameters do not match the method signature for Utilities.formatDate.',
      );
    return formatJavaDate(date, String(timeZone), String(format));
  }

  /** utilities#sleepmilliseconds; returns at once, the emulator never really waits. */
  sleep(_milliseconds: number): void {}

  // utilities#getuuid
  getUuid(): string {
    return randomUUID();
  }

  /**
   * "A tabular 2D array representation of a CSV string", comma or a given delimiter —
   * utilities#parsecsvcsv, #parsecsvcsv,-delimiter. Not documented: quoting follows RFC 4180 here.
   */
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }

  /** A string (as UTF-8) or Java bytes — utilities#base64encodedata (both forms). */
  base64Encode(data: string | number[]): string {
    return bytesOf(data).toString('base64');
  }

  /** Signed Java bytes, as the page's example logs them — utilities#base64decodeencoded */
  base64Decode(encoded: string): number[] {
    return javaBytes(Buffer.from(String(encoded), 'base64'));
  }

  /**
   * A Blob of a string "assumed UTF-8" or of bytes — utilities#newblobdata…; only getBytes and
   * getDataAsString are emulated.
   */
  newBlob(data: string | number[]): { getBytes(): number[]; getDataAsString(): string } {
    const bytes = bytesOf(data);
    return { getBytes: () => javaBytes(bytes), getDataAsString: () => bytes.toString('utf8') };
  }
}

/** A string as UTF-8, or Java's signed bytes, as a Buffer. */
function bytesOf(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
}

function javaBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

// ---- properties and cache -----------------------------------------------------------------------

// "Properties value size 9 KB / val" — guides/services/quotas. Not emulated: the 500 KB per store.
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

  /** "null if no such key exists" — properties/properties#getpropertykey */
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  /** properties#setpropertykey,-value; not documented: the wording past the 9 KB quota. */
  setProperty(key: string, value: unknown): Properties {
    const text = String(value);
    if (Buffer.byteLength(text) > PROPERTY_VALUE_LIMIT)
      throw new Error('Exception: Argument too large: value');
    this.store.set(String(key), text);
    return this;
  }

  // properties#setpropertiesproperties,-deleteallothers, #getproperties, #getkeys, #deletepropertykey,
  // #deleteallproperties
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

/** properties/properties-service#getdocumentproperties, #getuserproperties, #getscriptproperties. */
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

// "The maximum length of a key is 250 characters. The maximum amount of data that can be stored per
// key is 100KB." — cache/cache#putkey,-value. Not emulated: expiry (600 s by default), the 1,000-item cap.
const CACHE_KEY_LIMIT = 250;
const CACHE_VALUE_LIMIT = 100 * 1024;

/** cache/cache: #getkey (null when missing), #getallkeys, #put…, #putall…, #removekey, #removeallkeys. */
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

  /** Entries live until removed here; not documented: the wordings past the limits. */
  put(key: string, value: string, _expirationInSeconds?: number): void {
    const [k, v] = [String(key), String(value)];
    if (k.length > CACHE_KEY_LIMIT) throw new Error('Exception: Argument too large: key');
    if (Buffer.byteLength(v) > CACHE_VALUE_LIMIT) throw new Error('Exception: Argument too large: value');
    this.store.set(k, v);
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(String(key));
  }
}

/** cache/cache-service#getdocumentcache, #getscriptcache, #getusercache. */
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

/** The Charts enums used with EmbeddedChartBuilder — charts/charts. */
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

  /**
   * base/logger#logdata, #logformat,-values: "%s" placeholders take the values in order, "converted
   * to strings". Not documented: how an object alone is written (String() here).
   */
  log(data: unknown, ...values: unknown[]): Logger {
    let text = String(data);
    for (const value of values) text = text.replace('%s', String(value));
    this.logs.push(text);
    return this;
  }

  // base/logger#getlog, #clear
  getLog(): string {
    return this.logs.join('\n');
  }

  clear(): void {
    this.logs.length = 0;
  }
}
