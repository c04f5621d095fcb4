// Starts and drives a page server process (pageServer.mjs) from the bench.
import { fork } from 'node:child_process';

/**
 * What a page server process answers: its port once listening, its memory after a full GC, a heap snapshot's file.
 * @typedef {{ type: 'ready', port: number }
 *   | { type: 'memory', rss: number, heapUsed: number, heapTotal: number, external: number, arrayBuffers: number,
 *       spaces: Record<string, { size: number, used: number }>, sessions: number }
 *   | { type: 'heapSnapshot', file: string }} ServerReply
 */
/** @typedef {Extract<ServerReply, { type: 'memory' }>} MemoryReading */

/**
 * Starts a server process for the page of size `n`; resolves to its port, URLs, memory(), heapSnapshot() and stop().
 * @param {number} n
 */
export async function startPageServer(n) {
  const child = fork(new URL('./pageServer.mjs', import.meta.url), [String(n)], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  /** @type {((reply: ServerReply) => void)[]} */
  const replies = [];
  child.on('message', (msg) => replies.shift()?.(/** @type {ServerReply} */ (msg)));
  /** @type {ServerReply} */
  const ready = await new Promise((resolve, reject) => {
    replies.push(resolve);
    child.once('exit', (code) => reject(new Error(`page server exited with ${code}`)));
  });
  if (ready.type !== 'ready') throw new Error(`page server said ${ready.type} before ready`);
  /**
   * @param {{ type: string, [field: string]: unknown }} msg
   * @returns {Promise<ServerReply>}
   */
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
    /** RSS and heap after full GCs and `settleMs` of idling. @param {number} settleMs */
    memory: async (settleMs) => /** @type {MemoryReading} */ (await request({ type: 'memory', settleMs })),
    /** Writes a heap snapshot to `file`. @param {string} file */
    heapSnapshot: (file) => request({ type: 'heapSnapshot', file }),
    /** @returns {Promise<void>} resolves when the process has exited */
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}
