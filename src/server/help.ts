import { translate } from '../core/i18n/server';
import { languageOf } from '../core/i18n/translate';

/**
 * Menu item "Function reference": build/help.html, which the build renders from src/registry
 * (scripts/codegen.mjs), so the registry's text is not part of Code.js.
 */
export function showFunctionReference(): void {
  const html = HtmlService.createHtmlOutputFromFile('help').setWidth(560).setHeight(480);
  const title = translate(languageOf(Session.getActiveUserLocale()), 'menu.functionReference');
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
