// The production server (scripts/serve.sh: nginx with deploy/nginx.conf), one per folder
// served, each on the port it is given. The baselines get the .br and .gz copies a release
// has (scripts/release.mjs makes dist's), so that every page is sent compressed the same way.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { COMPRESSIBLE, precompress } from '../../scripts/precompress.mjs';
import { ROOT } from './config.mjs';

const servers = [];

// FILE.gz and FILE.br beside every compressible file under `dir`.
export function precompressTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && COMPRESSIBLE.test(entry.name)) precompress(path.join(entry.parentPath ?? entry.path, entry.name));
  }
}

// Starts a server for `dir` on 127.0.0.1:`port` and resolves to its base URL once it answers.
export async function serve(dir, port) {
  const child = spawn(path.join(ROOT, 'scripts', 'serve.sh'), ['--port', String(port), '--dir', dir],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.sh --dir ${dir} exited with ${child.exitCode}`);
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return base;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`scripts/serve.sh --dir ${dir}: nothing on ${base}`);
}

export function stopServers() {
  for (const child of servers) if (child.exitCode === null) child.kill('SIGTERM');
}
// nginx runs in the foreground as a child: it goes when the benchmark ends, however it ends.
process.on('exit', stopServers);
