// A static file server for tests on 127.0.0.1 at a free port: `dir`'s files with their MIME type
// and no caching, plus the response headers `headers(pathname)` returns (a test's CORS headers,
// say), and any pages `pages` maps from a path to HTML.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { MIME } from './mime.mjs';

export async function listenStatic(dir, { headers = () => ({}), pages = {} } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pages[pathname]) {
      res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store', ...headers(pathname) });
      res.end(pages[pathname]);
      return;
    }
    const file = path.normalize(path.join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(pathname) });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
