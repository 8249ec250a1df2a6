import { signature } from '../core/functions';
import { languageOf, translate } from '../core/i18n/messages';
import { customFunctions } from '../registry/customFunctions';
import type { CustomFunctionEntry } from '../registry/types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** The dialog's HTML: per function its signature, description and first example, all escaped. */
export function renderFunctionReference(entries: readonly CustomFunctionEntry[]): string {
  const sections = entries.map((entry) => {
    const [example] = entry.examples;
    return [
      `<h3><code>${escapeHtml(signature(entry.name, entry.params))}</code></h3>`,
      `<p>${escapeHtml(entry.description)}</p>`,
      example ? `<p><code>${escapeHtml(example.formula)}</code> → ${escapeHtml(example.result)}</p>` : '',
    ].join('');
  });
  return [
    '<style>body{font:13px Arial,sans-serif}h3{font-size:13px;margin:14px 0 2px}p{margin:2px 0}</style>',
    '<p>Each argument takes a cell or a range; same-sized ranges combine row by row and one formula fills',
    ' a column. Rates are fractions: give the cells a percent format. [Optional] arguments may be left out.</p>',
    ...sections,
  ].join('');
}

/** Menu item "Function reference": a short dialog generated from the registry. */
export function showFunctionReference(): void {
  const html = HtmlService.createHtmlOutput(renderFunctionReference(customFunctions))
    .setWidth(560)
    .setHeight(480);
  const title = translate(languageOf(Session.getActiveUserLocale()), 'menu.functionReference');
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
