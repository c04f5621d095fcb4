// Media side of `npm run bench`: 50 MB and 200 MB uploads streamed over real HTTP into the disk store (server RSS
// growth, several fresh processes, beside a bare Node server), and one 10 MB image shown in 20 sessions (stored once).
// The upload figures alone: `node bench/media.mjs [megabytes…]`.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
 * Streams a `megabytes` upload over real HTTP and samples the server process's RSS meanwhile, `runs` times (5 by
 * default, `BENCH_UPLOAD_RUNS`) for lit-ui (runtime.fetch into the disk store) and as many times for a bare Node
 * server that reads the body and throws it away (Node's own cost of receiving it), each in a fresh process
 * (`uploadOnce.mjs`), the two kinds in turn. Each process first takes a 1 MB upload (code loaded and compiled,
 * buffers pooled), then the measured one, so only what an upload costs counts. Returns the median and max RSS
 * peak growth of each, and the median of lit-ui minus the median of bare Node.
 * @param {number} megabytes
 * @param {number} runs
 */
export async function uploadRss(megabytes = 50, runs = Number(process.env.BENCH_UPLOAD_RUNS ?? 5)) {
  /** @type {Record<'lit-ui' | 'node', UploadSample[]>} */
  const samples = { 'lit-ui': [], node: [] };
  for (let r = 0; r < runs; r++) {
    for (const kind of /** @type {const} */ (['lit-ui', 'node'])) samples[kind].push(await uploadOnce(kind, megabytes));
  }
  const lit = summary(samples['lit-ui']);
  const node = summary(samples.node);
  const held = await uploadOnce('lit-ui-memory', megabytes);
  return {
    megabytes,
    runs,
    statuses: [...new Set(samples['lit-ui'].map((s) => s.status))],
    storedBytes: samples['lit-ui'][0]?.storedBytes,
    litUi: lit,
    node,
    beyondFloorMedianBytes: lit.medianBytes - node.medianBytes,
    heldInMemoryControlBytes: held.rssGrowthBytes,
  };
}

/** @typedef {{ status?: number, storedBytes?: number, rssGrowthBytes: number, buffersPeakBytes: number, buffersAfterGcBytes: number }} UploadSample */

/** @param {UploadSample[]} samples */
function summary(samples) {
  const growth = samples.map((s) => s.rssGrowthBytes).sort((a, b) => a - b);
  const buffers = samples.map((s) => s.buffersPeakBytes).sort((a, b) => a - b);
  const middle = Math.floor(growth.length / 2);
  return {
    medianBytes: growth[middle] ?? NaN,
    maxBytes: growth[growth.length - 1] ?? NaN,
    buffersPeakMedianBytes: buffers[middle] ?? NaN,
    buffersAfterGcMaxBytes: Math.max(...samples.map((s) => s.buffersAfterGcBytes)),
    samplesBytes: samples.map((s) => s.rssGrowthBytes),
  };
}

/**
 * One measured upload to `kind` (lit-ui or a bare Node server) in a fresh process.
 * @param {'lit-ui' | 'lit-ui-memory' | 'node'} kind
 * @param {number} megabytes
 * @returns {Promise<UploadSample>}
 */
async function uploadOnce(kind, megabytes) {
  const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(new URL('./uploadOnce.mjs', import.meta.url)), kind, String(megabytes)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (/** @type {Buffer} */ d) => (out += d.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  /** @type {UploadSample} */
  const sample = { rssGrowthBytes: NaN, buffersPeakBytes: NaN, buffersAfterGcBytes: NaN };
  Object.assign(sample, JSON.parse(out || '{}'));
  return sample;
}

/**
 * The lit-ui side of one upload measure, in this process: a runtime with a file uploader and the disk store,
 * served by a bare Node server through `runtime.fetch`; a 1 MB warm-up upload, then the measured one. With the
 * memory store (`store` 'memory') the upload is held in the heap: the control that shows what holding it costs.
 * @param {number} megabytes
 * @param {'disk' | 'memory'} [store]
 */
export async function measureLitUiUpload(megabytes, store = 'disk') {
  const app = defineApp((st) => void st.fileUploader('Big file', { maxUploadSize: megabytes + 1, acceptMultipleFiles: true }));
  const storage = store === 'memory' ? createMemoryMediaStorage() : createDiskMediaStorage();
  const runtime = createRuntime(app, { media: { storage, maxBytes: 2 ** 31 } });
  const { sessionId, token, protos } = await connect(runtime);
  const headers = {
    'x-lit-ui-session-id': sessionId,
    'x-lit-ui-session-token': token,
    'x-lit-ui-widget': protos.get('fileUploader')?.id ?? '',
    'x-lit-ui-file-name': 'big.bin',
  };
  const serve = () => createServer((req, res) => void runtime.fetch(toRequest(req)).then((response) => sendResponse(res, response)));
  await measureUpload(serve(), headers, 1);
  const measured = await measureUpload(serve(), headers, megabytes);
  await runtime.close();
  return measured;
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number);
  for (const megabytes of sizes.length ? sizes : [50, 200]) {
    const r = await uploadRss(megabytes);
    const mb = (/** @type {number} */ bytes) => `${(bytes / 1_048_576).toFixed(1)} MB`;
    console.log(
      `${megabytes} MB upload, ${r.runs} runs (status ${r.statuses.join(',')}): RSS growth lit-ui median ${mb(r.litUi.medianBytes)} max ${mb(r.litUi.maxBytes)}` +
        ` | bare Node median ${mb(r.node.medianBytes)} max ${mb(r.node.maxBytes)} | lit-ui beyond bare Node (medians) ${mb(r.beyondFloorMedianBytes)}`,
    );
    console.log(`  samples lit-ui ${r.litUi.samplesBytes.map(mb).join(', ')}; bare Node ${r.node.samplesBytes.map(mb).join(', ')}`);
    console.log(`  control, upload held in memory (memory store): ${mb(r.heldInMemoryControlBytes)}`);
    console.log(
      `  ArrayBuffers alive at peak (median) lit-ui ${mb(r.litUi.buffersPeakMedianBytes)}, bare Node ${mb(r.node.buffersPeakMedianBytes)}; left after GC (max) lit-ui ${mb(r.litUi.buffersAfterGcMaxBytes)}`,
    );
  }
}
