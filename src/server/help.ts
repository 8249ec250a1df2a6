import { customFunctions } from '../registry/customFunctions';
import type { CustomFunctionEntry } from '../registry/types';

/** Menu item "Function reference": a short dialog generated from the registry. */
export function showFunctionReference(): void {
  const entries: readonly CustomFunctionEntry[] = customFunctions;
  const items = entries
    .map((f) => `<li><code>${f.name}(${f.params.map((p) => p.name).join(', ')})</code></li>`)
    .join('');
  const html = HtmlService.createHtmlOutput(`<ul>${items}</ul>`).setWidth(560).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, 'Function reference');
}
