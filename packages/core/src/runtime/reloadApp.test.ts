import { describe, expect, it } from 'vitest';
import { defineApp, type AppScript } from '../app.js';
import { applyForwardMsgs } from '../protocol/applyForwardMsg.js';
import { createClientTree } from '../protocol/clientTree.js';
import { createRuntime } from './runtime.js';
import { openConnection, type TestConnection } from './testConnection.js';

/** What the client shows in `main`: each element's type and its text (body, value or message). */
function shown(conn: TestConnection): string[] {
  const tree = applyForwardMsgs(createClientTree(), conn.messages);
  return tree.roots[0]!.children.map((node) => {
    if (node.kind !== 'element') return 'block';
    const proto = node.proto as Record<string, unknown>;
    return `${String(proto['type'])}: ${String(proto['body'] ?? proto['value'] ?? proto['message'])}`;
  });
}

const version =
  (name: string): AppScript =>
  (st) => {
    const who = st.textInput('Name', { key: 'name' });
    const runs = ((st.sessionState['runs'] as number | undefined) ?? 0) + 1;
    st.sessionState['runs'] = runs;
    st.text(`${name} greets ${who}`);
    st.caption(`run ${runs}`);
  };

async function connected(runtime: ReturnType<typeof createRuntime>): Promise<TestConnection> {
  const conn = openConnection(runtime);
  conn.hello();
  await conn.runFinished();
  return conn;
}

async function nextRun(conn: TestConnection, action: () => void): Promise<void> {
  const since = conn.messages.length;
  action();
  await conn.runFinished(since);
}

describe('Runtime.reloadApp and reloadFailed (run on save)', () => {
  it('reruns every session with the new code, keeping widget values and session state', async () => {
    const runtime = createRuntime(version('v1'));
    const a = await connected(runtime);
    const b = await connected(runtime);
    const id = a.messages.flatMap((m) =>
      m.type === 'delta' && 'element' in m && m.element.type === 'textInput' ? [String(m.element['id'])] : [],
    )[0]!;
    await nextRun(a, () => a.handle.receive(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [{ id, value: 'Ada' }] })));
    expect(shown(a)).toContain('text: v1 greets Ada');

    const runs = [a, b].map((c) => nextRun(c, () => undefined));
    runtime.reloadApp!(version('v2'));
    await Promise.all(runs);
    expect(shown(a)).toContain('text: v2 greets Ada');
    expect(shown(b)).toContain('text: v2 greets ');
    // Session state survives: a counted two runs of v1, then one of v2.
    expect(shown(a)).toContain('caption: run 3');
    expect(shown(b)).toContain('caption: run 2');
    await runtime.close();
  });

  it('shows a load error above the last good code, in every session and new ones, until a reload succeeds', async () => {
    const runtime = createRuntime(defineApp(version('v1')));
    const a = await connected(runtime);
    await nextRun(a, () => runtime.reloadFailed!(new SyntaxError("Unexpected token '}'")));
    const page = shown(a);
    expect(page[0]).toMatch(/^exception: The app's code failed to load after a change/);
    expect(page[0]).toContain("SyntaxError: Unexpected token '}'");
    expect(page).toContain('text: v1 greets ');

    const late = await connected(runtime);
    expect(shown(late)[0]).toMatch(/AppReloadFailed|failed to load/);
    const exception = late.messages.find((m) => m.type === 'delta' && 'element' in m && m.element.type === 'exception');
    expect(exception && 'element' in exception ? exception.element['name'] : undefined).toBe('AppReloadFailed');

    await Promise.all([a, late].map((c) => nextRun(c, () => (c === a ? runtime.reloadApp!(version('v3')) : undefined))));
    expect(shown(a).some((line) => line.startsWith('exception'))).toBe(false);
    expect(shown(a)).toContain('text: v3 greets ');
    expect(shown(late)).toContain('text: v3 greets ');
    await runtime.close();
  });

  it("adds the new app's initialState keys a session lacks, and keeps the values it has", async () => {
    let seen: unknown[] = [];
    const runtime = createRuntime(defineApp((st) => void st.text(String(st.sessionState['count'])), { initialState: () => ({ count: 1 }) }));
    const a = await connected(runtime);
    await nextRun(a, () =>
      runtime.reloadApp!(
        defineApp(
          (st) => {
            seen = [st.sessionState['count'], st.sessionState['label']];
          },
          { initialState: () => ({ count: 5, label: 'new' }) },
        ),
      ),
    );
    expect(seen).toEqual([1, 'new']);
    await runtime.close();
  });
});
