// A real WordPress for the plugin's tests, started and stopped by the test: Debian's
// wordpress package (/usr/share/wordpress, PHP 8.2) served by PHP's built-in server, MariaDB
// in a temporary data directory, the plugin from dist/wordpress/botox-guide. Installed and
// set up by install.php with WordPress's own functions; no network.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

const HERE = resolve('e2e/wordpress');
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';

export const wordpressAvailable = () => existsSync('/usr/share/wordpress/wp-load.php') && existsSync('/usr/sbin/mariadbd');

const freePort = () => new Promise((done) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => done(port)); }); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A gettext catalogue with only its header (one entry: "" → the header). */
function emptyCatalogue(locale) {
  const header = Buffer.from(`Language: ${locale}\nContent-Type: text/plain; charset=UTF-8\n`);
  const words = [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, header.length, 45];
  const out = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => out.writeUInt32LE(w, i * 4));
  return Buffer.concat([out, Buffer.from([0]), header, Buffer.from([0])]);
}

export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'botox-guide-wp-'));
  const sock = join(dir, 'mysqld.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
  const db = spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${dir}/db.pid`, `--log-error=${dir}/db.log`], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try { execFileSync('mariadb', [`--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' }); break; } catch (e) {
      if (i > 100) throw new Error(`MariaDB did not start (${dir}/db.log)`);
      await sleep(200);
    }
  }
  const content = join(dir, 'content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync('/usr/share/wordpress/wp-content/themes', join(content, 'themes'));
  cpSync(resolve('dist/wordpress/botox-guide'), join(content, 'plugins', 'botox-guide'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(CONFIG, `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${sock}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_DEBUG', false); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
${keys.map((k) => `define('${k}', 'botox-guide-test-${k}');`).join(' ')}
`);
  const php = spawn('php', ['-d', 'display_errors=0', '-S', `127.0.0.1:${port}`, join(HERE, 'router.php')], { cwd: '/usr/share/wordpress', env: { ...process.env, BOTOX_WP_CONTENT: content }, stdio: 'ignore' });
  const wp = (...args) => execFileSync('php', ['-d', 'display_errors=0', join(HERE, 'install.php'), url, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); // (stderr: wp_install's mail, no sendmail here)
  wp('install');
  for (let i = 0; ; i++) {
    const up = await fetch(url + '/').then((r) => r.ok, () => false);
    if (up) break;
    if (i > 100) throw new Error('WordPress did not answer');
    await sleep(100);
  }
  return {
    url, wp,
    /** The site's language (WordPress keeps a WPLANG only if the language is installed: an
     *  empty catalogue in wp-content/languages stands in for the core pack, whose strings
     *  the plugin does not use); '' for English. */
    language(locale) {
      mkdirSync(join(content, 'languages'), { recursive: true });
      if (locale) writeFileSync(join(content, 'languages', `${locale}.mo`), emptyCatalogue(locale));
      return wp('set', 'WPLANG', locale);
    },
    /** Take the plugin's folder away (to install it again through the admin). */
    removePlugin() { rmSync(join(content, 'plugins', 'botox-guide'), { recursive: true, force: true }); },
    /** A published page with `content`; its address. */
    page(slug, body) { const f = join(dir, `${slug}.txt`); writeFileSync(f, body); return wp('page', slug, f); },
    async close() {
      php.kill(); db.kill();
      await sleep(300);
      rmSync(CONFIG, { force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
