import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import type { ColumnConfigWire, DataColumn, JsonValue } from '@lit-ui/core/protocol';
import { configuredCell, configuredWidth, formatDateWith, linkText, safeUrl } from './dataframeCells.js';

function cell(value: JsonValue, config: ColumnConfigWire, type: DataColumn['type'] = 'number'): HTMLElement {
  const host = document.createElement('div');
  const out = configuredCell(value, { name: 'c', type }, config);
  render(out?.content ?? '', host);
  return host;
}

describe('configured cells', () => {
  it('formats numbers with printf and named formats', () => {
    expect(cell(1234.5, { kind: 'number', format: '%.1f ⭐' }).textContent).toBe('1234.5 ⭐');
    expect(cell(1234.5, { kind: 'number', format: 'dollar' }).textContent).toBe('$1,234.50');
    expect(configuredCell(5, { name: 'c', type: 'number' }, { kind: 'number' })).toBeUndefined();
  });

  it('draws progress bars within their bounds', () => {
    const bar = cell(0.25, { kind: 'progress', minValue: 0, maxValue: 1, format: 'percent' });
    expect((bar.querySelector('.lu-df-bar > span') as HTMLElement).style.width).toBe('25.0%');
    expect(bar.querySelector('.lu-df-bar-text')?.textContent).toBe('25.00%');
    // Named by its column (axe: aria-progressbar-name).
    expect(bar.querySelector('[role=progressbar]')?.getAttribute('aria-label')).toBe('c');
  });

  it('links only to safe URLs, with display text or a regex group', () => {
    expect(cell('https://x.dev/ada', { kind: 'link', displayText: 'https://x.dev/(.*)' }, 'string').querySelector('a')?.textContent).toBe('ada');
    expect(cell('javascript:alert(1)', { kind: 'link' }, 'string').querySelector('a')).toBeNull();
    expect(linkText('https://a', 'Open')).toBe('Open');
    expect(safeUrl('data:image/png;base64,AA', true)).toBe(true);
    expect(safeUrl('data:text/html;base64,AA', true)).toBe(false);
  });

  it('shows images, chips, sparklines and JSON', () => {
    expect(cell('https://x.dev/a.png', { kind: 'image' }, 'string').querySelector('img')?.getAttribute('src')).toBe('https://x.dev/a.png');
    expect([...cell(['a', 'b'], { kind: 'list' }, 'list').querySelectorAll('.lu-df-chip')].map((c) => c.textContent)).toEqual(['a', 'b']);
    expect(cell([1, 3, 2], { kind: 'lineChart' }, 'list').querySelector('polyline')?.getAttribute('points')).toBe(
      '0.00,13.00 50.00,1.00 100.00,7.00',
    );
    expect(cell([1, 2], { kind: 'barChart', yMin: 0, yMax: 2 }, 'list').querySelectorAll('rect')).toHaveLength(2);
    expect(cell({ a: 1 }, { kind: 'json' }, 'object').textContent).toBe('{"a":1}');
  });

  it('formats dates with Streamlit formats', () => {
    expect(formatDateWith('2024-01-05T13:45:07.000Z', 'DD/MM/YYYY HH:mm')).toBe('05/01/2024 13:45');
    expect(formatDateWith('2024-01-05', 'iso8601')).toBe('2024-01-05');
    expect(formatDateWith('2024-01-02T00:00:00Z', 'distance', Date.UTC(2024, 0, 5))).toBe('3 days ago');
  });

  it('sizes named widths', () => {
    expect([
      configuredWidth({ kind: 'column', width: 'small' }),
      configuredWidth({ kind: 'column', width: 'large' }),
      configuredWidth({ kind: 'column', width: 123 }),
    ]).toEqual([75, 400, 123]);
  });
});
