/**
 * The registry names every global Apps Script must see. The build turns each entry into a
 * top-level stub with JSDoc, the docs turn custom functions into FUNCTIONS.md, and the tests walk it.
 * Entries hold metadata only (no code), so the build can load them without the add-on's modules.
 */

export interface ParamDoc {
  readonly name: string;
  /** What the marketer puts there; shown by the Sheets formula helper. */
  readonly description: string;
  readonly optional?: boolean;
}

/** A custom function's parameter, with its meaning in Icelandic for the Icelandic Function reference. */
export interface FunctionParamDoc extends ParamDoc {
  readonly is: { readonly description: string };
}

export interface ExampleDoc {
  /**
   * A formula as typed in English, e.g. `=ENGAGEMENT_RATE(B2:B31, C2:C31)`. The Icelandic Function
   * reference writes it with ";" and decimal commas (scripts/codegen.mjs).
   */
  readonly formula: string;
  /** What it returns, in words. */
  readonly result: string;
  /** The same in Icelandic, numbers written 0,03 and 10.000. */
  readonly is: { readonly result: string };
}

interface EntryBase {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamDoc[];
  readonly returns: string;
}

/**
 * A formula a marketer types into a cell (`@customfunction`). Its JSDoc, which Sheets shows, is
 * English; the Icelandic text (`is`) is for the Icelandic Function reference (build/help-is.html).
 */
export interface CustomFunctionEntry extends EntryBase {
  readonly kind: 'customFunction';
  readonly params: readonly FunctionParamDoc[];
  readonly examples: readonly ExampleDoc[];
  readonly is: { readonly description: string };
}

/** A simple trigger Apps Script calls by name (onOpen, onInstall). */
export interface TriggerEntry extends EntryBase {
  readonly kind: 'trigger';
}

/** A function a menu item names. */
export interface MenuHandlerEntry extends EntryBase {
  readonly kind: 'menuHandler';
}

/** A function the sidebar calls through google.script.run. */
export interface EndpointEntry extends EntryBase {
  readonly kind: 'endpoint';
}

export type RegistryEntry = CustomFunctionEntry | TriggerEntry | MenuHandlerEntry | EndpointEntry;
