// Authorization modes — add-ons/concepts/editor-auth-lifecycle and guides/sheets/functions.
// AuthMode.NONE (onOpen of an add-on not yet used in this file): build the menu, read the user's
// locale, nothing else. AuthMode.CUSTOM_FUNCTION: the spreadsheet is read-only and there is no UI.
// LIMITED and FULL are not restricted here. Not documented: the exact list; this one is the menu,
// the user locale and the script id (no document, properties or UI beyond the menu).

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Session.getActiveUserLocale',
  'ScriptApp.getScriptId',
]);

/** Calls that change the document, or show UI: what a custom function may not do. */
const WRITES =
  /^(Range|Sheet|Spreadsheet)\.(set|insert|delete|clear|add|remove|update|hide|show|activate|merge|break|auto|move|rename|toast|new)/;
const UI = /^(Ui|Menu|HtmlService|HtmlOutput)\.|^SpreadsheetApp\.getUi$/;

export function authGuard(mode: AuthMode): ((name: string) => void) | null {
  if (mode === 'NONE')
    return (name) => {
      if (!NONE_ALLOWED.has(name) && !name.startsWith('Menu.')) deny(name, mode);
    };
  if (mode === 'CUSTOM_FUNCTION')
    return (name) => {
      if (WRITES.test(name) || UI.test(name)) deny(name, mode);
    };
  return null;
}

/** Not documented: the wording of the permission error. */
function deny(name: string, mode: AuthMode): never {
  throw new Error(`Exception: You do not have permission to call ${name} (AuthMode.${mode}).`);
}
