import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

describe('st.dispatchEvent', () => {
  it('writes one hostEvent per call to the event root, with its detail as JSON and a nonce per call', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      st.dispatchEvent('order-placed', { id: 7, at: new Date(Date.UTC(2026, 11, 3)), tags: new Set(['a']) });
      st.dispatchEvent('app:ready');
      st.text('after');
    });
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(['before', 'after']);
    const calls = at.event.hostEvent;
    expect(calls.map((c) => c.path)).toEqual([
      [2, 0],
      [2, 1],
    ]);
    expect(calls[0]!.proto).toMatchObject({ name: 'order-placed', detail: { id: 7, at: '2026-12-03T00:00:00.000Z', tags: ['a'] } });
    expect(calls[1]!.proto).toMatchObject({ name: 'app:ready', detail: null });
    const first = calls.map((c) => c.proto.nonce);
    expect(new Set(first).size).toBe(2);
    await at.run();
    expect(at.event.hostEvent.map((c) => c.proto.nonce)).not.toEqual(first);
  });

  it.each([['click'], ['lit-ui-change'], ['LIT-UI-run'], ['has space-x'], [''], ['-leading'], [`a-${'b'.repeat(100)}`]])(
    "refuses the name '%s' with InvalidArgument, and the session goes on",
    async (name) => {
      const at = AppTest.fromFunction((st) => {
        st.dispatchEvent(name, 1);
        st.text('unreached');
      });
      await at.run();
      expect(at.exception[0]!.proto).toMatchObject({ code: 'InvalidArgument' });
      expect(at.event.hostEvent).toHaveLength(0);
      expect(at.text).toHaveLength(0);
    },
  );
});
