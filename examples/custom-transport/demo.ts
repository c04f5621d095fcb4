/**
 * The custom transport at work, in one Node process: a runtime served over
 * a BroadcastChannel, and a client that clicks a button twice.
 * Run it: `npx tsx examples/custom-transport/demo.ts` (after building the packages).
 */
import { createRuntime, defineApp } from '@lit-ui/core';
import type { ElementProto, ForwardMsg } from '@lit-ui/core/protocol';
import { connectOverBroadcastChannel, serveOverBroadcastChannel } from './broadcastTransport.js';

/** A tiny app to serve: a button and a counter. */
export const counterApp = defineApp<{ clicks: number }>(
  (st) => {
    st.title('Over a BroadcastChannel');
    if (st.button('Click me')) st.sessionState.clicks += 1;
    st.text(`Clicked ${st.sessionState.clicks} time(s)`);
  },
  { initialState: () => ({ clicks: 0 }) },
);

/** The elements a client received in `delta` messages, in order. */
export function elementsIn(messages: readonly ForwardMsg[]): ElementProto[] {
  return messages.flatMap((m) => (m.type === 'delta' && 'element' in m ? [m.element] : []));
}

/** Resolves once `messages` holds a `scriptFinished` beyond the first `seen` ones. */
export function nextRunEnd(messages: readonly ForwardMsg[], seen: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (messages.filter((m) => m.type === 'scriptFinished').length > seen ? resolve() : setTimeout(check, 5));
    check();
  });
}

async function main(): Promise<void> {
  const runtime = createRuntime(counterApp);
  const stop = serveOverBroadcastChannel(runtime, 'lit-ui-demo');
  const messages: ForwardMsg[] = [];
  const client = connectOverBroadcastChannel('lit-ui-demo', { hello: () => ({ locale: 'en-US' }), onMessage: (m) => messages.push(m) });
  await nextRunEnd(messages, 0);
  const button = elementsIn(messages).find((e) => e.type === 'button')!;
  for (let click = 1; click <= 2; click++) {
    client.send({ type: 'rerunScript', widgets: [{ id: button['id'] as string, value: true, trigger: true }] });
    await nextRunEnd(messages, click);
  }
  for (const msg of messages) {
    const node: Readonly<Record<string, unknown>> | undefined = msg.type !== 'delta' ? undefined : 'element' in msg ? msg.element : msg.block;
    const what =
      msg.type === 'delta' ? `[${msg.path.join(', ')}] ${String(node?.['type'])} ${JSON.stringify(node?.['body'] ?? node?.['label'] ?? '')}` : '';
    process.stdout.write(`seq ${msg.seq}\t${msg.type}\t${what}\n`);
  }
  client.close();
  stop();
  await runtime.close();
}

// Run only as a script (not when a test or a browser bundle imports the helpers above).
const entry = globalThis.process?.argv[1];
if (entry !== undefined && import.meta.url === `file://${entry}`) await main();
