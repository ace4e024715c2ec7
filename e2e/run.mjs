// `pnpm test:e2e`: end-to-end journeys in headless Debian Chromium against the real server.
// 1. makes sure Chromium and CJK fonts are installed (apt-get, as root) — nothing downloads a browser of its own;
// 2. builds the web app; 3. starts the server on a free port with a fresh embedded database;
// 4. runs e2e/*.e2e.ts with Node's test runner; 5. stops the server.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const say = (line) => console.log(`[e2e] ${line}`);

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const hasFonts = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
  if (fs.existsSync(chromium) && hasFonts()) return chromium;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
    console.error(
      `[e2e] 缺少 Chromium 或中文字体，且无法自动安装（需要 root 和 apt-get）。请安装 Debian 软件包 chromium 与 fonts-noto-cjk，或设置 CHROMIUM_PATH。\n` +
        `[e2e] Chromium or CJK fonts are missing and cannot be installed automatically (needs root and apt-get). Install the Debian packages chromium and fonts-noto-cjk, or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  say('installing chromium and fonts-noto-cjk with apt-get (first run only)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return chromium;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${url}/healthz within ${seconds} s`);
}

const chromium = ensureChromium();
say('building the web app…');
execFileSync(bin('turbo'), ['run', 'build', '--filter=@sanxiang/web', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });

const port = Number(process.env.E2E_PORT) || (await freePort());
const baseUrl = `http://localhost:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanxiang-e2e-'));
const outputDir = path.join(here, 'output');
fs.mkdirSync(outputDir, { recursive: true });
const serverLog = fs.openSync(path.join(outputDir, 'server.log'), 'w');

say(`starting the server on ${baseUrl} with a fresh embedded database in ${dataDir}`);
const server = spawn(bin('tsx'), [path.join(root, 'apps/server/src/main.ts')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: 'localhost', SANXIANG_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' },
  stdio: ['ignore', serverLog, serverLog],
});

let status = 1;
try {
  const health = await waitForHealth(baseUrl, server, 120);
  say(`server ready: ${JSON.stringify(health)}`);
  const files = fs.readdirSync(here).filter((name) => name.endsWith('.e2e.ts')).map((name) => path.join(here, name));
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_OUTPUT: outputDir, CHROMIUM_PATH: chromium },
  });
  process.stdout.write(result.stdout);
  status = result.status ?? 1;
  // The counts join the repository-wide total that scripts/run-tests.mjs prints.
  const count = (label) => Number(result.stdout.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const results = path.join(root, '.test-results');
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'e2e.json'), JSON.stringify({ passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') }));
} catch (error) {
  console.error(`[e2e] ${error.message}; see ${path.join(outputDir, 'server.log')}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (server.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
say(`screenshots and the server log are in ${outputDir}`);
process.exit(status);
