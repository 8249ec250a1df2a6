// Node 20 runs no TypeScript: bundle a TS entry (which may import src/core and the emulator) with
// esbuild into outfile, packages left external so they resolve from the project, and import it.

import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export async function importTypeScript(entry, outfile) {
  await mkdir(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
