// `npm start` (after `node scripts/build.mjs`): bundles the TypeScript playground server with
// esbuild (Node runs no TypeScript) and serves http://localhost:8787, or $PORT. Ctrl-C stops it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from '../scripts/importTs.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** playground/server.ts as Node can run it: bundled into build/playground/, packages left external. */
export function loadServerModule() {
  return importTypeScript(
    join(root, 'playground', 'server.ts'),
    join(root, 'build', 'playground', 'server.mjs'),
  );
}

async function main() {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 8787 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const { startServer } = await loadServerModule();
  const server = await startServer({ port, root }).catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8788 npm start.` : error);
    process.exit(1);
  });
  console.log(`SMART goals playground: ${server.url}  (Ctrl-C to stop)`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      server.close().then(() => process.exit(0));
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
