import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import { datetimeInputDefinition, isoMinute } from './datetimeInput.js';

const texts = (at: { get(type: string): Array<{ value: unknown }> }) => at.get('text').map((e) => e.value);
const iso = (d: Date | null) => (d === null ? 'null' : d.toISOString().slice(0, 16));

afterEach(() => {
  vi.useRealTimers();
});

describe('st.datetimeInput', () => {
  it('returns a Date of the picked wall-clock time, as Streamlit st.datetime_input', async () => {
    const at = AppTest.fromFunction((st) => {
      st.text(iso(st.datetimeInput('Meeting', { value: '2025-11-19 16:45' })));
      st.text(iso(st.datetimeInput('Deadline', { value: new Date('2025-11-19T16:45:59Z'), key: 'deadline' })));
      st.text(iso(st.datetimeInput('Later', { value: null })));
    });
    await at.run();
    expect(texts(at)).toEqual(['2025-11-19T16:45', '2025-11-19T16:45', 'null']);
    const meeting = at.datetimeInput[0]!;
    expect(meeting.proto).toMatchObject({
      value: '2025-11-19T16:45',
      min: '2015-11-19T16:45',
      max: '2035-11-19T16:45',
      step: 900,
      format: 'YYYY/MM/DD',
    });
    expect(meeting.value).toEqual(new Date('2025-11-19T16:45:00Z'));
    await meeting.setValue(new Date('2026-01-02T09:30:00Z')).run();
    await at.datetimeInput[1]!.setValue(new Date('2025-12-24T18:00:00Z')).run();
    await at.datetimeInput[2]!.setValue(new Date('2030-06-01T07:15:00Z')).run();
    expect(texts(at)).toEqual(['2026-01-02T09:30', '2025-12-24T18:00', '2030-06-01T07:15']);
    expect(at.sessionState['deadline']).toEqual(new Date('2025-12-24T18:00:00Z'));
  });

  it("'now' is the server clock to the minute and keeps the widget's id as the minutes pass", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T05:06:07Z'));
    const at = AppTest.fromFunction((st) => st.text(iso(st.datetimeInput('When'))));
    await at.run();
    expect(texts(at)).toEqual(['2026-03-04T05:06']);
    const id = at.datetimeInput[0]!.id;
    await at.datetimeInput[0]!.setValue(new Date('2026-03-05T12:00:00Z')).run();
    vi.setSystemTime(new Date('2026-03-04T05:09:00Z'));
    await at.run();
    expect(at.datetimeInput[0]!.id).toBe(id);
    expect(texts(at)).toEqual(['2026-03-05T12:00']);
  });

  it('takes a day alone as midnight and a time alone as today at that time', () => {
    expect(isoMinute('2024-02-29', '2024-01-01')).toBe('2024-02-29T00:00');
    expect(isoMinute('07:05', '2024-01-01')).toBe('2024-01-01T07:05');
    expect(isoMinute('2024-02-29T23:59:30', '2024-01-01')).toBe('2024-02-29T23:59');
    expect(isoMinute('2023-02-29 10:00', '2024-01-01')).toBeUndefined();
    expect(isoMinute('2024-01-01 24:00', '2024-01-01')).toBeUndefined();
    expect(isoMinute(new Date(Number.NaN), '2024-01-01')).toBeUndefined();
    expect(isoMinute(1700000000000, '2024-01-01')).toBeUndefined();
  });

  it('passes min, max, step and format to the browser and refuses values outside the bounds', async () => {
    const at = AppTest.fromFunction((st) => {
      const v = st.datetimeInput('Slot', {
        value: '2025-01-10 10:00',
        minValue: '2025-01-01',
        maxValue: new Date('2025-01-31T18:00:00Z'),
        step: 1800,
        format: 'DD.MM.YYYY',
      });
      st.text(iso(v));
    });
    await at.run();
    expect(at.datetimeInput[0]!.proto).toMatchObject({ min: '2025-01-01T00:00', max: '2025-01-31T18:00', step: 1800, format: 'DD.MM.YYYY' });
    expect(() => at.datetimeInput[0]!.setValue(new Date('2025-02-01T00:00:00Z'))).toThrow(/cannot take the value/);
    expect(() => at.datetimeInput[0]!.setValue('not a date' as unknown as Date)).toThrow(/cannot take the value/);
    expect(texts(at)).toEqual(['2025-01-10T10:00']);
  });

  it('refuses what the browser should never send, with InvalidWidgetValue', () => {
    const def = datetimeInputDefinition('Slot', { value: '2025-01-10 10:00', minValue: '2025-01-01', maxValue: '2025-01-31' });
    expect(def.deserialize('2025-01-11T08:15')).toEqual(new Date('2025-01-11T08:15:00Z'));
    expect(def.deserialize(null)).toBeNull();
    for (const wire of ['2025-02-11T08:15', '2025-01-11 08:15', '08:15', 5, ['2025-01-11T08:15']]) {
      expect(() => def.deserialize(wire)).toThrow(expect.objectContaining({ code: 'InvalidWidgetValue' }));
    }
  });

  it('bad arguments raise clear errors and the session goes on', async () => {
    const bad: Array<[Parameters<typeof datetimeInputDefinition>[1], string]> = [
      [{ value: '2025-13-01 10:00' }, `st.datetimeInput "X": value "2025-13-01 10:00" is not a date and time (use a Date or 'YYYY-MM-DD HH:MM').`],
      [
        { value: null, minValue: '2025-02-01', maxValue: '2025-01-15' },
        'st.datetimeInput "X": minValue 2025-02-01T00:00 is after maxValue 2025-01-15T00:00.',
      ],
      [
        { value: '2025-01-01 10:00', minValue: '2025-01-02', maxValue: '2025-01-03' },
        'st.datetimeInput "X": the value 2025-01-01T10:00 is outside [2025-01-02T00:00, 2025-01-03T00:00].',
      ],
      [{ step: 30 }, 'st.datetimeInput "X": step must be a whole number of seconds from 60 to 82800, got 30.'],
      [{ step: 90.5 }, 'st.datetimeInput "X": step must be a whole number of seconds from 60 to 82800, got 90.5.'],
      [{ format: 'YY/M/D' }, 'st.datetimeInput "X": format "YY/M/D" is not one of YYYY/MM/DD, DD/MM/YYYY, MM/DD/YYYY (separator / - or .).'],
    ];
    for (const [options, message] of bad) expect(() => datetimeInputDefinition('X', options)).toThrow(message);
    let valid = false;
    const at = AppTest.fromFunction((st) => {
      st.text('before');
      st.datetimeInput('X', valid ? { value: '2025-01-02 10:00' } : { value: '2025-01-01 10:00', minValue: '2025-01-02', maxValue: '2025-01-03' });
    });
    await at.run();
    expect(at.exception[0]!.code).toBe('InvalidArgument');
    expect(at.exception[0]!.message).toBe(bad[2]![1]);
    expect(texts(at)).toEqual(['before']);
    valid = true;
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.datetimeInput[0]!.value).toEqual(new Date('2025-01-02T10:00:00Z'));
  });
});
