import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import type { ElementProtoOf } from '@lit-ui/core/protocol';
import { deltaTone, metricRenderer, metricText } from './metric.js';

function mount(proto: Omit<ElementProtoOf<'metric'>, 'type'>): HTMLElement {
  const host = document.createElement('div');
  render(metricRenderer({ type: 'metric', ...proto }), host);
  return host;
}

describe('st.metric', () => {
  it('shows label, value and an up delta in green', () => {
    const host = mount({ label: 'Revenue', value: '$12,345', delta: '+5.2%', deltaColor: 'normal', deltaArrow: 'up' });
    expect(host.querySelector('.lu-metric-label')?.textContent?.trim()).toBe('Revenue');
    expect(host.querySelector('.lu-metric-value')?.textContent).toBe('$12,345');
    const delta = host.querySelector('.lu-metric-delta');
    expect(delta?.classList.contains('lu-metric-delta--good')).toBe(true);
    expect(delta?.querySelector('.lu-metric-arrow')?.textContent).toBe('▲');
    expect(delta?.querySelector('.lu-metric-delta-text')?.textContent).toBe('+5.2%');
  });

  it('colors by arrow and deltaColor', () => {
    expect(deltaTone('down', 'normal')).toBe('bad');
    expect(deltaTone('down', 'inverse')).toBe('good');
    expect(deltaTone('up', 'inverse')).toBe('bad');
    expect(deltaTone('up', 'off')).toBe('neutral');
    const host = mount({ label: 'Errors', value: '23', delta: '-8%', deltaColor: 'inverse', deltaArrow: 'down' });
    expect(host.querySelector('.lu-metric-arrow')?.textContent).toBe('▼');
    expect(host.querySelector('.lu-metric-delta--good')).not.toBeNull();
  });

  it('formats a numeric value and delta with format, and leaves text as sent', () => {
    const host = mount({ label: 'Revenue', value: '1234.567', delta: '-5', deltaColor: 'normal', deltaArrow: 'down', format: 'dollar' });
    expect(host.querySelector('.lu-metric-value')?.textContent).toBe('$1,234.57');
    expect(host.querySelector('.lu-metric-delta-text')?.textContent).toBe('-$5.00');
    expect(metricText('0.256', 'percent')).toBe('25.60%');
    expect(metricText('72.34', '%.1f °F')).toBe('72.3 °F');
    expect(metricText('70 °F', '%.1f')).toBe('70 °F');
    expect(metricText('', '%d')).toBe('');
    expect(metricText('12', undefined)).toBe('12');
  });

  it('omits the delta when there is none', () => {
    const host = mount({ label: 'Cars', value: '406', deltaColor: 'normal', deltaArrow: 'none' });
    expect(host.querySelector('.lu-metric-delta')).toBeNull();
  });

  it('draws a border, hides or collapses the label, shows help', () => {
    const host = mount({
      label: 'A',
      value: '1',
      deltaColor: 'normal',
      deltaArrow: 'none',
      border: true,
      labelVisibility: 'collapsed',
      help: 'hint',
    });
    expect(host.querySelector('.lu-metric.lu-metric--border')).not.toBeNull();
    expect(host.querySelector('.lu-metric-label.lu-label--collapsed')).not.toBeNull();
    expect(host.querySelector('.lu-help [role=tooltip]')?.textContent?.trim()).toBe('hint');
    expect(host.querySelector('.lu-metric')?.getAttribute('aria-label')).toBe('A');
  });
});
