import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, pasteCsv, runFromSidebar, runGlobal } from '../../emulator';
import { build } from '../../scripts/build.mjs';

/**
 * No goal text is interpreted as HTML in the sidebar. The page itself renders names as text nodes:
 * test/sidebar/sidebar.browser.test.ts types `<img src=x onerror=alert(1)>` as a goal name in real
 * Chromium and checks it shows as those characters with no <img> created. Here the other half, for goals
 * already stored in the Goals tab: the server never puts their text into the page's HTML (the sidebar
 * is the built file byte for byte), hands it over as plain data, and the built page script has no way
 * to turn a string into markup.
 */

const repoRoot = path.join(__dirname, '..', '..');
const INJECTIONS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("javascript:alert(1)","x")',
];
let bundle = '';
let page = '';
beforeAll(async () => {
  await build();
  bundle = readFileSync(path.join(repoRoot, 'build', 'Code.js'), 'utf8');
  page = readFileSync(path.join(repoRoot, 'build', 'sidebar.html'), 'utf8');
});

function withStoredGoals() {
  const emulator = createEmulator({ sheets: ['Goals'], htmlDir: path.join(repoRoot, 'build') });
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = INJECTIONS.map((name, i) =>
    // Every other one is invalid (no target), so both kinds of stored row are listed.
    [quoted(name), 'X', 'impressions', '0', i % 2 ? '' : '1000', '2026-07-01', '2026-12-31'].join(','),
  );
  pasteCsv(
    emulator.sheet('Goals'),
    ['Goal,Platform,Metric,Baseline,Target,Start,Deadline', ...rows].join('\n'),
    {
      split: true,
    },
  );
  return { emulator, context: loadBundle(bundle, emulator) };
}

describe('goal text in the sidebar', () => {
  it('is never written into the page: the sidebar served is build/sidebar.html as built', () => {
    const { emulator, context } = withStoredGoals();
    runGlobal(emulator, context, 'showSidebar');
    expect(emulator.ui.sidebar?.content).toBe(page);
    for (const text of INJECTIONS) expect(page).not.toContain(text);
  });

  it('reaches the page as data, exactly as stored', () => {
    const { emulator, context } = withStoredGoals();
    const state = runFromSidebar(emulator, context, 'sidebarLoad') as {
      goals: { rows: { goal: { goal: string } | null; text?: { goal: string } }[] };
    };
    const names = state.goals.rows.map((row) => row.goal?.goal ?? row.text?.goal);
    expect(names).toEqual(INJECTIONS);
  });

  it('cannot become markup: the page script never parses HTML from strings', () => {
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
    expect(scripts.length).toBeGreaterThan(1000);
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'createContextualFragment',
      'DOMParser',
      'srcdoc',
    ])
      expect(scripts, sink).not.toContain(sink);
  });
});
