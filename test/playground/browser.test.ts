// The playground in real headless Chromium: the page, the real build/Code.js behind it, the real
// sidebar in its panel. Expected figures are worked out by hand from playground/samples (see the
// comments), not copied from the add-on's output.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type PlaygroundServer, startServer } from '../../playground/server';
import * as en from '../../src/core/i18n/en';
import { ensureBuilt, repoRoot } from '../helpers/build';
import { launchChromium } from '../helpers/chromium';

/** The browser globals the page-side callbacks use: the test project is type-checked without DOM types. */
interface PageWindow {
  getComputedStyle(element: unknown): { backgroundColor: string; fontWeight: string };
  document: { getElementById(id: string): { dispatchEvent(event: unknown): boolean } };
  DataTransfer: new () => { setData(type: string, text: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean }) => unknown;
}

let server: PlaygroundServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({ port: 0, root: repoRoot });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageErrors: string[] = [];

beforeEach(async () => {
  server.session.reset();
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Nothing may leave localhost.
  await context.route(/^(?!http:\/\/localhost:)/, (route) => {
    pageErrors.push(`request left localhost: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(server.url);
  await page.locator('td[data-cell="A1"]').waitFor();
});

async function clickAddonItem(caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'SMART goals' }).hover();
  await page.getByRole('menuitem', { name: caption }).click();
}

const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();
const activeTab = () => page.locator('.tab[aria-selected="true"]');

/** Text of every cell of a column from a row down to the first empty cell. */
async function columnBelow(header: string): Promise<string[]> {
  const head = page.locator('td', { hasText: new RegExp(`^${header}$`) }).first();
  const row = Number(await head.getAttribute('data-row'));
  const col = Number(await head.getAttribute('data-col'));
  const values: string[] = [];
  for (let r = row + 1; ; r++) {
    const shown = await text(page.locator(`td[data-row="${r}"][data-col="${col}"]`));
    if (!shown) return values;
    values.push(shown);
  }
}

async function typeInto(a1: string, text: string): Promise<void> {
  await cell(a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('npm start playground', () => {
  it('opens on the sample workbook with the add-on menu built by onOpen', async () => {
    await expect
      .poll(() => page.locator('.tab').allTextContents())
      .toEqual([
        'LinkedIn followers',
        'LinkedIn content',
        'X',
        'TikTok',
        'TikTok followers',
        'Instagram',
        'Facebook (Hootsuite)',
        'YouTube',
        'GA4',
        'Manual tracking',
        'Goals',
      ]);
    expect(await text(activeTab())).toBe('Goals');
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'SMART goals' }).hover();
    await expect
      .poll(() => page.locator('#addon-menu > button').allTextContents())
      .toEqual(['Build progress tab', 'Set SMART goals', 'Function reference']);
    // The frozen header of the Goals tab is bold.
    expect(
      await cell('A1').evaluate(
        (td) => (globalThis as unknown as PageWindow).getComputedStyle(td).fontWeight,
      ),
    ).toBe('700');
  });

  it('builds the Progress tab on the first click, with every status, its bars and charts', async () => {
    await clickAddonItem('Build progress tab');
    await expect.poll(() => text(activeTab())).toBe('Progress');
    // One goal per status in playground/samples/goals.csv, each checked by hand against the exports:
    // GA4 sessions add up to 51,051 ≥ 50,000 (the export's Grand total agrees); LinkedIn 2,150 + 1,341 new = 3,491 is 62% against a
    // compound pace of 2^(123/184) − 1 = 59%; Instagram (likes + comments + shares) ÷ reach is 5.73%
    // from a 5.40% first week, 55% of the way against 66%; X impressions 318,866 of 1.5M is 21% against
    // 67%; YouTube's July views add up to 5,065 < 10,000 by the 31 July deadline; the Facebook goal starts
    // after the data ends; nobody pasted Pinterest; the GA4 goal's deadline is before its start.
    expect(await columnBelow('Status')).toEqual([
      'Achieved',
      'On track',
      'At risk',
      'Behind',
      'Missed',
      'Not started',
      'No data',
      'Invalid goal',
    ]);
    expect(await columnBelow('Progress')).toEqual(['102%', '62%', '55%', '21%', '51%']);
    const statusCells = page.locator('td', { hasText: /^(Achieved|On track|At risk|Behind|Missed)$/ });
    for (const status of await statusCells.all()) {
      const background = await status.evaluate(
        (td) => (globalThis as unknown as PageWindow).getComputedStyle(td).backgroundColor,
      );
      expect(background).not.toBe('rgb(255, 255, 255)');
    }
    // In-cell progress bars for the five goals with a progress figure, one chart per goal with data.
    expect(await page.locator('.spark').count()).toBe(5);
    expect(await page.locator('.chart svg').count()).toBe(5);
    expect(await text(page.locator('.chart').first())).toContain('50,000 website sessions by year end');
    expect(await page.locator('.chart path').first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(await text(page.locator('.toast').first())).toContain('8 goals');
    expect(pageErrors).toEqual([]);
  });

  it('saves a goal from the sidebar, and the rebuilt Progress tab has its row', async () => {
    await clickAddonItem('Set SMART goals');
    await page.locator('#sidebar').waitFor({ state: 'visible' });
    const sidebar: FrameLocator = page.frameLocator('#sidebar-frame');
    await sidebar.getByLabel('Goal name', { exact: true }).fill('YouTube impressions past 300,000');
    await sidebar.getByLabel('Goal category').selectOption('Brand awareness');
    await sidebar.getByLabel('Platform', { exact: true }).selectOption('YouTube');
    await sidebar.getByLabel('Metric', { exact: true }).selectOption('impressions');
    await sidebar.getByLabel('Start date').fill('7/1/2026');
    await sidebar.getByLabel('Deadline').fill('12/31/2026');
    await sidebar.getByLabel('Baseline').fill('0');
    await sidebar.getByLabel('Target').fill('300,000');
    await sidebar.getByLabel('Business objective').fill('Grow the channel');
    await sidebar.getByRole('button', { name: 'Save goal' }).click();
    // The sheet behind the sidebar shows the new Goals row (row 10, after the eight sample goals).
    await expect.poll(() => text(cell('A10'))).toBe('YouTube impressions past 300,000');
    await expect.poll(() => text(cell('F10'))).toBe('300000');

    await clickAddonItem('Build progress tab');
    await expect.poll(() => text(activeTab())).toBe('Progress');
    const row = page.locator('tr', {
      has: page.locator('td[data-col="1"]', { hasText: /^YouTube impressions past 300,000$/ }),
    });
    // YouTube's daily Impressions add up to 363,706 from 1 July to 31 October (the Total row agrees).
    await expect.poll(() => text(row.locator('td').nth(4))).toBe('363,706');
    expect(await text(row)).toContain('Achieved');
    expect(pageErrors).toEqual([]);
  });

  it('runs a custom function typed into a pasted tab, with Sheets argument rules and spills', async () => {
    // A tab-separated paste on the grid opens the paste box; the tab is split into columns.
    const tsv = 'Post\tEngagements\tReach\nA\t30\t600\nB\t36\t900\nC\t\t500\nD\t20\t400\n';
    await page.evaluate((clipboard) => {
      const browser = globalThis as unknown as PageWindow;
      const data = new browser.DataTransfer();
      data.setData('text/plain', clipboard);
      browser.document
        .getElementById('grid-scroll')
        .dispatchEvent(new browser.ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, tsv);
    await page.getByLabel('Tab name').fill('My posts');
    await page.getByRole('button', { name: 'Add tab' }).click();
    await expect.poll(() => text(activeTab())).toBe('My posts');
    await expect.poll(() => text(cell('C3'))).toBe('900');

    // A range arrives as a 2D array; the column of rates spills down: 30/600, 36/900, blank, 20/400.
    await typeInto('D2', '=ENGAGEMENT_RATE(B2:B5, C2:C5)');
    await expect.poll(() => text(cell('D2'))).toBe('0.05');
    await expect.poll(() => text(cell('D3'))).toBe('0.04');
    await expect.poll(() => text(cell('D4'))).toBe('');
    await expect.poll(() => text(cell('D5'))).toBe('0.05');
    // A single cell arrives as its value.
    await typeInto('E3', '=ENGAGEMENT_RATE(B3, C3)');
    await expect.poll(() => text(cell('E3'))).toBe('0.04');
    // Text where a number belongs is the function's error, shown as Sheets shows it.
    await typeInto('F2', '=ENGAGEMENT_RATE(A2:A5, C2:C5)');
    await expect.poll(() => text(cell('F2'))).toBe('#ERROR!');
    // Typing into a cell the array would spill onto blocks it.
    await typeInto('D4', 'note');
    await expect.poll(() => text(cell('D2'))).toBe('#REF!');
    await expect.poll(() => text(cell('D3'))).toBe('');
    // Built-ins are not evaluated, and the page says so.
    expect(await page.locator('#note').isHidden()).toBe(true);
    await typeInto('G2', '=SUM(B2:B5)');
    await expect
      .poll(() => text(page.locator('#note')))
      .toContain("Built-in formulas (SUM, AVERAGE…) aren't evaluated");
    expect(pageErrors).toEqual([]);
  });

  it("shows the add-on's alerts and dialogs, and a script error as an alert", async () => {
    // Someone else is building: the add-on answers with its own alert.
    const release = server.session.emulator.holdLockElsewhere();
    try {
      await clickAddonItem('Build progress tab');
      await page.locator('#alert-dialog[open]').waitFor();
      expect(await text(page.locator('#alert-message'))).toBe(en.server['progress.busy']);
    } finally {
      release();
    }
    await page.getByRole('button', { name: 'OK' }).click();
    expect(await text(activeTab())).toBe('Goals');

    await clickAddonItem('Function reference');
    await page.locator('#html-dialog[open]').waitFor();
    await expect
      .poll(() => text(page.frameLocator('#html-dialog-frame').locator('body')))
      .toContain('ENGAGEMENT_RATE(');
    await page.getByRole('button', { name: 'Close dialog' }).click();

    // An exception escaping a handler shows as Sheets shows a failed script, not as a broken page.
    const context = (server.session as unknown as { context: Record<string, unknown> }).context;
    context.showFunctionReference = () => {
      throw new Error('Exception: Service Spreadsheets failed while accessing document');
    };
    await clickAddonItem('Function reference');
    await page.locator('#alert-dialog[open]').waitFor();
    expect(await text(page.locator('#alert-title'))).toBe('Script error');
    expect(await text(page.locator('#alert-message'))).toContain('Service Spreadsheets failed');
    expect(pageErrors).toEqual([]);
  });

  it('runs long text on over empty cells and stops it at the first cell that holds something', async () => {
    server.session.typeInto('Goals', 20, 1, 'A note that runs on and on. '.repeat(10));
    server.session.typeInto('Goals', 20, 3, 'stop');
    await page.reload();
    const shown = await cell('A20').locator('.ov-text').boundingBox();
    const [b, c] = [await cell('B20').boundingBox(), await cell('C20').boundingBox()];
    expect(shown!.x + shown!.width).toBeGreaterThan(b!.x + b!.width / 2); // runs on over empty B20
    expect(shown!.x + shown!.width).toBeLessThanOrEqual(c!.x + 1); // and not over C20
  });

  it('resets to the sample workbook', async () => {
    await clickAddonItem('Build progress tab');
    await expect.poll(() => text(activeTab())).toBe('Progress');
    await page.getByRole('button', { name: 'Reset sample data' }).click();
    await expect.poll(() => text(activeTab())).toBe('Goals');
    expect(await page.locator('.tab', { hasText: 'Progress' }).count()).toBe(0);
  });
});
