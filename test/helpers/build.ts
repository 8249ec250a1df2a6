import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds build/Code.js and build/sidebar.html when either is missing, for tests that serve them. */
export async function ensureBuilt(): Promise<void> {
  if (['Code.js', 'sidebar.html'].every((file) => existsSync(path.join(repoRoot, 'build', file)))) return;
  const { build } = await import('../../scripts/build.mjs');
  await build();
}
