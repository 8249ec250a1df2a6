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

export interface ExampleDoc {
  /** A formula as typed, e.g. `=ENGAGEMENT_RATE(B2:B31, C2:C31)`. */
  readonly formula: string;
  /** What it returns, in words. */
  readonly result: string;
}

interface EntryBase {
  readonly name: string;
  readonly description: string;
  readonly params: readonly ParamDoc[];
  readonly returns: string;
}

/** A formula a marketer types into a cell (`@customfunction`). */
export interface CustomFunctionEntry extends EntryBase {
  readonly kind: 'customFunction';
  readonly examples: readonly ExampleDoc[];
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
