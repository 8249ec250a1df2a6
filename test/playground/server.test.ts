// The playground server over plain HTTP: what it serves, what it refuses, its downloads, and that
// `npm start` serves on $PORT, on localhost only, prints its address and stops cleanly on Ctrl-C.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlaygroundServer, startServer } from '../../playground/server';
import { ensureBuilt, repoRoot } from '../helpers/build';

const root = repoRoot;
let server: PlaygroundServer;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({ port: 0, root });
});

afterAll(async () => {
  await server?.close();
});

/** The parts of the page state and google.script.run replies these tests read. */
interface Reply {
  error?: string;
  addonName?: string;
  sidebar?: { id: number; width: number };
  ok?: boolean;
  value?: { goals: { rows: unknown[] } };
}
const json = async (response: Response | Promise<Response>) => (await (await response).json()) as Reply;

const post = (route: string, body: unknown) =>
  fetch(new URL(route, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

function rawRequest(
  route: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(route, server.url),
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Entries of a zip file, read from its central directory, each checked against its CRC. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** This machine's IPv4 addresses on its network interfaces (not loopback). */
const externalAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info && !info.internal && info.family === 'IPv4' ? [info.address] : []));

/** Whether a TCP connection to address:port is accepted. */
function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('playground server', () => {
  it('refuses requests addressed to another host and posts that are not JSON', async () => {
    expect(await rawRequest('/api/state', { headers: { host: 'attacker.example' } })).toBe(403);
    expect(
      await rawRequest('/api/reset', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      }),
    ).toBe(415);
    expect(await rawRequest('/api/state', {})).toBe(200);
  });

  it('answers a mistake with a message the page shows', async () => {
    const missing = await post('/api/activate', { sheet: 'Nope' });
    expect(missing.status).toBe(400);
    expect(await json(missing)).toEqual({ error: 'There is no tab named "Nope".' });
    const notInMenu = await post('/api/menu', { handler: 'sidebarLoad' });
    expect(notInMenu.status).toBe(400);
    const duplicate = await post('/api/paste', { name: 'goals', text: 'a,b\n1,2', split: true });
    expect(duplicate.status).toBe(400);
    expect((await json(duplicate)).error).toMatch(/already exists/);
  });

  it('downloads the Goals tab as the CSV it was pasted from', async () => {
    server.session.reset();
    const response = await fetch(new URL('/api/export.csv?sheet=Goals', server.url));
    expect(response.headers.get('content-disposition')).toContain('Goals.csv');
    const csv = (await response.text()).replace(/^\ufeff/, '');
    const source = readFileSync(path.join(root, 'playground', 'samples', 'goals.csv'), 'utf8');
    // Same text: dates show as typed (yyyy-mm-dd), "6%" keeps its percent format, quoted names stay quoted.
    expect(csv.replace(/\r\n/g, '\n')).toBe(source);
  });

  it('downloads the workbook as an .xlsx package with every tab', async () => {
    server.session.reset();
    const response = await fetch(new URL('/api/export.xlsx', server.url));
    const files = unzip(Buffer.from(await response.arrayBuffer()));
    const tabs = server.session.spreadsheet.sheets.map((sheet) => sheet.name);
    expect(tabs).toHaveLength(11);
    for (let i = 1; i <= tabs.length; i++) expect(files.has(`xl/worksheets/sheet${i}.xml`)).toBe(true);
    const workbook = files.get('xl/workbook.xml')!;
    expect([...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1])).toEqual(tabs);
    const goals = files.get(`xl/worksheets/sheet${tabs.indexOf('Goals') + 1}.xml`)!;
    expect(goals).toContain('<t xml:space="preserve">50,000 website sessions by year end</t>');
    // 2026-07-01 is day 46204 counted from 1899-12-30.
    expect(goals).toMatch(/<c r="G2" s="\d+"><v>46204<\/v><\/c>/);
    expect(files.get('xl/styles.xml')).toContain('formatCode="yyyy-mm-dd"');
  });

  it('serves the sidebar with google.script.run bridged to it and no stylesheet from the web', async () => {
    server.session.reset();
    const state = await json(post('/api/menu', { handler: 'showSidebar' }));
    expect(state.sidebar?.width).toBe(300);
    const html = await (await fetch(new URL(`/ui/${state.sidebar?.id}`, server.url))).text();
    // First thing in <head>, so the shim exists before the sidebar's own script runs.
    expect(html).toMatch(
      /<head>\s*<script>window\.__gsrFunctions=\[[^\]]*"sidebarSaveGoal"[^\]]*\];<\/script><script src="\/google-script-run\.js"><\/script><script src="\/bridge\.js"><\/script>/,
    );
    expect(html).not.toMatch(/<link[^>]+https:\/\//);
    // A closed sidebar's page is gone.
    await post('/api/ui/close', { kind: 'sidebar' });
    expect((await fetch(new URL(`/ui/${state.sidebar?.id}`, server.url))).status).toBe(404);
  });

  it('runs google.script.run calls under Apps Script rules', async () => {
    server.session.reset();
    const loaded = await json(post('/api/run', { name: 'sidebarLoad', args: [] }));
    expect(loaded.ok).toBe(true);
    // The eight goals of playground/samples/goals.csv, read by the real endpoint.
    expect(loaded.value?.goals.rows).toHaveLength(8);
    const missing = await json(post('/api/run', { name: 'doesNotExist', args: [] }));
    expect(missing).toEqual({
      ok: false,
      error: { name: 'ScriptError', message: 'Script function not found: doesNotExist' },
    });
  });

  it('`npm start` serves on $PORT, on localhost only, prints its address and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(root, 'playground', 'start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/localhost:\d+\//.exec(output);
        if (match) resolve(match[0]);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    expect(url).toBe(`http://localhost:${port}/`);
    const state = await json(fetch(new URL('/api/state', url)));
    expect(state.addonName).toBe('SMART goals');
    // Bound to 127.0.0.1: another loopback address and the machine's own network addresses are refused.
    for (const address of ['127.0.0.2', ...externalAddresses()])
      expect(await connects(address, port), address).toBe(false);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(new URL('/api/state', url))).rejects.toThrow();
  });
});
