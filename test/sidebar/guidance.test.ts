// Issue 4 requirements no other test pinned: each goal category explains itself and suggests the metrics
// metrics.md names for it; the platform list ends with All; the pace field says when to pick compound;
// a deadline past 18 months shows a warning; a stored goal that fails validation is listed with why.
// In real Chromium against the built sidebar and server (test/sidebar/harness.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pasteCsv } from '../../emulator';
import * as en from '../../src/core/i18n/en';
import { findMetric } from '../../src/core/metrics/catalogue';
import { CATEGORY_METRICS } from '../../src/core/sidebar/categories';
import { launchChromium } from '../helpers/chromium';
import { openSidebar, type SidebarHarness } from './harness';

/**
 * For each of the nine goals, metrics that ../shared/reference/metrics.md lists for it and exports carry
 * (customer service's response time and satisfaction are in no export, so it has none here).
 */
const FROM_METRICS_MD: Record<string, readonly string[]> = {
  'Brand awareness': ['impressions', 'reach'],
  'Brand reputation': ['mentions'],
  'Website traffic': ['sessions', 'sign-ups'],
  Engagement: ['engagement rate'],
  Conversions: ['conversion rate', 'click-through rate', 'bounce rate'],
  Leads: ['leads'],
  'Customer service': [],
  'Social listening': ['mentions'],
  Recruiting: ['applicants'],
};

describe('the suggested metrics of each goal category', () => {
  it('cover the nine goals, include what metrics.md names, and are metrics the add-on measures', () => {
    expect(Object.keys(CATEGORY_METRICS).sort()).toEqual(Object.keys(FROM_METRICS_MD).sort());
    for (const [category, metrics] of Object.entries(CATEGORY_METRICS)) {
      expect(metrics, category).toEqual(expect.arrayContaining([...FROM_METRICS_MD[category]!]));
      for (const metric of metrics) expect(findMetric(metric)?.name, `${category}: ${metric}`).toBe(metric);
    }
  });
});

let browser: Browser;
let harness: SidebarHarness;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await harness?.page.close();
  await browser?.close();
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const t = en.sidebar;

describe('the sidebar form', () => {
  it('explains categories, suggests metrics, ends platforms with All, guides pace and far deadlines', async () => {
    harness = await openSidebar(browser);
    const { page, emulator, pageErrors } = harness;
    // A stored goal whose target is not a number, beside a valid one.
    pasteCsv(
      emulator.spreadsheet.insertSheet('Goals'),
      [
        'Goal,Platform,Metric,Baseline,Target,Start,Deadline',
        'Fine,X,impressions,0,1000,2026-07-01,2026-12-31',
        'Broken,X,impressions,0,lots,2026-07-01,2026-12-31',
      ].join('\n'),
      { split: true },
    );
    await page.reload();
    await page.locator('.goal').nth(1).waitFor();
    const broken = page.locator('.goal', { hasText: 'Broken' });
    expect(await broken.locator('.field-error').textContent()).toMatch(
      /^Needs fixing: Goals row 3, column E \(Target\): /,
    );

    for (const category of Object.keys(CATEGORY_METRICS) as (keyof typeof CATEGORY_METRICS)[]) {
      await field(page, t['sidebar.field.category']).selectOption(category);
      const help = t[`sidebar.categoryHelp.${category}`];
      expect(help.length, category).toBeGreaterThan(20);
      expect(await page.getByText(help, { exact: true }).isVisible(), category).toBe(true);
      const suggested = await field(page, t['sidebar.field.metric'])
        .locator(`optgroup[label="${t['sidebar.metric.suggested']}"] option`)
        .evaluateAll((options) => options.map((o) => o.getAttribute('value')));
      expect(suggested, category).toEqual([...CATEGORY_METRICS[category]]);
    }

    const platforms = await field(page, t['sidebar.field.platform'])
      .locator('option')
      .evaluateAll((options) => options.map((o) => o.textContent));
    expect(platforms.at(-1)).toBe(t['sidebar.platform.all']);

    const paceHint = page.locator('fieldset.pace .hint');
    expect(await paceHint.textContent()).toBe(t['sidebar.hint.pace']);
    expect(t['sidebar.hint.pace']).toMatch(/compound/i);

    const warning = page.getByText(t['sidebar.deadline.far'], { exact: true });
    await field(page, t['sidebar.field.start']).fill('9/1/2026');
    await field(page, t['sidebar.field.deadline']).fill('3/2/2028'); // 18 months and a day
    await expect.poll(() => warning.isVisible()).toBe(true);
    await field(page, t['sidebar.field.deadline']).fill('3/1/2028'); // exactly 18 months
    await expect.poll(() => warning.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
