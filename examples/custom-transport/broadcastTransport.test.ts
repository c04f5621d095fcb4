import { createRuntime } from '@lit-ui/core';
import type { ForwardMsg } from '@lit-ui/core/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectOverBroadcastChannel, serveOverBroadcastChannel } from './broadcastTransport.js';
import { counterApp, elementsIn, nextRunEnd } from './demo.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function serve(name: string) {
  const runtime = createRuntime(counterApp);
  const stop = serveOverBroadcastChannel(runtime, name);
  cleanups.push(() => runtime.close(), stop);
  return runtime;
}

function connect(name: string) {
  const messages: ForwardMsg[] = [];
  const client = connectOverBroadcastChannel(name, { hello: () => ({ locale: 'en-US' }), onMessage: (m) => messages.push(m) });
  cleanups.push(() => client.close());
  return { client, messages };
}

describe('BroadcastChannel transport', () => {
  it('opens a session and streams the first run', async () => {
    const runtime = serve('bc-first-run');
    const { client, messages } = connect('bc-first-run');
    await nextRunEnd(messages, 0);
    expect(messages[0]).toMatchObject({ type: 'newSession', resumed: false });
    expect(client.sessionId).toBe((messages[0] as { sessionId: string }).sessionId);
    expect(elementsIn(messages).map((e) => e.type)).toEqual(['title', 'button', 'text']);
    expect(runtime.sessionCount).toBe(1);
  });

  it('connects a client that opened before the server started', async () => {
    const { messages } = connect('bc-late-server');
    serve('bc-late-server');
    await nextRunEnd(messages, 0);
    expect(elementsIn(messages).map((e) => e.type)).toEqual(['title', 'button', 'text']);
  });

  it('carries widget changes up and only the changed element down', async () => {
    serve('bc-click');
    const { client, messages } = connect('bc-click');
    await nextRunEnd(messages, 0);
    const id = elementsIn(messages).find((e) => e.type === 'button')!['id'] as string;
    const before = messages.length;
    client.send({ type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] });
    await nextRunEnd(messages, 1);
    const changed = elementsIn(messages.slice(before));
    expect(changed).toEqual([expect.objectContaining({ type: 'text', body: 'Clicked 1 time(s)' })]);
    expect(messages.slice(before).some((m) => m.type === 'ack')).toBe(true);
  });

  it('keeps clients apart and answers invalid frames with an error', async () => {
    const runtime = serve('bc-two');
    const a = connect('bc-two');
    const b = connect('bc-two');
    await Promise.all([nextRunEnd(a.messages, 0), nextRunEnd(b.messages, 0)]);
    expect(runtime.sessionCount).toBe(2);
    expect(a.client.sessionId).not.toBe(b.client.sessionId);

    // A value that does not fit the widget: the runtime answers with an error and changes nothing.
    const id = elementsIn(a.messages).find((e) => e.type === 'button')!['id'] as string;
    a.client.send({ type: 'rerunScript', widgets: [{ id, value: 'not a click' }] });
    await vi.waitFor(() => expect(a.messages.find((m) => m.type === 'error')).toMatchObject({ code: 'InvalidWidgetValue' }));
    b.client.send({ type: 'rerunScript', widgets: [{ id, value: true, trigger: true }] });
    await nextRunEnd(b.messages, 1);
    expect(elementsIn(b.messages).at(-1)).toMatchObject({ body: 'Clicked 1 time(s)' });
    expect(a.messages.filter((m) => m.type === 'scriptFinished')).toHaveLength(1);
  });
});
