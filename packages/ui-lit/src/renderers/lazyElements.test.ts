import { describe, expect, it, vi } from 'vitest';
import { defineLazily } from './lazyElements.js';

class Probe extends HTMLElement {}
class Retried extends HTMLElement {}

describe('defineLazily', () => {
  it('loads the class once for concurrent renders and defines the tag', async () => {
    const load = vi.fn(() => Promise.resolve(Probe));
    const first = defineLazily('lazy-probe', load);
    const second = defineLazily('lazy-probe', load);
    await Promise.all([first, second]);
    await defineLazily('lazy-probe', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(customElements.get('lazy-probe')).toBe(Probe);
  });

  it('upgrades elements rendered before the class arrived', async () => {
    class Upgraded extends HTMLElement {
      declare proto: unknown;
    }
    const el = document.createElement('lazy-upgraded') as HTMLElement & { proto?: unknown };
    document.body.append(el);
    el.proto = { type: 'dataframe' };
    await defineLazily('lazy-upgraded', () => Promise.resolve(Upgraded));
    expect(el).toBeInstanceOf(Upgraded);
    expect(el.proto).toEqual({ type: 'dataframe' });
    el.remove();
  });

  it('forgets a failed load, so the next render tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk dropped')).mockResolvedValueOnce(Retried);
    await expect(defineLazily('lazy-retried', load)).rejects.toThrow('chunk dropped');
    expect(customElements.get('lazy-retried')).toBeUndefined();
    await defineLazily('lazy-retried', load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(customElements.get('lazy-retried')).toBe(Retried);
  });

  it('leaves a tag defined elsewhere alone', async () => {
    class Page extends HTMLElement {}
    customElements.define('lazy-page', Page);
    const load = vi.fn(() => Promise.resolve(Probe));
    await defineLazily('lazy-page', load);
    expect(load).not.toHaveBeenCalled();
    expect(customElements.get('lazy-page')).toBe(Page);
  });
});
