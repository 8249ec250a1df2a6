// What a QA pass as an Icelandic marketer found in "Your goals": a typo'd metric went unflagged though the
// Progress tab calls the goal invalid, each problem named the Goals tab twice, and the problems spoke the
// spreadsheet's language rather than the user's. In real Chromium against the built sidebar and server.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pasteCsv } from '../../emulator';
import { launchChromium } from '../helpers/chromium';
import { shownValues } from '../helpers/goals';
import { openSidebar, type SidebarHarness } from './harness';

let browser: Browser;
let harness: SidebarHarness | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await harness?.page.close();
  await browser?.close();
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const problems = (page: Page) => page.locator('.goals .field-error').allTextContents();

const TYPO =
  'Þarf að laga: Goals, lína 2, dálkur D (Metric): „folowers“ er hvorki þekktur mælikvarði né dálkur í gögnunum sem voru límd inn.';
const NO_TARGET = 'Þarf að laga: Goals, lína 3, dálkur F (Target): Target vantar';

describe('stored goals the Progress tab would call invalid', () => {
  it("are flagged in the user's language, naming the Goals tab once, and fixed with Edit", async () => {
    // The spreadsheet is English (en_US); the user's locale is Icelandic.
    harness = await openSidebar(browser, { userLocale: 'is' });
    const { page, emulator, pageErrors } = harness;
    const sheet = emulator.spreadsheet.insertSheet('Goals');
    pasteCsv(
      sheet,
      [
        'Goal,Category,Platform,Metric,Baseline,Target,Start,Deadline,Pace,Business objective',
        'Fleiri fylgjendur,Brand awareness,TikTok,folowers,13734,20000,2026-09-01,2027-02-28,Linear,Yngri kaupendur',
        'Ekkert markgildi,Engagement,X,impressions,0,,2026-07-01,2026-12-31,Linear,Sala',
        'Í lagi,Engagement,X,impressions,0,1000,2026-07-01,2026-12-31,Linear,Sala',
      ].join('\n'),
      { split: true },
    );
    await page.reload();
    await page.locator('.goal').nth(2).waitFor();
    expect(await problems(page)).toEqual([TYPO, NO_TARGET]);
    expect(await page.locator('.goal', { hasText: 'Í lagi' }).locator('.field-error').count()).toBe(0);
    // Each says which goal it is, the one without a target too.
    expect(await page.locator('.goal-summary').allTextContents()).toEqual([
      'TikTok · folowers · → 20.000',
      'X · birtingar',
      'X · birtingar · → 1.000',
    ]);

    // Edit fills the form with the stored goal, numbers the Icelandic way, and says at the Metric field
    // what is wrong, judging neither Measurable nor Attainable by a metric nothing can measure.
    await page.locator('.goal').first().getByRole('button', { name: 'Breyta' }).click();
    expect(await field(page, 'Mælikvarði').inputValue()).toBe('folowers');
    expect(await field(page, 'Markgildi').inputValue()).toBe('20.000');
    const atMetric = page.getByText(
      '„folowers“ er hvorki þekktur mælikvarði né dálkur í gögnunum sem voru límd inn: veldu mælikvarða af listanum.',
      { exact: true },
    );
    await expect.poll(() => atMetric.isVisible()).toBe(true);
    const measurable = page.locator('.checklist li[data-letter="M"]');
    expect(await measurable.getAttribute('class')).not.toContain('done');
    expect(await page.locator('.verdict').count()).toBe(0);

    // Choosing a metric fixes it.
    await field(page, 'Mælikvarði').selectOption('followers');
    await expect.poll(() => atMetric.isVisible()).toBe(false);
    await expect.poll(() => measurable.getAttribute('class')).toContain('done');
    await expect.poll(() => page.locator('.verdict').count()).toBe(1);
    await page.getByRole('button', { name: 'Vista markmið' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Vistað í línu 2 á flipanum Goals.');
    expect(shownValues(emulator, 'Goals')![1]![3]).toBe('followers');
    expect(await problems(page)).toEqual([NO_TARGET]);

    // A Goals tab without its header row: the problem names the tab once, in Icelandic too.
    sheet.getRange('A1:J1').setValues([Array.from({ length: 10 }, (_, i) => `Dálkur ${i + 1}`)]);
    await page.reload();
    await page.locator('.goals li.error').waitFor();
    expect(await page.locator('.goals').textContent()).toBe(
      'Flipinn Goals: engin fyrirsagnalína með dálkunum Goal, Metric, Target í fyrstu 10 línunum',
    );
    expect(pageErrors).toEqual([]);
  });
});
