import { describe, expect, it } from 'vitest';
import { render } from 'lit';
import { alertRenderer } from './alert.js';
import { exceptionRenderer } from './exception.js';

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('alerts', () => {
  it('renders each kind as a colored box with a markdown body', () => {
    for (const kind of ['success', 'info', 'warning', 'error'] as const) {
      const host = mount(alertRenderer({ type: kind, body: 'Saved **3** rows' }));
      const box = host.querySelector(`.lu-alert.lu-alert--${kind}`);
      expect(box?.querySelector('.lu-alert-body strong')?.textContent).toBe('3');
      expect(box?.getAttribute('role')).toBe(kind === 'error' || kind === 'warning' ? 'alert' : 'status');
    }
  });

  it('shows an emoji or material icon, or none', () => {
    expect(mount(alertRenderer({ type: 'success', body: 'x', icon: '✅' })).querySelector('.lu-alert-icon')?.textContent).toBe('✅');
    expect(
      mount(alertRenderer({ type: 'error', body: 'x', icon: ':material/error:' })).querySelector('.lu-alert-icon.lu-material')?.textContent,
    ).toBe('error');
    expect(mount(alertRenderer({ type: 'info', body: 'x' })).querySelector('.lu-alert-icon')).toBeNull();
  });
});

describe('exceptions', () => {
  it('shows "Name: message" in a red box', () => {
    const host = mount(exceptionRenderer({ type: 'exception', name: 'TypeError', message: 'x is not a function' }));
    const box = host.querySelector('.lu-alert--error.lu-exception');
    expect(box?.querySelector('.lu-exception-title')?.textContent).toBe('TypeError: x is not a function');
    expect(box?.querySelector('details')).toBeNull();
    expect(box?.querySelector('.lu-exception-code')).toBeNull();
  });

  it('shows the stack in a collapsed details, and the error code', () => {
    const host = mount(
      exceptionRenderer({
        type: 'exception',
        name: 'LitUiError',
        message: 'dup',
        code: 'DuplicateWidgetID',
        stack: ['at a (app.ts:1:1)', 'at b (app.ts:2:2)'],
      }),
    );
    const details = host.querySelector('details.lu-exception-stack');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('pre')?.textContent).toBe('at a (app.ts:1:1)\nat b (app.ts:2:2)');
    expect(host.querySelector('.lu-exception-code')?.textContent).toBe('DuplicateWidgetID');
  });

  it('shows the error id of a redacted error, for the operator to find in the log', () => {
    const host = mount(exceptionRenderer({ type: 'exception', name: 'Error', message: 'redacted', errorId: 'Ab3_xY9-kLm2' }));
    expect(host.querySelector('.lu-exception-id')?.textContent).toBe('Error id: Ab3_xY9-kLm2');
    expect(mount(exceptionRenderer({ type: 'exception', name: 'Error', message: 'm' })).querySelector('.lu-exception-id')).toBeNull();
  });

  it('is yellow for warnings', () => {
    const host = mount(exceptionRenderer({ type: 'exception', name: 'StreamlitAPIWarning', message: 'careful', isWarning: true }));
    expect(host.querySelector('.lu-alert--warning.lu-exception')).not.toBeNull();
  });
});
