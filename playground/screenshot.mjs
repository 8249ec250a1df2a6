// Regenerates docs/playground.png, the README's picture: the playground right after
// Extensions → SMART goals → Build progress tab. Run `node scripts/build.mjs` first.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadServerModule, root } from './start.mjs';

const { startServer } = await loadServerModule();
const server = await startServer({ port: 0, root });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(server.url);
  await page.locator('td[data-cell="A1"]').waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'SMART goals' }).hover();
  await page.getByRole('menuitem', { name: 'Build progress tab' }).click();
  await page.locator('.tab[aria-selected="true"]', { hasText: 'Progress' }).waitFor();
  await page.locator('.toast').waitFor();
  await mkdir(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs', 'playground.png') });
  console.log('wrote docs/playground.png');
} finally {
  await browser.close();
  await server.close();
}
