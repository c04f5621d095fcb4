import { afterEach, describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '@lit-ui/core';
import { deferred, waitFor } from './loopback.js';
import { firstRun, serveApp, transportClient, TRANSPORTS, type ServedApp, type TransportClient } from './transportLoopback.js';

const servers: ServedApp[] = [];
const clients: TransportClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.connection.close();
  for (const server of servers.splice(0)) await server.close();
});

/**
 * Issue 11's fault test, on both transports through one Express server: the
 * server drops every socket (the stream and the POSTs, or the WebSocket)
 * 50 times in the middle of runs while the user keeps clicking, chatting and
 * typing; the client queues, resumes and re-sends. Nothing is lost, nothing
 * is applied twice.
 */
const CASES = [
  ...TRANSPORTS.map((transport) => ({ transport, name: transport, options: {} })),
  // A compressing socket is seen to drop later: the client's resume takes over the connection the server still believes open.
  { transport: 'ws' as const, name: 'ws with permessage-deflate', options: { perMessageDeflate: true } },
];

describe.each(CASES)('50 forced disconnects mid-run over $name', ({ transport, options }) => {
  it('0 lost, 0 doubled', async () => {
    const prompts: string[] = [];
    const typed: string[] = [];
    let clicks = 0;
    let park: 'early' | 'late' | undefined;
    let parked = deferred();
    let release = deferred();
    const parkHere = async (where: 'early' | 'late') => {
      if (park !== where) return;
      park = undefined;
      parked.resolve();
      await release.promise;
    };
    const server = await serveApp(async (st: DeltaGenerator) => {
      const text = st.textInput('t');
      if (text) typed.push(text);
      await parkHere('early');
      const prompt = st.chatInput('say');
      if (prompt) prompts.push(prompt);
      if (st.button('inc')) clicks++;
      await parkHere('late');
      st.text(`clicks=${clicks} prompts=${prompts.length}`);
    }, options);
    servers.push(server);
    const client = transportClient(server.mount, transport);
    clients.push(client);
    await firstRun(client);
    const ids = { t: client.widgets.get('t')!, say: client.widgets.get('say')!, inc: client.widgets.get('inc')! };
    const sent = { prompts: [] as string[], clicks: 0, texts: [] as string[] };
    const act = (tag: string) => {
      sent.prompts.push(`m${tag}`);
      client.send({ type: 'rerunScript', widgets: [{ id: ids.say, value: `m${tag}`, trigger: true }] });
      sent.clicks++;
      client.send({ type: 'rerunScript', widgets: [{ id: ids.inc, value: true, trigger: true }] });
      sent.texts.push(`t${tag}`);
      client.send({ type: 'rerunScript', widgets: [{ id: ids.t, value: `t${tag}` }] });
    };

    const greetings = () => client.messages.filter((m) => m.type === 'newSession').length;
    let disconnects = 0;
    for (let i = 0; i < 50; i++) {
      parked = deferred();
      release = deferred();
      park = i % 2 === 0 ? 'early' : 'late';
      const before = greetings();
      act(`${String(i).padStart(2, '0')}a`);
      await parked.promise;
      disconnects += server.drop() > 0 ? 1 : 0;
      // The user goes on while the connection is gone; the client queues and re-sends.
      act(`${String(i).padStart(2, '0')}b`);
      release.resolve();
      // Each drop hit a live connection: the client comes back with the same session before the next round.
      await waitFor(() => greetings() > before);
    }
    await client.settled(60_000);

    expect(disconnects).toBe(50);
    expect(client.used).toEqual([transport]);
    const lost = sent.prompts.filter((p) => !prompts.includes(p));
    const doubled = prompts.filter((p, i) => prompts.indexOf(p) !== i);
    expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
    expect(prompts).toEqual(sent.prompts);
    expect({ lostClicks: Math.max(0, sent.clicks - clicks), doubledClicks: Math.max(0, clicks - sent.clicks) }).toEqual({
      lostClicks: 0,
      doubledClicks: 0,
    });
    // Text changes: the last one wins, and no run ever saw an older value after a newer one.
    expect(typed.at(-1)).toBe(sent.texts.at(-1));
    expect(typed).toEqual([...typed].sort());
    // Every reconnect resumed the one session.
    const sessions = client.messages.flatMap((m) => (m.type === 'newSession' ? [m] : []));
    expect(sessions.length).toBeGreaterThanOrEqual(51);
    expect(sessions.slice(1).filter((g) => !g.resumed || g.sessionId !== sessions[0]!.sessionId)).toEqual([]);
  }, 120_000);
});
