import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, pasteCsv } from '../../emulator';
import * as en from '../../src/core/i18n/en';
import * as is from '../../src/core/i18n/is';
import { launchChromium } from '../helpers/chromium';
import { GOALS_HEADER, shownValues, TIKTOK_ROW } from '../helpers/goals';
import { sampleText } from '../helpers/samples';
import { openSidebar, type SidebarHarness } from './harness';

/**
 * The built sidebar in headless Chromium against the built server on the emulator (see harness.ts):
 * filled by its labels as a marketer would, checked on the Goals tab it writes.
 */

let browser: Browser;
const opened: SidebarHarness[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const harness of opened) await harness.page.close();
  await browser?.close();
});

async function open(options?: Parameters<typeof openSidebar>[1]): Promise<SidebarHarness> {
  const harness = await openSidebar(browser, options);
  opened.push(harness);
  return harness;
}

const goalsRows = (emulator: Emulator) => shownValues(emulator, 'Goals');

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const text = (page: Page, selector: string) => page.locator(selector).textContent();

async function fillTikTokGoal(page: Page): Promise<void> {
  await field(page, 'Goal name').fill('Grow TikTok followers');
  await field(page, 'Goal category').selectOption('Brand awareness');
  await field(page, 'Platform').selectOption('TikTok');
  await field(page, 'Metric').selectOption('followers');
  await field(page, 'Start date').fill('9/1/2026');
  await field(page, 'Deadline').fill('2/28/2027');
  await field(page, 'Target').fill('20,000');
  await field(page, 'Business objective').fill('Reach younger buyers');
}

