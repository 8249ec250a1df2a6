import { translate } from '../core/i18n/server';
import { languageOf } from '../core/i18n/translate';

/**
 * The add-on menu. onOpen may run in AuthMode.NONE, where only the menu and the user's locale may
 * be touched, so this reads nothing else. Items list only what works.
 */
const MENU_ITEMS = [
  { key: 'menu.buildProgress', handler: 'buildProgressTab' },
  { key: 'menu.setGoals', handler: 'showSidebar' },
  { key: 'menu.functionReference', handler: 'showFunctionReference' },
] as const;

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = languageOf(Session.getActiveUserLocale());
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(translate(language, item.key), item.handler);
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
