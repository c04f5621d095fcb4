import { afterEach, describe, expect, it } from 'vitest';
import type { DeltaGenerator } from '@lit-ui/core';
import { deferred, startLoopback, testClient, waitFor, type Loopback } from './loopback.js';

const open: Loopback[] = [];
const clients: Array<{ connection: { close(): void } }> = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.connection.close();
  for (const server of open.splice(0)) await server.close();
});

async function serve(script: (st: DeltaGenerator) => unknown) {
  const server = await startLoopback(script);
  open.push(server);
  const client = testClient(server.url);
  clients.push(client);
  await client.settled();
  return { server, client };
}

describe('exactly-once triggers over a real WebSocket', () => {
  // Issue 6.1 "double": the click's run counted, a text change interrupted it, and the click was applied again.
  it('a click, then a text change that interrupts its run after the button: 30 times, count exactly 30', async () => {
    let count = 0;
    let atGate = deferred();
    let gate = deferred();
    const { client } = await serve(async (st) => {
      st.textInput('t');
      if (st.button('inc')) {
        count++;
        atGate.resolve();
        await gate.promise;
      }
      st.text(`count=${count}`);
    });
    for (let i = 0; i < 30; i++) {
      atGate = deferred();
      gate = deferred();
      client.send({ type: 'rerunScript', widgets: [{ id: client.widgets.get('inc')!, value: true, trigger: true }] });
      await atGate.promise;
      const textCseq = client.send({ type: 'rerunScript', widgets: [{ id: client.widgets.get('t')!, value: `v${i}` }] });
      // Once the server has acknowledged the text change, it has asked the parked run to stop at its next st call.
      await waitFor(() => client.messages.some((m) => m.type === 'ack' && m.cseq >= textCseq));
      gate.resolve();
      await client.settled();
    }
    expect(count).toBe(30);
    const statuses = client.messages.flatMap((m) => (m.type === 'scriptFinished' ? [m.status] : []));
    expect(statuses.filter((s) => s === 'interrupted')).toHaveLength(30);
  });

  // Issue 6.1 "lost": a carried click was merged into the next click of the same button.
  for (const clicks of [1000, 5000]) {
    it(`${clicks} clicks sent back to back on a counter count exactly ${clicks}`, async () => {
      let count = 0;
      const { client } = await serve((st) => {
        if (st.button('inc')) count++;
        st.text(`count=${count}`);
      });
      const id = client.widgets.get('inc')!;
      for (let i = 0; i < clicks; i++) client.send({ type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] });
      await client.settled(60_000);
      expect(count).toBe(clicks);
      expect(client.messages.some((m) => m.type === 'error')).toBe(false);
    }, 90_000);
  }
});

describe('forced disconnects mid-run', () => {
  it('30 server-side socket kills while the user keeps clicking, chatting and typing: 0 lost, 0 doubled', async () => {
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
    const { server, client } = await serve(async (st) => {
      const text = st.textInput('t');
      if (text) typed.push(text);
      await parkHere('early');
      const prompt = st.chatInput('say');
      if (prompt) prompts.push(prompt);
      if (st.button('inc')) clicks++;
      await parkHere('late');
      st.text(`clicks=${clicks} prompts=${prompts.length}`);
    });
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

    let disconnects = 0;
    for (let i = 0; i < 30; i++) {
      parked = deferred();
      release = deferred();
      park = i % 2 === 0 ? 'early' : 'late';
      await waitFor(() => client.connection.status === 'connected');
      act(`${String(i).padStart(2, '0')}a`);
      await parked.promise;
      disconnects += server.drop() > 0 ? 1 : 0;
      // The user goes on while the socket is gone; the client queues and re-sends.
      act(`${String(i).padStart(2, '0')}b`);
      release.resolve();
    }
    await client.settled(60_000);

    expect(disconnects).toBe(30);
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
    expect(new Set(typed).size).toBeGreaterThan(1);
  }, 120_000);
});
