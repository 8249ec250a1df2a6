// Running the real build/Code.js: a fresh node:vm context whose globals are the emulated services
// plus what V8 brings (Intl, Math, JSON, Promise…). Apps Script has no setTimeout, fetch, URL or
// process — guides/v8-runtime — so the context has none either.
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { AuthMode } from './auth';
import type { Emulator } from './index';

/** The context after the bundle ran: its top-level functions (onOpen, handlers, custom functions). */
export type BundleContext = vm.Context & Record<string, unknown>;

/** The globals an Apps Script project sees, backed by this emulator. */
export function globalsFor(emulator: Emulator): Record<string, unknown> {
  return {
    SpreadsheetApp: emulator.SpreadsheetApp,
    LockService: emulator.LockService,
    Session: emulator.Session,
    HtmlService: emulator.HtmlService,
    Utilities: emulator.Utilities,
    PropertiesService: emulator.PropertiesService,
    CacheService: emulator.CacheService,
    ScriptApp: emulator.ScriptApp,
    Charts: emulator.Charts,
    Logger: emulator.Logger,
    console: emulator.console,
    // The host's Date, so dates the script makes and dates the emulator returns are one class
    // (instanceof Date holds on both sides).
    Date,
  };
}

/**
 * Sets the emulator's services as globals of this Node process (for tests that import src/server
 * directly). Returns a function that restores what was there before.
 */
export function installGlobals(emulator: Emulator): () => void {
  const globals = globalsFor(emulator);
  const target = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(globals)) {
    if (name === 'Date' || name === 'console') continue;
    saved.set(name, Object.getOwnPropertyDescriptor(target, name));
    target[name] = value;
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  };
}

export interface LoadOptions {
  /** Shown in stack traces; defaults to the path, or "Code.js" for source text. */
  readonly filename?: string;
  /** Milliseconds the top-level code may run. */
  readonly timeoutMs?: number;
}

/**
 * Evaluates a classic script (a path such as "build/Code.js", or its source text) in a fresh
 * node:vm context on the emulator, and returns the context: `ctx.onOpen()` calls the bundle's onOpen.
 */
export function loadBundle(
  pathOrSource: string,
  emulator: Emulator,
  options: LoadOptions = {},
): BundleContext {
  const looksLikePath = !/[\n;(){}=]/.test(pathOrSource);
  if (looksLikePath && !existsSync(pathOrSource))
    throw new Error(`Emulator: ${pathOrSource} not found (run \`node scripts/build.mjs\` first?)`);
  const source = looksLikePath ? readFileSync(pathOrSource, 'utf8') : pathOrSource;
  const filename = options.filename ?? (looksLikePath ? pathOrSource : 'Code.js');
  const context = vm.createContext(globalsFor(emulator), {
    name: 'Apps Script',
    codeGeneration: { strings: true, wasm: false },
  });
  new vm.Script(source, { filename }).runInContext(
    context,
    options.timeoutMs ? { timeout: options.timeoutMs } : {},
  );
  return context as BundleContext;
}

/**
 * Calls a top-level function by name as Apps Script runs one execution (a menu click, a trigger):
 * document, script and user locks the call took are released when it returns or throws. When the
 * first argument is an event with `authMode` ("NONE", "LIMITED"…), the call runs under that mode.
 */
export function runGlobal(
  emulator: Emulator,
  context: BundleContext,
  name: string,
  ...args: unknown[]
): unknown {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
  // A trigger's event object names its authorization mode; the call runs under it.
  const event = args[0] as { authMode?: unknown } | undefined;
  const mode =
    event && typeof event === 'object' && typeof event.authMode === 'string' ? event.authMode : 'FULL';
  try {
    return emulator.withAuthMode(mode as AuthMode, () => (fn as (...a: unknown[]) => unknown)(...args));
  } finally {
    emulator.endExecution();
  }
}

/**
 * google.script.run semantics — guides/html/communication: only top-level functions whose names do
 * not end in "_" are callable; arguments and results must be numbers, booleans, strings, null, or
 * plain objects and arrays of these ("Date, Function, DOM element … prohibited, including inside
 * objects or arrays"). Both are copied as if sent over the wire.
 */
export function runFromSidebar(
  emulator: Emulator,
  context: BundleContext,
  name: string,
  ...args: unknown[]
): unknown {
  if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
  args.forEach((arg, i) => {
    checkTransferable(arg, `argument ${i + 1} of ${name}`);
  });
  const result = runGlobal(emulator, context, name, ...args.map(wireCopy));
  checkTransferable(result, `result of ${name}`);
  return result === undefined ? undefined : wireCopy(result);
}

function checkTransferable(value: unknown, where: string, seen = new Set<unknown>()): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'number' || type === 'boolean' || type === 'string') return;
  if (type !== 'object')
    throw new Error(`Emulator: ${where} holds a ${type}, which google.script.run cannot send`);
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object Object]' && tag !== '[object Array]')
    throw new Error(`Emulator: ${where} holds a ${tag.slice(8, -1)}, which google.script.run cannot send`);
  if (seen.has(value))
    throw new Error(`Emulator: ${where} holds a cycle, which google.script.run cannot send`);
  seen.add(value);
  for (const item of Object.values(value as object)) checkTransferable(item, where, seen);
  seen.delete(value);
}

function wireCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
