// `npm run bench` (after `npm run build`): bundles bench/bench.ts — TypeScript importing src/core and the
// emulator — for Node with esbuild, then runs it with the build's own server options (for the size
// analysis). The bundle goes under node_modules/.cache so that its one external import (esbuild)
// resolves from the project.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { serverBuildOptions } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'smart-goals-bench', 'bench.mjs');

await mkdir(dirname(outfile), { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['esbuild'],
  outfile,
  logLevel: 'warning',
});
const { runBench } = await import(pathToFileURL(outfile).href);
await runBench(root, serverBuildOptions);
