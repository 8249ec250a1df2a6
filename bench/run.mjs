// `npm run bench` (after `npm run build`): bundles bench/bench.ts — TypeScript importing src/core and the
// emulator — for Node with esbuild, then runs it with the build's own server options (for the size
// analysis). The bundle goes under node_modules/.cache so that its packages resolve from the project.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverBuildOptions } from '../scripts/build.mjs';
import { importTypeScript } from '../scripts/importTs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'smart-goals-bench', 'bench.mjs');
const { runBench } = await importTypeScript(join(root, 'bench', 'bench.ts'), outfile);
await runBench(root, serverBuildOptions);
