// Media side of `npm run bench`: a 50 MB upload streamed over real HTTP into the disk store (server RSS growth),
// and one 10 MB image shown in 20 sessions (stored once).
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createMemoryMediaStorage, createRuntime, defineApp } from '@lit-ui/core';
import { createDiskMediaStorage, sendResponse, toRequest } from '@lit-ui/core/node';

/** @typedef {{ id: string, images?: { url: string }[] }} ElementProto What this bench reads of an element proto. */
/** @typedef {{ sessionId: string, token: string, protos: Map<string, ElementProto> }} Connected */

/**
 * Connects an in-memory client; resolves with the session's id, token and the protos it was sent, once idle.
 * @param {import('@lit-ui/core').Runtime} runtime
 * @returns {Promise<Connected>}
 */
function connect(runtime) {
  return new Promise((resolve) => {
    /** @type {Map<string, ElementProto>} */
    const protos = new Map();
    let sessionId = '';
    let token = '';
    const handle = runtime.connect({
      context: { url: 'bench://media', headers: {}, cookies: {} },
      send(batch) {
        for (const msg of batch) {
          if (msg.type === 'newSession') [sessionId, token] = [msg.sessionId, msg.sessionToken ?? ''];
          if (msg.type === 'delta' && 'element' in msg)
            protos.set(msg.element.type, /** @type {ElementProto} */ (/** @type {unknown} */ (msg.element)));
          if (msg.type === 'sessionStatus' && msg.state === 'idle') resolve({ sessionId, token, protos });
        }
      },
      close() {},
    });
    handle.receive(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
  });
}

/**
 * Streams a `megabytes` upload over real HTTP into the disk store and samples this (server) process's RSS meanwhile.
 * The client runs in a child process, so only the server's memory counts. Peak growth includes socket buffers
 * not yet garbage-collected (V8 collects external memory lazily, glibc keeps freed pages): `buffersPeakBytes` is the
 * most ArrayBuffer memory alive at once, `buffersAfterGcBytes` what is left once collected. `nodeFloorBytes` is the
 * RSS growth of a bare Node server that reads the same upload and throws it away (Node's own cost of receiving it),
 * and `beyondFloorBytes` what lit-ui adds to that.
 */
export async function uploadRss(megabytes = 50) {
  const app = defineApp((st) => void st.fileUploader('Big file', { maxUploadSize: megabytes + 1 }));
  const runtime = createRuntime(app, { media: { storage: createDiskMediaStorage(), maxBytes: 2 ** 31 } });
  const server = createServer((req, res) => void runtime.fetch(toRequest(req)).then((response) => sendResponse(res, response)));
  const { sessionId, token, protos } = await connect(runtime);
  const headers = {
    'x-lit-ui-session-id': sessionId,
    'x-lit-ui-session-token': token,
    'x-lit-ui-widget': protos.get('fileUploader')?.id ?? '',
    'x-lit-ui-file-name': 'big.bin',
  };
  const measured = await measureUpload(server, headers, megabytes);
  await runtime.close();
  const floor = await bareNodeRss(megabytes);
  const rssGrowthBytes = measured.rssGrowthBytes;
  return { megabytes, ...measured, nodeFloorBytes: floor.rssGrowthBytes, beyondFloorBytes: Math.max(0, rssGrowthBytes - floor.rssGrowthBytes) };
}

/**
 * The same upload to a bare Node server that reads the body and throws it away, in a fresh process (freed pages
 * this process keeps would hide its growth).
 * @param {number} megabytes
 * @returns {Promise<{ rssGrowthBytes: number }>}
 */
async function bareNodeRss(megabytes) {
  const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(new URL('./uploadFloor.mjs', import.meta.url)), String(megabytes)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (/** @type {Buffer} */ d) => (out += d.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  /** @type {{ rssGrowthBytes: number }} */
  const floor = { rssGrowthBytes: NaN };
  Object.assign(floor, JSON.parse(out || '{}'));
  return floor;
}

/**
 * Listens with `server` on loopback, POSTs `megabytes` from a child process and samples this process's RSS and
 * ArrayBuffer memory until the child exits; then closes the server.
 * @param {import('node:http').Server} server
 * @param {Record<string, string>} headers
 * @param {number} megabytes
 */
export async function measureUpload(server, headers, megabytes) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const client = `
    const chunk = new Uint8Array(64 * 1024).fill(7); let sent = 0;
    const body = new ReadableStream({ pull(c) { if (sent >= ${megabytes * 1_048_576}) return c.close(); c.enqueue(chunk); sent += chunk.byteLength; } });
    fetch('http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/_lit-ui/upload', { method: 'POST', body, duplex: 'half', headers: ${JSON.stringify(headers)} })
      .then(async (r) => process.stdout.write(JSON.stringify({ status: r.status, ...(await r.json()) })));`;
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  let buffersPeak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    buffersPeak = Math.max(buffersPeak, process.memoryUsage().arrayBuffers);
  }, 5);
  const child = spawn(process.execPath, ['-e', client], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (/** @type {Buffer} */ d) => (out += d.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  globalThis.gc?.();
  const retained = process.memoryUsage().arrayBuffers;
  /** @type {{ status?: number, size?: number }} */
  const answer = {};
  Object.assign(answer, JSON.parse(out || '{}'));
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return {
    status: answer.status,
    storedBytes: answer.size,
    rssGrowthBytes: peak - baseline,
    buffersPeakBytes: buffersPeak,
    buffersAfterGcBytes: retained,
  };
}

/** One image shown in `sessions` sessions: how many times, and how many bytes, the storage keeps. */
export async function sharedImage(sessions = 20, megabytes = 10) {
  const png = new Uint8Array(megabytes * 1_048_576);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  png.set(randomBytes(4096), 8);
  const memory = createMemoryMediaStorage();
  let puts = 0;
  let storedBytes = 0;
  /** @type {import('@lit-ui/core').MediaStorage} */
  const storage = {
    ...memory,
    put: async (key, data, options) => {
      const bytes = await memory.put(key, data, options);
      puts++;
      storedBytes += bytes;
      return bytes;
    },
  };
  const runtime = createRuntime(
    defineApp((st) => st.image(png, { caption: 'shared' })),
    { media: { storage } },
  );
  /** @type {Set<string | undefined>} */
  const urls = new Set();
  for (let i = 0; i < sessions; i++) urls.add((await connect(runtime)).protos.get('image')?.images?.[0]?.url);
  await runtime.close();
  return { sessions, megabytes, distinctUrls: urls.size, storedCopies: puts, storedBytes };
}
