// Builds what clasp pushes (build/Code.js, build/appsscript.json, build/sidebar.html,
// build/help.html, build/help-is.html) and, with --docs, FUNCTIONS.md. Apps Script has no modules,
// so the server is one esbuild IIFE followed by one generated top-level stub per registry entry;
// esbuild drops comments, so the JSDoc Sheets shows in the formula helper is written here from the
// registry, after minification.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { renderFunctionReference, renderFunctionsMarkdown, renderStubs } from './codegen.mjs';
import { buildSidebarHtml } from './sidebar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const GLOBAL_NAME = 'App';

/** Loads src/registry as plain data (it holds no code, only names and docs). */
export async function loadRegistry() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/registry/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const source = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return mod.registry;
}

/** esbuild's options for the server bundle, exported so that measuring it (bench/) bundles the same. */
export const serverBuildOptions = {
  entryPoints: [join(root, 'src/server/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL_NAME,
  target: 'es2019',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8', // Icelandic letters as they are, not as \u escapes: Apps Script files are UTF-8
  write: false,
  logLevel: 'warning',
};

async function bundleServer() {
  const result = await esbuild.build(serverBuildOptions);
  return result.outputFiles[0].text;
}

/**
 * Writes build/NAME whole or not at all: tests read build/ while another test file rebuilds it, and
 * a reader must never see a half-written file. The temporary name is unique to this write, so two
 * builds at once do not mix their halves either; rename within one folder replaces atomically.
 */
async function writeOutput(name, text) {
  const temporary = join(out, `.${name}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, join(out, name));
  } finally {
    await rm(temporary, { force: true });
  }
}

export async function build() {
  await mkdir(out, { recursive: true });
  // Everything is computed before anything is written: a failing step leaves build/ as it was.
  const [registry, bundle, sidebar, manifest] = await Promise.all([
    loadRegistry(),
    bundleServer(),
    buildSidebarHtml(root),
    readFile(join(root, 'appsscript.json'), 'utf8'),
  ]);
  const code = `${bundle}\n${renderStubs(registry, GLOBAL_NAME)}`;
  await Promise.all([
    writeOutput('Code.js', code),
    writeOutput('sidebar.html', sidebar),
    // The Function reference in English and Icelandic; src/server/help.ts opens one by the user's locale.
    writeOutput('help.html', renderFunctionReference(registry, 'en')),
    writeOutput('help-is.html', renderFunctionReference(registry, 'is')),
    writeOutput('appsscript.json', manifest),
  ]);
  return { registry, codeBytes: Buffer.byteLength(code) };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { registry, codeBytes } = await build();
  if (process.argv.includes('--docs')) {
    await writeFile(join(root, 'FUNCTIONS.md'), renderFunctionsMarkdown(registry));
    console.log('wrote FUNCTIONS.md');
  }
  console.log(`build/Code.js ${codeBytes} bytes, ${registry.length} globals`);
}
