import path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * What build/Code.js is made of: src/server/index.ts bundled with scripts/build.mjs's own options plus a
 * metafile, grouped by folder. The registry stubs the build appends are taken from build/Code.js itself.
 */

export interface BundleAnalysis {
  /** True when this bundle is exactly the start of build/Code.js, so the analysis describes it. */
  readonly matchesBuild: boolean;
  /** Biggest folders first (node_modules/zod/v4/core → "zod/v4/core"), minified bytes in the output. */
  readonly contributors: readonly { readonly name: string; readonly bytes: number }[];
  readonly unminifiedBytes: number;
  /** The unminified bundle plus the same stubs, for the cold-evaluation comparison. */
  readonly unminifiedSource: string | null;
}

const CONTRIBUTORS = 12;

/** scripts/build.mjs's server options (bench/run.mjs passes them in), with a metafile and no writing. */
function serverBuild(options: esbuild.BuildOptions, minify: boolean) {
  return esbuild.build({ ...options, minify, write: false, metafile: true, logLevel: 'silent' });
}

function groupOf(input: string): string {
  const parts = input.split('/');
  const modules = parts.lastIndexOf('node_modules');
  if (modules >= 0) {
    const rest = parts.slice(modules + 1, -1);
    const name = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
    return [...name, ...rest.slice(name.length, name.length + 2)].join('/') || input;
  }
  return parts.length > 3 ? parts.slice(0, 3).join('/') : input;
}

export async function analyseServerBundle(
  root: string,
  options: esbuild.BuildOptions,
  codeJs: string,
): Promise<BundleAnalysis> {
  const [minified, plain] = await Promise.all([serverBuild(options, true), serverBuild(options, false)]);
  const text = minified.outputFiles[0]!.text;
  const matchesBuild = codeJs.startsWith(text);
  const output = Object.values(minified.metafile.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const file = path.relative(root, path.resolve(root, input)).split(path.sep).join('/');
    // Each catalogue (src/core/i18n/en.ts, is.ts) stays a line of its own: one table can outweigh a folder.
    const key = file.startsWith('src/core/i18n/') ? file : groupOf(file);
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  const contributors = [...groups]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, CONTRIBUTORS);
  const stubs = codeJs.slice(text.length);
  const unminified = `${plain.outputFiles[0]!.text}${stubs}`;
  return {
    matchesBuild,
    contributors,
    unminifiedBytes: Buffer.byteLength(unminified),
    unminifiedSource: matchesBuild ? unminified : null,
  };
}
