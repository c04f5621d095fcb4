// npm run bench:store-memory: what a session costs in Redis with @lit-ui/store-redis, measured on this machine.
// Starts its own redis-server on a free loopback port, opens SESSIONS sessions of a typical form page
// (ten widgets, a few session-state keys), interacts once with each, and reports Redis's used memory per
// session and MEMORY USAGE of one session's keys. Reported, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectInMemory, createRuntime, defineApp } from '@lit-ui/core';
import { createRedisStores } from '@lit-ui/store-redis';

const SESSIONS = Number(process.env.SESSIONS ?? 500);

const app = defineApp(
  (st) => {
    const name = st.textInput('Name', { key: 'name' });
    const age = st.slider('Age', { minValue: 0, maxValue: 120, value: 30, key: 'age' });
    const city = st.selectbox('City', ['Paris', 'Berlin', 'Lisbon', 'Oslo'], { key: 'city' });
    const tags = st.multiselect('Tags', ['a', 'b', 'c', 'd', 'e'], { key: 'tags' });
    const agree = st.checkbox('Agree', { key: 'agree' });
    st.numberInput('Budget', { value: 100, key: 'budget' });
    st.textArea('Notes', { key: 'notes' });
    st.radio('Plan', ['free', 'team', 'enterprise'], { key: 'plan' });
    st.toggle('Dark', { key: 'dark' });
    if (st.button('Save', { key: 'save' })) {
      st.sessionState.saved += 1;
      st.sessionState.history = [...st.sessionState.history, { name, age, city, tags, agree, at: Date.now() }].slice(-5);
    }
    st.write(`saved ${st.sessionState.saved} times`);
  },
  { initialState: () => ({ saved: 0, history: /** @type {object[]} */ ([]), preferences: { theme: 'light', density: 'comfortable' } }) },
);

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'lit-ui-bench-redis-'));
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
  stdio: 'ignore',
});
/** @returns {Promise<boolean>} */
const accepts = () =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
for (;;) {
  const open = await accepts();
  if (open) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const stores = createRedisStores({ url: `redis://127.0.0.1:${port}`, prefix: 'bench' });
const { default: Redis } = await import('ioredis');
const admin = new Redis(`redis://127.0.0.1:${port}`);
const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await admin.info('memory'))?.[1]);

const runtime = createRuntime(app, { ...stores, cluster: { workerId: 'bench' } });
const before = await usedMemory();
/**
 * One bench session: its connection, the Save button's widget id, and who waits for its next idle.
 * @typedef {{ conn?: import('@lit-ui/core').MemoryConnection, saveId?: string, waiters: (() => void)[] }} BenchSession
 */
/** @param {BenchSession} c */
const idle = (c) => new Promise((resolve) => c.waiters.push(() => resolve(undefined)));
/** @type {BenchSession[]} */
const conns = [];
for (let i = 0; i < SESSIONS; i++) {
  /** @type {BenchSession} */
  const c = { waiters: [] };
  c.conn = connectInMemory(runtime, {
    onMessage: (msg) => {
      if (msg.type === 'delta' && 'element' in msg && msg.element.type === 'button') c.saveId = String(msg.element['id']);
      if (msg.type === 'sessionStatus' && msg.state === 'idle') c.waiters.splice(0).forEach((resolve) => resolve());
    },
  });
  conns.push(c);
}
await Promise.all(conns.filter((c) => !c.saveId).map(idle));
// One save per session: its state now holds a history entry; the record is written after the run.
for (const c of conns) c.conn?.send({ type: 'rerunScript', widgets: [{ id: c.saveId ?? '', value: true, trigger: true }] });
await Promise.all(conns.map(idle));
/** @type {string[]} */
let keys = [];
for (let tries = 0; tries < 100; tries++) {
  keys = await admin.keys('lit-ui:bench:session:*');
  if (keys.length >= SESSIONS) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await new Promise((resolve) => setTimeout(resolve, 500));
const after = await usedMemory();
const id = (keys[0] ?? '').slice('lit-ui:bench:session:'.length);
const recordBytes = Number(await admin.memory('USAGE', `lit-ui:bench:session:${id}`));
const inboxBytes = Number((await admin.memory('USAGE', `lit-ui:bench:inbox:${id}`)) ?? 0);
const result = {
  sessions: SESSIONS,
  stored: keys.length,
  usedMemoryPerSessionBytes: Math.round((after - before) / SESSIONS),
  recordKeyBytes: recordBytes,
  inboxKeyBytes: inboxBytes,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

await runtime.close();
await stores.close();
admin.disconnect();
redis.kill('SIGTERM');
await new Promise((resolve) => redis.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });
