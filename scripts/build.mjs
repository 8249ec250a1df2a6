// Builds what clasp pushes (build/Code.js, build/appsscript.json, build/sidebar.html) and, with
// --docs, FUNCTIONS.md. Apps Script has no modules, so the server is one esbuild IIFE followed by
// one generated top-level stub per registry entry; esbuild drops comments, so the JSDoc Sheets shows
// in the formula helper is written here from the registry, after minification.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { renderFunctionsMarkdown, renderStubs } from './codegen.mjs';

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

async function bundleServer() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/server/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

async function buildSidebar() {
  const { buildSidebarHtml } = await import('./sidebar.mjs').catch(() => ({ buildSidebarHtml: null }));
  if (!buildSidebarHtml) return;
  await writeFile(join(out, 'sidebar.html'), await buildSidebarHtml(root));
}

export async function build() {
  await mkdir(out, { recursive: true });
  const [registry, bundle] = await Promise.all([loadRegistry(), bundleServer()]);
  const code = `${bundle}\n${renderStubs(registry, GLOBAL_NAME)}`;
  await writeFile(join(out, 'Code.js'), code);
  await copyFile(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  await buildSidebar();
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
