import { describe, expect, it } from 'vitest';
import { SessionState } from './sessionState.js';

describe('SessionState.exportValues (what a session store keeps)', () => {
  it('during a run, holds the values as the run began: the run counts only once it has ended', () => {
    const state = new SessionState(false);
    state.set('count', 1);
    state.beginRun([]);
    state.guard = { widgetIds: new Set(), formIds: new Set() };
    state.set('count', 2);
    expect(state.exportValues().values.get('count')).toBe(1);
    state.guard = undefined;
    expect(state.exportValues().values.get('count')).toBe(2);
  });
});
