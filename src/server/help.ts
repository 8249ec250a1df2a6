import { translate } from '../core/i18n/server';
import { type Language, languageOf } from '../core/i18n/translate';

/**
 * The Function reference in each language: build/help.html and build/help-is.html, which the build
 * renders from src/registry (scripts/codegen.mjs), so the registry's text is not part of Code.js.
 */
const REFERENCE_FILE: Readonly<Record<Language, string>> = { en: 'help', is: 'help-is' };

/** Menu item "Function reference", in the user's language. */
export function showFunctionReference(): void {
  const language = languageOf(Session.getActiveUserLocale());
  const html = HtmlService.createHtmlOutputFromFile(REFERENCE_FILE[language]).setWidth(560).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, translate(language, 'menu.functionReference'));
}
