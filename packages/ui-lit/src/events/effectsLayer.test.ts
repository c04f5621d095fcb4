import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EffectsLayer, EFFECT_DURATION_MS } from './effectsLayer.js';

beforeAll(() => {
  if (!customElements.get('lit-ui-effects')) customElements.define('lit-ui-effects', EffectsLayer);
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('<lit-ui-effects>', () => {
  it('plays each balloons/snow nonce once, then removes it', async () => {
    vi.useFakeTimers();
    const el = document.createElement('lit-ui-effects') as EffectsLayer;
    document.body.append(el);
    el.effects = [
      { type: 'balloons', nonce: 'a' },
      { type: 'toast', nonce: 'x' },
    ];
    await el.updateComplete;
    expect(el.querySelectorAll('.lu-effect--balloons')).toHaveLength(1);
    expect(el.querySelectorAll('.lu-balloon').length).toBeGreaterThan(10);
    expect(el.querySelector('.lu-effect')?.getAttribute('aria-hidden')).toBe('true');
    vi.advanceTimersByTime(EFFECT_DURATION_MS.balloons);
    await el.updateComplete;
    expect(el.querySelectorAll('.lu-effect')).toHaveLength(0);
    el.effects = [
      { type: 'balloons', nonce: 'a' },
      { type: 'snow', nonce: 'b' },
    ];
    await el.updateComplete;
    expect(el.querySelectorAll('.lu-effect--balloons')).toHaveLength(0);
    expect(el.querySelectorAll('.lu-effect--snow')).toHaveLength(1);
  });
});
