// Issue 2's foundation requirements that no other test pinned: the layout DEVELOPERS.md describes, the
// manifest, the committed .clasp.json and the README's clasp steps (run offline, as far as they go
// without a Google login), and onInstall.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle, runGlobal } from '../../emulator';
import { ensureBuilt, repoRoot } from '../helpers/build';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

describe('DEVELOPERS.md', () => {
  it('describes the layout as it is: every path in its table exists (build/ once built)', async () => {
    await ensureBuilt();
    const table = read('DEVELOPERS.md').split('## Rules')[0]!;
    const paths = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`([^`]+)`/g)].map((p) => p[1]!),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['src/core/', 'src/server/', 'src/sidebar/', 'src/registry/']),
    );
    for (const file of paths) expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
  });
});

describe('package.json', () => {
  it('pins every package to an exact version', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string> | undefined>;
    const versions = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(versions).length).toBeGreaterThan(5);
    for (const [name, version] of Object.entries(versions)) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('appsscript.json', () => {
  it('runs on V8 in a time zone with exactly the two scopes, and ships as written', async () => {
    await ensureBuilt();
    const manifest = JSON.parse(read('appsscript.json')) as Record<string, unknown>;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(Intl.DateTimeFormat(undefined, { timeZone: manifest.timeZone as string })).toBeDefined();
    expect([...(manifest.oauthScopes as string[])].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(read('build/appsscript.json')).toBe(read('appsscript.json'));
  });
});

describe('.clasp.json and the README deploy steps', () => {
  it('commits a placeholder scriptId with rootDir build, and the README names the placeholder', () => {
    const clasp = JSON.parse(read('.clasp.json')) as { scriptId: string; rootDir: string };
    expect(clasp.rootDir).toBe('build');
    expect(read('README.md')).toContain(clasp.scriptId);
    // clasp pushes only what the build makes.
    expect(
      read('.claspignore')
        .split('\n')
        .filter((line) => line.startsWith('!')),
    ).toEqual(['!Code.js', '!sidebar.html', '!help.html', '!help-is.html', '!appsscript.json']);
  });

  it("step 2's commands get clasp past its project check in a checkout (only the login is missing)", () => {
    const readme = read('README.md');
    const step = /^2\. (.*(?:\n {3}.*)*)/m.exec(readme.slice(readme.indexOf('## Deploying')))?.[1] ?? '';
    const commands = [...step.matchAll(/`((?:rm|npx clasp) [^`]*)`/g)].map((m) => m[1]!);
    expect(commands.some((c) => c.startsWith('npx clasp create-script'))).toBe(true);
    // A fresh checkout's files, this repo's node_modules, and a home with no clasp credentials.
    const dir = mkdtempSync(path.join(tmpdir(), 'deploy-steps-'));
    try {
      for (const file of ['.clasp.json', '.claspignore', 'package.json'])
        cpSync(path.join(repoRoot, file), path.join(dir, file));
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
      const env = { ...process.env, HOME: dir, npm_config_offline: 'true', CI: '1' };
      let output = '';
      for (const command of commands) {
        const run = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
        output += run.stdout + run.stderr;
      }
      expect(output).not.toContain('Project file already exists');
      expect(output).toContain('No credentials found');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('onInstall', () => {
  beforeAll(async () => {
    await ensureBuilt();
  });

  it('builds the same add-on menu as onOpen, in AuthMode.NONE, touching nothing else', () => {
    const code = path.join(repoRoot, 'build', 'Code.js');
    const opened = createEmulator({ userLocale: 'is' });
    runGlobal(opened, loadBundle(code, opened), 'onOpen', { authMode: 'NONE' });
    const installed = createEmulator({ userLocale: 'is' });
    runGlobal(installed, loadBundle(code, installed), 'onInstall', { authMode: 'NONE' });
    expect(installed.ui.addonMenu?.items.length).toBeGreaterThan(0);
    expect(installed.ui.addonMenu).toEqual(opened.ui.addonMenu);
    expect(installed.calls.countOf('Spreadsheet.') + installed.calls.countOf('Range.')).toBe(0);
  });
});

describe("README's first screen (issue 5)", () => {
  it('shows npm ci and npm start, and a screenshot of the playground that exists', () => {
    const firstScreen = read('README.md').split('\n').slice(0, 30).join('\n');
    expect(firstScreen).toMatch(/^npm ci\b/m);
    expect(firstScreen).toMatch(/^npm start\b/m);
    const image = /!\[[^\]]*\]\(([^)]+\.png)\)/.exec(firstScreen)?.[1];
    expect(image).toBeDefined();
    // A PNG file: its signature, and a width of at least 1,000 pixels (the IHDR chunk).
    const png = readFileSync(path.join(repoRoot, image!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
  });
});
