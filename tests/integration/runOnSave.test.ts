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

describe('run on save (Express, a real tsx dev server, WebSocket)', () => {
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
});
