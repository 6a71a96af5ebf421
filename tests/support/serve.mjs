// The one static server of the tests and the benchmark: sirv (the server scripts/serve.sh runs)
// on 127.0.0.1 at a free port, behind a few options the callers need:
//   pages       { '/path': html | (url) => html }: pages made on request (a demo page with a
//               test's attributes, a blank page for timings), sent as text/html, no-store
//   headers     (pathname) => extra response headers (a test's CORS or CORP headers)
//   mounts      { '/prefix': dir }: more folders, each under its prefix (the benchmark's peers)
//   cache       'no-store' (default: every request read from disk, as a test changes files) or
//               'revalidate' (Last-Modified with 304 on If-Modified-Since and no Cache-Control, as
//               a plain static server sends; a `/no-store/` prefix serves the same files no-store)
//   precompressed  true: the build's .br and .gz beside a file are sent with Content-Encoding
//               (off by default: a test that changes a copy of dist/ must get the changed bytes)
//   log         an array that gets { method, path, referer } per request as it arrives, and
//               { status, bytes, encoding } once it is answered
// Content types are tests/support/mime.mjs's (application/wasm for streaming compilation).
// A test that must hold back or fail one file does it in the browser (helpers.mjs's hold(),
// page.route), not here.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { MIME } from './mime.mjs';

/** Serves `dir` (null: only `pages` and `mounts`); resolves to `{ origin, url(pathname), close() }`. */
export async function serve(
  dir,
  { pages = {}, headers = () => ({}), mounts = {}, cache = 'no-store', precompressed = false, log = null } = {},
) {
  const revalidate = cache === 'revalidate';
  /** A folder's handler; `lastModified`: a plain server's caching (Last-Modified, 304) instead of no-store. */
  const handler = (root, lastModified) => {
    const files = sirv(root, {
      dev: true,
      brotli: precompressed,
      gzip: precompressed,
      extensions: ['html'],
      setHeaders(res, pathname) {
        // A folder's or an extensionless name is its index.html or <name>.html (sirv's `extensions`).
        const type = MIME[path.extname(pathname) || '.html'];
        if (type) res.setHeader('Content-Type', type);
        for (const [name, value] of Object.entries(headers(pathname))) res.setHeader(name, value);
      },
    });
    return (req, res, pathname) => {
      if (lastModified) {
        let file;
        try {
          file = path.join(root, decodeURIComponent(pathname));
        } catch {
          res.writeHead(400).end();
          return;
        }
        const stat = fs.statSync(file.endsWith(path.sep) ? path.join(file, 'index.html') : file, { throwIfNoEntry: false });
        const since = Date.parse(req.headers['if-modified-since'] ?? '');
        if (stat?.isFile() && Number.isFinite(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since) {
          res.writeHead(304, { 'last-modified': stat.mtime.toUTCString(), ...headers(pathname) }).end();
          return;
        }
        // sirv's dev mode (files read on each request) writes `Cache-Control: no-store`: a plain
        // server sends none, and the browser keeps the file by its Last-Modified.
        const writeHead = res.writeHead.bind(res);
        res.writeHead = (status, head) =>
          writeHead(status, head && Object.fromEntries(Object.entries(head).filter(([k]) => k.toLowerCase() !== 'cache-control')));
      }
      req.url = pathname;
      files(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
    };
  };
  const roots = Object.entries(mounts).map(([prefix, root]) => [prefix.replace(/\/$/, ''), handler(path.resolve(root), revalidate)]);
  const notFound = (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  const main = dir === null ? notFound : handler(path.resolve(dir), revalidate);
  const noStore = dir === null ? notFound : handler(path.resolve(dir), false);

  // Request lines up to 1 MB: a test opens a link with 30,000 parameters (Node's default is 16 KB).
  const server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (log) {
      // Logged as it arrives (a request counts though its answer is still on its way), completed once sent.
      const entry = { method: req.method, path: url.pathname, referer: req.headers.referer ?? '' };
      log.push(entry);
      res.on('finish', () =>
        Object.assign(entry, {
          status: res.statusCode,
          bytes: Number(res.getHeader('content-length') ?? 0),
          encoding: res.getHeader('content-encoding') ?? 'identity',
        }),
      );
    }
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store', ...headers(url.pathname) });
      res.end(typeof page === 'function' ? page(url) : page);
      return;
    }
    for (const [prefix, serveUnder] of roots) {
      if (url.pathname.startsWith(`${prefix}/`)) return serveUnder(req, res, url.pathname.slice(prefix.length));
    }
    if (revalidate && url.pathname.startsWith('/no-store/')) return noStore(req, res, url.pathname.slice('/no-store'.length));
    return main(req, res, url.pathname);
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (pathname = '/') => new URL(pathname, origin).href,
    // Every connection is ended, not only the idle ones: a socket the browser opened ahead and
    // never used would otherwise hold close() open.
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