describe('the SMART goal sidebar', () => {
  it('walks a goal through S, M, A, R, T from the pasted data and saves it as a Goals row', async () => {
    const { page, emulator, dialogs, pageErrors, log } = await open();
    // Platforms found in the data come first, then the others, then All.
    const platformGroups = await field(page, 'Platform')
      .locator('optgroup')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('label')));
    expect(platformGroups).toEqual(['In your data', 'Other platforms']);
    await fillTikTokGoal(page);

    // The baseline comes from the data (the level on Sep 1 in tiktok_follower_history.csv).
    await expect.poll(() => field(page, 'Baseline').inputValue()).toBe('13,734');
    const metricOption = await field(page, 'Metric').locator('option:checked').textContent();
    expect(metricOption).toBe('followers ✓ in your data');
    expect(await text(page, '#preview')).toBe(
      'Grow TikTok followers from 13,734 to 20,000 between Sep 1, 2026 and Feb 28, 2027 (linear pace)',
    );
    expect(await text(page, '.direction')).toBe('Direction: increase by 6,266 (+46%)');
    // Needed (20,000 − 13,734) over 181 days; achieved: TikTok's recent pace in the samples.
    expect(await text(page, '.verdict')).toMatch(/^Stretch \(1\.\d× your recent pace\)$/);
    expect(await text(page, '.attainable')).toMatch(/Needed: \+1,054 a month/);
    expect(await text(page, '.attainable')).toMatch(
      /Achieved: \+\d{3} a month \(Jul \d+, 2026 – Oct 31, 2026\)/,
    );
    const ticked = await page
      .locator('.checklist li.done')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-letter')));
    expect(ticked).toEqual(['S', 'M', 'A', 'R', 'T']);

    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: '/tmp/sidebar.png', fullPage: true });

    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => text(page, '.status')).toBe('Saved to row 2 of the Goals tab.');
    expect(goalsRows(emulator)).toEqual([GOALS_HEADER, TIKTOK_ROW]);
    // Dates crossed the wire as ISO strings, as the user's 9/1/2026 and 2/28/2027.
    const save = log.calls.find((c) => c.name === 'sidebarSaveGoal')!.args[0] as {
      goal: Record<string, unknown>;
    };
    expect([save.goal.start, save.goal.deadline]).toEqual(['2026-09-01', '2027-02-28']);
    // The form is ready for the next goal, and the list shows the saved one.
    expect(await field(page, 'Goal name').inputValue()).toBe('');
    expect(await page.locator('.goal-name').allInnerTexts()).toEqual(['Grow TikTok followers']);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows errors inline next to the field, with its label, and writes nothing', async () => {
    const { page, emulator, log } = await open();
    await fillTikTokGoal(page);
    await field(page, 'Target').fill('');
    await field(page, 'Deadline').fill('8/1/2026');
    await page.getByRole('button', { name: 'Save goal' }).click();

    const targetError = page.locator('#field-target-error');
    const deadlineError = page.locator('#field-deadline-error');
    expect(await targetError.textContent()).toBe('Target is required');
    expect(await deadlineError.textContent()).toBe('Deadline must be after the start date');
    // Next to the field it names: right after its input, inside the same form group.
    expect(await targetError.evaluate((e) => e.previousElementSibling?.id)).toBe('field-target');
    expect(await field(page, 'Target').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(':focus').getAttribute('id')).toBe('field-target');
    expect(await page.locator('.field-error:not([hidden])').count()).toBe(2);
    expect(await text(page, '.status')).toBe('Check the fields marked in red.');
    expect(log.calls.map((c) => c.name)).not.toContain('sidebarSaveGoal');
    expect(goalsRows(emulator)).toBeNull();

    // Fixing a field clears its error; the rest stay until the next save.
    await field(page, 'Target').fill('20000');
    expect(await targetError.isHidden()).toBe(true);
    expect(await deadlineError.isVisible()).toBe(true);
  });

  it('shows what the user typed as text: markup in a goal name never runs', async () => {
    const { page, emulator, dialogs, pageErrors } = await open();
    const injection = '<img src=x onerror=alert(1)>';
    await fillTikTokGoal(page);
    await field(page, 'Goal name').fill(injection);
    await field(page, 'Business objective').fill('=HYPERLINK("http://evil.example")');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => page.locator('.goal-name').allInnerTexts()).toEqual([injection]);
    expect(await page.locator('#app img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    const goals = emulator.sheet('Goals');
    expect(goals.getRange('A2').getValue()).toBe(injection);
    expect(goals.getRange('J2').getValue()).toBe('=HYPERLINK("http://evil.example")');
    expect(goals.getRange('J2').getFormula()).toBe('');
  });

  it('follows an Icelandic user: Icelandic labels, 1.234,5 and 29.11.2026', async () => {
    const { page, emulator } = await open({ userLocale: 'is' });
    expect(await page.getAttribute('html', 'lang')).toBe('is');
    await field(page, 'Heiti markmiðs').fill('Fleiri áhorf á TikTok');
    await field(page, 'Flokkur markmiðs').selectOption('Engagement');
    await field(page, 'Miðill').selectOption('TikTok');
    await field(page, 'Mælikvarði').selectOption('video views');
    await field(page, 'Upphafsdagur').fill('1.11.2026');
    await field(page, 'Lokadagur').fill('29.11.2026');
    await field(page, 'Markgildi').fill('1.234,5');
    await field(page, 'Viðskiptamarkmið').fill('Meiri sala í vefverslun');
    await expect.poll(() => field(page, 'Upphafsgildi').inputValue()).toBe('0'); // a count starts at 0
    expect(await text(page, '#preview')).toBe(
      'Auka áhorf á TikTok úr 0 í 1.234,5 frá 1. nóv. 2026 til 29. nóv. 2026 (jafn vöxtur)',
    );
    expect(await page.locator('legend').allTextContents()).toEqual(
      expect.arrayContaining(['SAfmarkað', 'MMælanlegt', 'ARaunhæft', 'RViðeigandi', 'TTímasett', 'Hraði']),
    );
    await page.getByRole('button', { name: 'Vista markmið' }).click();
    await expect.poll(() => text(page, '.status')).toBe('Vistað í línu 2 á flipanum Goals.');
    expect(goalsRows(emulator)![1]).toEqual([
      'Fleiri áhorf á TikTok',
      'Engagement',
      'TikTok',
      'video views',
      0,
      1234.5,
      '2026-11-01',
      '2026-11-29',
      'Linear',
      'Meiri sala í vefverslun',
    ]);

    // An Icelandic error message, with the Icelandic label.
    await field(page, 'Markgildi').fill('mikið');
    await page.getByRole('button', { name: 'Vista markmið' }).click();
    expect(await page.locator('#field-target-error').textContent()).toBe('Markgildi verður að vera tala');
  });

  it('edits a goal in place and deletes one only after asking', async () => {
    const { page, emulator } = await open({ samples: false });
    // The Goals tab exists before the sidebar opens: reopen the page so it lists the goals.
    const sheet = emulator.spreadsheet.insertSheet('Goals');
    pasteCsv(sheet, sampleText('goals.csv'), { split: true });
    sheet.getRange('K1:K2').setValues([['Owner'], ['Anna']]);
    await page.reload();
    await page.locator('.goal').first().waitFor();
    expect(await page.locator('.goal-name').allInnerTexts()).toHaveLength(5);

    const first = page.locator('.goal').first();
    await first.getByRole('button', { name: 'Edit' }).click();
    expect(await field(page, 'Goal name').inputValue()).toBe('Double LinkedIn followers in six months');
    expect(await field(page, 'Target').inputValue()).toBe('4,300');
    expect(await field(page, 'Start date').inputValue()).toBe('7/1/2026');
    expect(await page.getByLabel('Compound').isChecked()).toBe(true);
    expect(await text(page, '.status')).toBe('Editing row 2 of the Goals tab.');
    await field(page, 'Target').fill('4,500');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => text(page, '.status')).toBe('Saved to row 2 of the Goals tab.');
    const row2 = goalsRows(emulator)![1]!;
    expect(row2[5]).toBe(4500);
    expect(row2[10]).toBe('Anna');
    expect(goalsRows(emulator)).toHaveLength(6);

    const third = page.locator('.goal').nth(2);
    await third.getByRole('button', { name: 'Delete' }).click();
    const confirm = third.locator('.confirm');
    expect(await confirm.textContent()).toContain('Delete this goal from the Goals tab?');
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect(await confirm.isHidden()).toBe(true);
    expect(goalsRows(emulator)).toHaveLength(6);

    await third.getByRole('button', { name: 'Delete' }).click();
    await third.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => text(page, '.status')).toBe('Goal deleted.');
    expect(goalsRows(emulator)!.map((row) => row[0])).toEqual([
      'Goal',
      'Double LinkedIn followers in six months',
      '1.5M X impressions by year end',
      '2,000 web conversions from social',
      'TikTok followers to 20,000',
    ]);
  });

  it('puts a friendly message in a banner when the server cannot save, never the raw error', async () => {
    const { page, emulator, failServer } = await open();
    await fillTikTokGoal(page);
    const banner = page.locator('.banner');
    const release = emulator.holdLockElsewhere('document');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain(
      'Someone else is saving goals right now. Try again in a moment.',
    );
    expect(goalsRows(emulator)).toBeNull();
    release();

    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner.isHidden()).toBe(true);
    failServer('Exception: Service Spreadsheets failed while accessing document with id 1x2y3z.');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain(
      'Something went wrong. Try again; if it keeps happening, close and reopen the sidebar.',
    );
    expect(await page.locator('body').textContent()).not.toContain('1x2y3z');
    expect(await page.getByRole('button', { name: 'Save goal' }).isEnabled()).toBe(true);
  });

  it("says the server could not be reached in the browser's language, the only one it knows then", async () => {
    for (const [browserLocale, catalogue] of [
      ['is-IS', is],
      ['en-GB', en],
    ] as const) {
      const { page, log } = await open({ userLocale: 'is', browserLocale, serverDown: true });
      expect(log.calls.map((call) => call.name)).toEqual(['sidebarLoad']);
      expect(await page.locator('#app').textContent()).toBe(catalogue.sidebar['sidebar.problem.server']);
      expect(await page.locator('body').textContent()).not.toContain('1x2y3z');
      expect(await page.locator('form').count()).toBe(0);
    }
  });
});
