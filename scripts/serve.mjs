#!/usr/bin/env node
// A small static file server for the built app: `node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]
// [--base /] [--dir dist]`. It serves dist/ under any base path, the way a plain static host would,
// with no rewrite rules (the app uses hash routing). Used by `npm start` and by the e2e tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The security headers every response carries. The page's meta tag holds the same policy for hosts
 * that cannot set headers, but only a header can carry `frame-ancestors` (no framing of the app).
 * README.md ("Hosting") gives these headers for nginx, Apache and IIS; keep the three in step.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the app never uses, denied to it and to anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers sent with every response, whatever its status. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

/** Reads `--name value` options. */
function option(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

/** Normalises a base path to start and end with a slash. */
function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Starts the server and resolves with its URL.
 * @param {{ dir?: string, base?: string, port?: number, host?: string, quiet?: boolean }} options
 */
export function serve({ dir = 'dist', base = '/', port = 4173, host = '127.0.0.1', quiet = false } = {}) {
  const root = resolve(dir);
  const basePath = normaliseBase(base);
  const server = createServer(async (request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === basePath.slice(0, -1)) {
      response.writeHead(301, { Location: basePath }).end();
      return;
    }
    if (!pathname.startsWith(basePath)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const relative = pathname.slice(basePath.length) || 'index.html';
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      const type = types[extname(target)] ?? 'application/octet-stream';
      const revalidate = /(?:index\.html|sw\.js|\.webmanifest|scenarios\/.*)$/.test(target);
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': revalidate ? 'no-cache' : 'public, max-age=31536000, immutable',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const urlText = `http://${host}:${actualPort}${basePath}`;
      if (!quiet) console.log(`Serving ${dir}/ at ${urlText}  (press Ctrl+C to stop)`);
      resolvePromise({ url: urlText, server });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  serve({
    dir: option(args, 'dir', 'dist'),
    base: option(args, 'base', '/'),
    port: Number(option(args, 'port', process.env.PORT ?? '4173')),
    host: option(args, 'host', '127.0.0.1'),
  }).catch((error) => {
    console.error(`Could not start the server: ${error.message}`);
    process.exit(1);
  });
}
