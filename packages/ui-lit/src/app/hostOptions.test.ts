import { describe, expect, it } from 'vitest';
import { changeDetail, runStateOf } from './hostEvents.js';
import { parseLayout, readThemeChoice, writeThemeChoice } from './hostOptions.js';

describe('host options and events', () => {
  it('reads layout="page wide" as full-page mode and a column width; anything else as embedded', () => {
    expect(parseLayout('page wide')).toEqual({ page: true, width: 'wide' });
    expect(parseLayout('Centered')).toEqual({ page: false, width: 'centered' });
    expect(parseLayout(null)).toEqual({ page: false, width: undefined });
    expect(parseLayout('fullscreen')).toEqual({ page: false, width: undefined });
  });

  it('remembers the settings menu’s theme choice; ignores unknown values and storage that throws', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(readThemeChoice(storage)).toBeUndefined();
    writeThemeChoice('dark', storage);
    expect(readThemeChoice(storage)).toBe('dark');
    data.set('lit-ui:theme', 'sepia');
    expect(readThemeChoice(storage)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readThemeChoice(refusing)).toBeUndefined();
    expect(() => writeThemeChoice('light', refusing)).not.toThrow();
  });

  it('reports option widgets’ changes as option texts, other widgets’ as sent', () => {
    const select = { type: 'multiselect', id: 'w1', key: 'cols', label: 'Cols', options: ['a', 'b', 'c'], value: [] };
    expect(changeDetail(select, [2, 0], false)).toEqual({ key: 'cols', id: 'w1', type: 'multiselect', value: ['c', 'a'], trigger: false });
    expect(changeDetail({ type: 'slider', id: 'w2', label: 'N', value: 1 }, [1, 5], false).value).toEqual([1, 5]);
    expect(changeDetail({ type: 'button', id: 'w3', label: 'Go', value: false }, true, true)).toMatchObject({ key: undefined, trigger: true });
  });

  it('derives the run state: connecting before a session, then reconnecting, queued, running or idle', () => {
    const of = (sessionId: string | undefined, running: boolean, status = 'connected', queued = false) =>
      runStateOf({ store: { state: { sessionId, running } }, status, queued });
    expect(of(undefined, false)).toBe('connecting');
    expect(of('s', true, 'reconnecting')).toBe('reconnecting');
    expect(of('s', true, 'connected', true)).toBe('queued');
    expect(of('s', true)).toBe('running');
    expect(of('s', false)).toBe('idle');
  });
});
