// `npm start`: the playground's HTTP server. Node's http module only; binds to localhost. The page
// (playground/public) renders state and forwards clicks; PlaygroundSession runs the real add-on.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sheetCsv, workbookXlsx } from './export';
import { PlaygroundSession, UserError } from './session';
import { stateView } from './view';

export interface ServerOptions {
  /** 0 picks a free port. Default 8787. */
  readonly port?: number;
  /** Repository root (build/ and playground/ below it); defaults to the parent of this file's folder. */
  readonly root?: string;
}

export interface PlaygroundServer {
  readonly url: string;
  readonly session: PlaygroundSession;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_BODY_BYTES = 20 * 1024 * 1024;
/** Files the page loads, relative to the repository root. */
const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'playground/public/index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'playground/public/app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'playground/public/style.css', type: 'text/css; charset=utf-8' },
  '/bridge.js': { file: 'playground/public/bridge.js', type: 'text/javascript; charset=utf-8' },
  // The emulator's google.script.run for the page side; bridge.js points it at this server.
  '/google-script-run.js': {
    file: 'emulator/client/google-script-run.js',
    type: 'text/javascript; charset=utf-8',
  },
};

type Body = Record<string, unknown>;
type Action = (session: PlaygroundSession, body: Body) => void;

const text = (body: Body, key: string): string => {
  const value = body[key];
  if (typeof value !== 'string') throw new UserError(`Missing "${key}".`);
  return value;
};
const whole = (body: Body, key: string): number => {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new UserError(`Missing "${key}".`);
  return value;
};

/** POST /api/<name>: each changes the workbook, then the page gets the whole state back. */
const ACTIONS: Readonly<Record<string, Action>> = {
  menu: (s, b) => s.clickMenu(text(b, 'handler')),
  cell: (s, b) => s.typeInto(text(b, 'sheet'), whole(b, 'row'), whole(b, 'col'), text(b, 'input')),
  paste: (s, b) => s.pasteTab(text(b, 'name'), text(b, 'text'), b.split !== false),
  activate: (s, b) => s.activate(text(b, 'sheet')),
  rename: (s, b) => s.rename(text(b, 'sheet'), text(b, 'name')),
  reset: (s) => s.reset(),
  'ui/close': (s, b) => s.close(b.kind === 'dialog' ? 'dialog' : 'sidebar'),
};

export async function startServer(options: ServerOptions = {}): Promise<PlaygroundServer> {
  const root = options.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const session = new PlaygroundSession({ root });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Only pages served from this address may drive the workbook (no DNS rebinding, no cross-site posts).
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== 'localhost' && host !== HOST) return send(res, 403, 'text/plain', 'Forbidden');
    const path = url.pathname;
    if (req.method === 'GET') {
      const asset = STATIC[path];
      if (asset) return send(res, 200, asset.type, await readFile(join(root, asset.file)));
      if (path === '/api/state') return json(res, 200, stateView(session));
      const shown = /^\/ui\/(\d+)$/.exec(path);
      if (shown) {
        const html = session.shownHtml(Number(shown[1]));
        if (html === null) return send(res, 404, 'text/plain', 'This sidebar or dialog is closed.');
        return send(res, 200, 'text/html; charset=utf-8', withBridge(html, session.functions));
      }
      if (path === '/api/export.csv') {
        const name = url.searchParams.get('sheet') ?? session.spreadsheet.active.name;
        const csv = sheetCsv(session.sheet(name));
        return download(res, 'text/csv; charset=utf-8', `${name}.csv`, `\ufeff${csv}`);
      }
      if (path === '/api/export.xlsx') {
        const xlsx = workbookXlsx(session.spreadsheet);
        return download(
          res,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${session.spreadsheet.name}.xlsx`,
          xlsx,
        );
      }
      return send(res, 404, 'text/plain', 'Not found');
    }
    if (req.method !== 'POST' || !path.startsWith('/api/'))
      return send(res, 405, 'text/plain', 'Method not allowed');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
      return json(res, 415, { error: 'Send JSON.' });
    const body = await readJson(req);
    if (path === '/api/run') {
      const args = Array.isArray(body.args) ? body.args : [];
      return json(res, 200, session.callFromHtml(text(body, 'name'), args));
    }
    const action = ACTIONS[path.slice('/api/'.length)];
    if (!action) return send(res, 404, 'text/plain', 'Not found');
    action(session, body);
    return json(res, 200, stateView(session));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof UserError)) console.error(error);
      if (!res.headersSent) json(res, error instanceof UserError ? 400 : 500, { error: message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The add-on's HTML with google.script.run bridged to this server, before any of its own scripts.
 * Stylesheets from the web (Google's add-on CSS) are dropped: the playground stays on localhost,
 * and the sidebar is built to look right without them.
 */
export function withBridge(html: string, functions: readonly string[]): string {
  const names = JSON.stringify(functions).replace(/</g, '\\u003c');
  const tags = `<script>window.__gsrFunctions=${names};</script><script src="/google-script-run.js"></script><script src="/bridge.js"></script>`;
  const local = html.replace(/<link\b[^>]*\bhref=["']?(?:https?:)?\/\/[^>]*>/gi, '');
  const head = /<head[^>]*>/i.exec(local);
  if (!head) return tags + local;
  const at = head.index + head[0].length;
  return local.slice(0, at) + tags + local.slice(at);
}

function readJson(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new UserError('That is more than the playground takes at once (20 MB).'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
        resolve(parsed as Body);
      } catch {
        reject(new UserError('The request was not valid JSON.'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function download(res: ServerResponse, type: string, filename: string, body: string | Buffer): void {
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'cache-control': 'no-store',
  });
  res.end(body);
}
