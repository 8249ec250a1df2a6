import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * Bridges google.script.run in a Playwright page to server functions running in Node. Independent of
 * the emulator: `call` is whatever runs a server function (the tests pass the emulator's
 * runFromSidebar over the built Code.js). Calls and replies cross as JSON text, as over the wire.
 */
export const SHIM_PATH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'emulator',
  'client',
  'google-script-run.js',
);

export type ServerCall = (name: string, args: unknown[]) => unknown;

export interface BridgeLog {
  /** Every call the page made, in order: function name and arguments as sent. */
  readonly calls: { readonly name: string; readonly args: unknown[] }[];
}

export async function bridgeGoogleScriptRun(
  page: Page,
  functions: readonly string[],
  call: ServerCall,
): Promise<BridgeLog> {
  const log: BridgeLog = { calls: [] };
  await page.exposeFunction('__gsrCall', async (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    log.calls.push({ name, args });
    try {
      const value = call(name, args);
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (error) {
      const { name: errorName = 'Error', message = String(error) } = error as Error;
      return JSON.stringify({ ok: false, error: { name: errorName, message } });
    }
  });
  await page.addInitScript(`window.__gsrFunctions = ${JSON.stringify(functions)};`);
  await page.addInitScript({ path: SHIM_PATH });
  return log;
}
