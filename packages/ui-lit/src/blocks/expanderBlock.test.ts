import type { ClientBlock } from '@lit-ui/core/protocol';
import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import type { BlockEnv } from './blockEnv.js';
import { chatAvatar, chatMessageBlock } from './chatMessageBlock.js';
import { expanderBlock, plainLabel, statusBlock } from './expanderBlock.js';
import type { BlockNodeOf } from './layoutBlocks.js';

const env: BlockEnv = {
  ctx: { widgets: {} as BlockEnv['ctx']['widgets'], pageHref: (p) => p, navigate: () => undefined },
  stale: null,
  dialogClosed: () => undefined,
  renderChildren: (block: ClientBlock) => html`<i>${block.children.length} children</i>`,
  queue: { schedule: () => undefined },
};

function mount(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe('expander and status blocks', () => {
  it('strips markdown markers and material icons from labels', () => {
    expect(plainLabel('**Bold** and `code` :material/home: x')).toBe('Bold and code  x');
  });

  it('renders an expander as <details> honouring expanded', () => {
    const node = {
      kind: 'block',
      gen: 0,
      confirmed: 0,
      children: [],
      proto: { type: 'expander', label: 'More **info**', expanded: true },
    } as BlockNodeOf<'expander'>;
    const host = mount(expanderBlock(node, '0.1', env, ' lu-stale'));
    const details = host.querySelector('details');
    expect(details?.open).toBe(true);
    expect(details?.className).toContain('lu-stale');
    expect(host.querySelector('.lu-expander-label')?.textContent).toBe('More info');
    expect(host.querySelector('.lu-expander-body')?.textContent).toBe('0 children');
  });

  it('shows the state icon of a status block', () => {
    for (const [state, label] of [
      ['running', 'Running'],
      ['complete', 'Complete'],
      ['error', 'Error'],
    ] as const) {
      const node = {
        kind: 'block',
        gen: 0,
        confirmed: 0,
        children: [],
        proto: { type: 'status', label: 'Work', state, expanded: false },
      } as BlockNodeOf<'status'>;
      const host = mount(statusBlock(node, '0.0', env, ''));
      expect(host.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(label);
      expect(host.querySelector('details')?.open).toBe(false);
    }
  });
});

describe('chat message block', () => {
  it('picks an avatar: image URL, emoji, role icon or initial', () => {
    expect(mount(chatAvatar('user', 'https://x.io/a.png')).querySelector('img')?.getAttribute('src')).toBe('https://x.io/a.png');
    expect(mount(chatAvatar('user', '🦖')).textContent?.trim()).toBe('🦖');
    expect(mount(chatAvatar('user', undefined)).querySelector('.lu-avatar--user')).not.toBeNull();
    expect(mount(chatAvatar('assistant', undefined)).querySelector('.lu-avatar--assistant')).not.toBeNull();
    expect(mount(chatAvatar('bob', undefined)).textContent?.trim()).toBe('B');
  });

  it('tints user messages and labels the group', () => {
    const node = { kind: 'block', gen: 0, confirmed: 0, children: [], proto: { type: 'chatMessage', name: 'user' } } as BlockNodeOf<'chatMessage'>;
    const host = mount(chatMessageBlock(node, '0.0', env, ''));
    const group = host.querySelector('.lu-chat-message');
    expect(group?.className).toContain('lu-chat-message--user');
    expect(group?.getAttribute('aria-label')).toBe('user message');
  });
});
