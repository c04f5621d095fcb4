// Starts and drives a page server process (pageServer.mjs) from the bench.
import { fork } from 'node:child_process';

/** Starts a server process for the page of size `n`; resolves to { port, url, request(msg), stop() }. */
export async function startPageServer(n) {
  const child = fork(new URL('./pageServer.mjs', import.meta.url), [String(n)], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies = [];
  child.on('message', (msg) => replies.shift()?.(msg));
  const ready = await new Promise((resolve, reject) => {
    replies.push(resolve);
    child.once('exit', (code) => reject(new Error(`page server exited with ${code}`)));
  });
  const request = (msg) =>
    new Promise((resolve) => {
      replies.push(resolve);
      child.send(msg);
    });
  return {
    port: ready.port,
    url: `http://127.0.0.1:${ready.port}/page`,
    wsUrl: `ws://127.0.0.1:${ready.port}/page/_lit-ui/ws`,
    pid: child.pid,
    memory: (settleMs) => request({ type: 'memory', settleMs }),
    heapSnapshot: (file) => request({ type: 'heapSnapshot', file }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ type: 'stop' });
      }),
  };
}
