// Starts a benchmark's local server on 127.0.0.1 at a free port; its sockets and the server
// close through the run's cleanups (on failure, on a signal, on the deadline).

/** Listens, registers the close in `cleanups`, and returns the origin. */
export async function listenLocal(server, cleanups) {
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  cleanups.push(() => new Promise((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  }));
  return `http://127.0.0.1:${server.address().port}`;
}
