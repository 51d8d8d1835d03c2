/**
 * A throw-away WordPress for end-to-end tests, from Debian's packages: a private MariaDB
 * (its own datadir and socket, no network), a copy of /usr/share/wordpress with its own
 * wp-config.php, the plugin installed from the zip, one user per role, and PHP's built-in
 * server on loopback. Everything lives in one temporary folder, removed by `stop()`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';

const run = promisify(execFile);
const PHP_DIR = fileURLToPath(new URL('./php/', import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const THEMES_DIR = `${WORDPRESS}/wp-content/themes`;
export const THEMES = ['twentytwentythree', 'twentytwentyone'] as const;

export const INSTALL_HINT =
  'apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree ' +
  'wordpress-theme-twentytwentyone php-cli php-mysql mariadb-server';

/**
 * The files the site needs that are missing, each with its Debian package (`root`: where
 * the system is mounted, for tests of this check).
 */
export function missingPrerequisites(root = ''): string[] {
  const needs: Array<[string, string]> = [
    ['/usr/bin/php', 'php-cli'],
    ['/usr/bin/mariadb-install-db', 'mariadb-server'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    [`${WORDPRESS}/wp-load.php`, 'wordpress'],
    ...THEMES.map((t): [string, string] => [
      `${THEMES_DIR}/${t}/style.css`,
      `wordpress-theme-${t}`,
    ]),
  ];
  return needs
    .filter(([path]) => !existsSync(`${root}${path}`))
    .map(([path, pkg]) => `${path} (${pkg})`);
}

/** The error that says what is missing and the command that installs it. */
export function prerequisitesError(missing: readonly string[]): Error {
  return new Error(
    `The WordPress end-to-end tests need WordPress, PHP and MariaDB from Debian's packages; missing: ${missing.join(', ')}. Install them with: ${INSTALL_HINT}`,
  );
}

export interface PostSpec {
  readonly role: 'author' | 'contributor' | 'editor';
  readonly title: string;
  readonly content: string;
}

export interface PublishedPost {
  readonly title: string;
  readonly id: number;
  readonly url: string;
  /** The content as WordPress stored it, after the role's filtering. */
  readonly saved: string;
}

export interface WordPressSite {
  readonly url: string;
  /** The PHP error log: notices and warnings raised while serving. */
  readonly debugLog: string;
  publish(posts: readonly PostSpec[]): Promise<PublishedPost[]>;
  /** Runs one of test/php/*.php in the site (loading WordPress) and returns its JSON output. */
  php(script: string): Promise<unknown>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves when `ready()` holds, polling the child; rejects with its output if it exits. */
async function waitFor(
  child: ChildProcess,
  what: string,
  ready: () => Promise<boolean>,
): Promise<void> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${output}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];

async function startDatabase(dir: string): Promise<{ socket: string; process: ChildProcess }> {
  const datadir = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...asRoot,
  ]);
  const child = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      `--pid-file=${join(dir, 'db.pid')}`,
      ...asRoot,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitFor(child, 'mariadbd', async () => {
    if (!existsSync(socket)) return false;
    try {
      await run('mariadb', [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '-e',
        'CREATE DATABASE wordpress',
      ]);
      return true;
    } catch {
      return false;
    }
  });
  return { socket, process: child };
}

function wpConfig(root: string, socket: string, url: string, debugLog: string): string {
  const s = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${s(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', ${s(url)} );
define( 'WP_SITEURL', ${s(url)} );
define( 'WP_CONTENT_DIR', ${s(join(root, 'wp-content'))} );
define( 'WP_CONTENT_URL', ${s(`${url}/wp-content`)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${s(debugLog)} );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.1' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', ${s(`${root}/`)} );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Sets the site up with the plugin from `zip`. Throws, naming the Debian packages to
 * install, when WordPress, PHP or MariaDB is missing.
 */
export async function startWordPress(zip: Uint8Array): Promise<WordPressSite> {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw prerequisitesError(missing);
  const dir = mkdtempSync(join(tmpdir(), 'prim-wp-'));
  const children: ChildProcess[] = [];
  const groupLeaders = new Set<ChildProcess>();
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      // A detached child leads its own process group: end the group, the workers with it.
      if (child.pid !== undefined && groupLeaders.has(child)) process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
      await exited;
    }
    // PRIM_WP_KEEP=1 keeps the folder (database, site, debug.log) for a post-mortem.
    if (process.env.PRIM_WP_KEEP) console.log(`WordPress test site kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  try {
    const db = await startDatabase(dir);
    children.push(db.process);

    // A copy, not symlinks: WordPress finds wp-config.php next to the real wp-load.php.
    // Debian's relative links (underscore.js → /usr/share/javascript) become absolute.
    const root = join(dir, 'wordpress');
    cpSync(WORDPRESS, root, {
      recursive: true,
      filter: (src) => !src.startsWith(`${WORDPRESS}/wp-content`),
    });
    const content = join(root, 'wp-content');
    for (const sub of ['plugins', 'themes', 'mu-plugins', 'uploads'])
      mkdirSync(join(content, sub), { recursive: true });
    for (const theme of THEMES)
      symlinkSync(join(THEMES_DIR, theme), join(content, 'themes', theme));
    cpSync(join(PHP_DIR, 'theme-switch.php'), join(content, 'mu-plugins', 'theme-switch.php'));
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      const target = join(content, 'plugins', path);
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    for (const script of ['router.php', 'install.php', 'posts.php', 'json-uploads.php'])
      cpSync(join(PHP_DIR, script), join(root, script));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'debug.log');
    writeFileSync(join(root, 'wp-config.php'), wpConfig(root, db.socket, url, debugLog));
    await run('php', ['install.php'], { cwd: root });

    // Its own process group: the four workers it forks outlive a SIGTERM to it alone.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, 'router.php'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      detached: true,
    });
    children.push(server);
    groupLeaders.add(server);
    await waitFor(server, 'php -S', async () => {
      try {
        return (await fetch(`${url}/wp-includes/js/wp-embed.min.js`)).ok;
      } catch {
        return false;
      }
    });

    return {
      url,
      debugLog,
      stop,
      async php(script) {
        const { stdout } = await run('php', [script], { cwd: root, maxBuffer: 1 << 24 });
        return JSON.parse(stdout) as unknown;
      },
      async publish(posts) {
        const child = execFile('php', ['posts.php'], { cwd: root, maxBuffer: 1 << 24 });
        const result = new Promise<string>((resolve, reject) => {
          let out = '';
          let err = '';
          child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
          child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
          child.on('exit', (code) =>
            code === 0 ? resolve(out) : reject(new Error(`posts.php: ${err || out}`)),
          );
        });
        child.stdin?.end(JSON.stringify(posts));
        return JSON.parse(await result) as PublishedPost[];
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
