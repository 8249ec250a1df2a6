import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  type BundleContext,
  createEmulator,
  type Emulator,
  loadBundle,
  pasteCsv,
  runFromSidebar,
} from '../../emulator';
import { endpoints } from '../../src/registry/endpoints';
import { repoRoot } from '../helpers/build';
import { sampleText } from '../helpers/samples';
import { type BridgeLog, bridgeGoogleScriptRun } from './bridge';

/**
 * The built sidebar (build/sidebar.html) in real headless Chromium, its google.script.run bridged to
 * the built server (build/Code.js) running in Node on the emulator, with sample exports pasted in.
 * Nothing leaves the machine: every request but the sidebar page itself is aborted, so the add-on
 * stylesheet never loads and the page must look and work on its inlined CSS.
 */

const SIDEBAR_URL = 'http://sidebar.test/';

/** Tabs a marketer would paste the English-locale samples into: the tab name says the platform. */
export const SAMPLE_TABS: readonly (readonly [tab: string, file: string])[] = [
  ['LinkedIn', 'linkedin_followers.csv'],
  ['LinkedIn content', 'linkedin_content_metrics.csv'],
  ['X', 'x_account_overview.csv'],
  ['TikTok', 'tiktok_overview.csv'],
  ['TikTok followers', 'tiktok_follower_history.csv'],
  ['Instagram', 'instagram_posts.csv'],
  ['GA4', 'ga4_traffic_daily.csv'],
  ['YouTube', 'youtube_table_data.csv'],
  ['Hootsuite', 'hootsuite_facebook_overview.csv'],
];

function builtFile(name: string): string {
  const file = path.join(repoRoot, 'build', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`node scripts/build.mjs\` first`);
  return file;
}

export interface SidebarHarness {
  readonly page: Page;
  readonly emulator: Emulator;
  readonly context: BundleContext;
  readonly log: BridgeLog;
  /** Messages of alert/confirm/prompt dialogs the page opened (none expected). */
  readonly dialogs: string[];
  /** Uncaught page errors. */
  readonly pageErrors: string[];
  /** From now on every server call throws this, as an Apps Script exception would (null: stop). */
  failServer(message: string | null): void;
}

export interface HarnessOptions {
  /** Session.getActiveUserLocale(). Default "en". */
  readonly userLocale?: string;
  /** Paste the English-locale sample exports. Default true. */
  readonly samples?: boolean;
  /** The browser's language (navigator.language), which the page goes by until the server answers. Default en-US. */
  readonly browserLocale?: string;
  /** Every server call fails from the first, sidebarLoad included: the page shows only its banner. */
  readonly serverDown?: boolean;
}

export async function openSidebar(browser: Browser, options: HarnessOptions = {}): Promise<SidebarHarness> {
  const emulator = createEmulator({
    locale: 'en_US',
    timeZone: 'Atlantic/Reykjavik',
    userLocale: options.userLocale ?? 'en',
  });
  if (options.samples ?? true)
    for (const [tab, file] of SAMPLE_TABS)
      pasteCsv(emulator.spreadsheet.insertSheet(tab), sampleText(file), { split: true });
  const context = loadBundle(builtFile('Code.js'), emulator);
  const html = readFileSync(builtFile('sidebar.html'), 'utf8');

  const page = await browser.newPage({
    viewport: { width: 300, height: 1000 },
    locale: options.browserLocale ?? 'en-US',
  });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) =>
    route.request().url() === SIDEBAR_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  const names = endpoints.map((entry) => entry.name);
  let failure: string | null = options.serverDown
    ? 'Exception: Service Spreadsheets failed while accessing document with id 1x2y3z.'
    : null;
  const log = await bridgeGoogleScriptRun(page, names, (name, args) => {
    if (failure !== null) throw new Error(failure);
    return runFromSidebar(emulator, context, name, ...args);
  });
  await page.goto(SIDEBAR_URL);
  await page.locator(options.serverDown ? '.banner' : 'form').waitFor();
  const failServer = (message: string | null) => {
    failure = message;
  };
  return { page, emulator, context, log, dialogs, pageErrors, failServer };
}
