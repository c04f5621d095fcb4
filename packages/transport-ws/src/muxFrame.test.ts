import { describe, expect, it } from 'vitest';
import { formatMuxFrame, parseMuxFrame, type MuxFrame } from './muxFrame.js';

describe('mux frames', () => {
  it('round-trips every kind', () => {
    const frames: MuxFrame[] = [
      { kind: 'data', channel: 1, text: '{"type":"hello","cseq":0}' },
      { kind: 'data', channel: 4711, text: '[{"type":"ack","seq":0,"cseq":3}]' },
      { kind: 'open', channel: 2, path: '/tools/explorer/_lit-ui/ws?tenant=a' },
      { kind: 'open', channel: 2, path: '' },
      { kind: 'close', channel: 3, code: 4429, reason: 'Too many channels on this socket' },
      { kind: 'close', channel: 3, code: 1000, reason: '' },
    ];
    for (const frame of frames) expect(parseMuxFrame(formatMuxFrame(frame))).toEqual(frame);
    expect(formatMuxFrame(frames[0]!)).toBe('1{"type":"hello","cseq":0}');
  });

  it('refuses what is not a frame', () => {
    for (const text of ['', '{"type":"hello"}', '12', '+', '-x 1000', '0{}', '+1/path', '-1 99 bad code', '-1 x', '99999999999{}']) {
      expect(parseMuxFrame(text), text).toBeUndefined();
    }
    expect(parseMuxFrame('-5')).toEqual({ kind: 'close', channel: 5, code: 1005, reason: '' });
  });
});
