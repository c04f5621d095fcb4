import { afterEach, describe, expect, it } from 'vitest';
import { applyForwardMsgs, createClientTree, type ForwardMsg } from '@lit-ui/core/protocol';
import { startDevServer, type DevServer } from '../runOnSave/devServer.js';
import { testClient, waitFor, type TestClient } from './loopback.js';

const APP = `import { greeting } from './helper.js';

export default (st: any) => {
  const name: string = st.textInput('Name', { key: 'name' });
  st.text(\`\${greeting}, \${name}!\`);
};
`;
const helper = (greeting: string) => `export const greeting: string = '${greeting}';\n`;

/** What the client shows in \`main\` now: each element as "type: text". */
function page(messages: readonly ForwardMsg[]): string[] {
  const tree = applyForwardMsgs(createClientTree(), messages);
  return tree.roots[0]!.children.map((node) => {
    if (node.kind !== 'element') return 'block';
    const proto = node.proto as Record<string, unknown>;
    return `${String(proto['type'])}: ${String(proto['body'] ?? proto['message'] ?? proto['value'])}`;
  });
}

let server: DevServer | undefined;
let client: TestClient | undefined;
afterEach(async () => {
  client?.connection.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

// Each test starts a Node process under tsx: give it time on a busy machine.
describe('run on save (Express, a real tsx dev server, WebSocket)', { timeout: 60_000 }, () => {
  it('reruns on an edit of an imported module keeping widget values; shows a syntax error and recovers', async () => {
    server = await startDevServer({ 'app.ts': APP, 'helper.ts': helper('Hello') });
    const c = (client = testClient(server.wsUrl));
    await c.settled();
    c.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Name')!, value: 'Ada' }] });
    await c.settled();
    expect(page(c.messages)).toContain('text: Hello, Ada!');

    await server.save('helper.ts', helper('Bonjour'));
    await waitFor(() => page(c.messages).includes('text: Bonjour, Ada!'));

    await server.save('helper.ts', "export const greeting: string = 'Hola;\n");
    await waitFor(() => page(c.messages).some((line) => line.startsWith('exception:')));
    const error = page(c.messages)[0]!;
    expect(error).toContain("The app's code failed to load after a change");
    expect(error).toContain('helper.ts');
    expect(server.alive).toBe(true);
    // The last good code keeps serving, below the error.
    c.send({ type: 'rerunScript', widgets: [{ id: c.widgets.get('Name')!, value: 'Grace' }] });
    await c.settled();
    expect(page(c.messages)).toContain('text: Bonjour, Grace!');
    expect(page(c.messages)[0]).toMatch(/^exception:/);

    await server.save('helper.ts', helper('Hola'));
    await waitFor(() => page(c.messages).includes('text: Hola, Grace!'));
    await c.settled();
    expect(page(c.messages).some((line) => line.startsWith('exception:'))).toBe(false);
  });

  it('reruns on an edit of the app module itself, for every connected session', async () => {
    server = await startDevServer({ 'app.ts': APP, 'helper.ts': helper('Hello') });
    const a = (client = testClient(server.wsUrl));
    const b = testClient(server.wsUrl);
    try {
      await Promise.all([a.settled(), b.settled()]);
      await server.save('app.ts', APP.replace('st.text(', "st.caption('edited');\n  st.text("));
      await waitFor(() => [a, b].every((c) => page(c.messages).includes('caption: edited')));
    } finally {
      b.connection.close();
    }
  });

  it('recomputes a cached function whose source changed, and keeps the entries of one that did not (as Streamlit)', async () => {
    const app = (body: string) => `import { cacheData } from '@lit-ui/core';
import { label } from './helper.js';

const counts = ((globalThis as any).computed ??= { value: 0 });
const load = cacheData(async () => {
  counts.value += 1;
  return ${body};
});

export default async (st: any) => {
  st.text(\`\${label}: \${await load()} (computed \${counts.value} times)\`);
};
`;
    const label = (text: string) => `export const label: string = '${text}';\n`;
    server = await startDevServer({ 'app.ts': app("'first'"), 'helper.ts': label('Value') });
    const c = (client = testClient(server.wsUrl));
    await c.settled();
    expect(page(c.messages)).toContain('text: Value: first (computed 1 times)');

    // The cached function is the same code at the same place: its entry is kept.
    await server.save('helper.ts', label('Cached'));
    await waitFor(() => page(c.messages).includes('text: Cached: first (computed 1 times)'));

    // Its source changed: it is computed again.
    await server.save('app.ts', app("'second'"));
    await waitFor(() => page(c.messages).includes('text: Cached: second (computed 2 times)'));
  });
});
