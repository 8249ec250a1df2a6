// build/sidebar.html: the sidebar client bundled by esbuild and inlined with its CSS into one
// self-contained page, as HtmlService.createHtmlOutputFromFile('sidebar') serves it. Google's add-on
// stylesheet is linked for the familiar look; the inlined CSS carries that look when it does not load.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const ADDON_STYLESHEET = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

/** The page's title; HtmlService replaces it with the sidebar title the server sets. */
const TITLE = 'SMART goals';

export async function buildSidebarHtml(root) {
  const [script, css] = await Promise.all([
    esbuild.build({
      entryPoints: [join(root, 'src/sidebar/main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      minify: true,
      legalComments: 'none',
      charset: 'utf8', // Icelandic letters as they are, not as \u escapes: the file is served as UTF-8
      write: false,
      logLevel: 'warning',
    }),
    esbuild.transform(await readFile(join(root, 'src/sidebar/sidebar.css'), 'utf8'), {
      loader: 'css',
      minify: true,
    }),
  ]);
  // "</script" or "</style" inside inlined code would end the element early.
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = css.code.replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html><head>',
    '<meta charset="utf-8">',
    '<base target="_top">',
    `<title>${TITLE}</title>`,
    `<link rel="stylesheet" href="${ADDON_STYLESHEET}">`,
    `<style>${style}</style>`,
    '</head><body>',
    '<div id="app" class="sidebar" aria-busy="true"></div>',
    `<script>${js}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
