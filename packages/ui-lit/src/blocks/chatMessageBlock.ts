import { html } from 'lit';
import type { BlockEnv } from './blockEnv.js';
import type { BlockNodeOf } from './layoutBlocks.js';

const userIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <circle cx="12" cy="8.5" r="3.8" fill="currentColor" />
  <path d="M4.5 20c.8-4 3.9-6 7.5-6s6.7 2 7.5 6z" fill="currentColor" />
</svg>`;

const assistantIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
  <rect x="4.5" y="7.5" width="15" height="11" rx="3" fill="currentColor" />
  <rect x="11" y="3.5" width="2" height="4" rx="1" fill="currentColor" />
  <circle cx="9.3" cy="13" r="1.6" fill="var(--lit-ui-avatar-eye, #fff)" />
  <circle cx="14.7" cy="13" r="1.6" fill="var(--lit-ui-avatar-eye, #fff)" />
</svg>`;

/** True when an avatar string is an image URL rather than an emoji or text. */
function isImageUrl(avatar: string): boolean {
  return /^(https?:|data:image\/|blob:|\/|\.\.?\/)/.test(avatar);
}

/**
 * The avatar of a chat message: an image URL, an emoji, the built-in icon
 * of `user` / `assistant` (also `human` / `ai`) on a colored circle, or the
 * name's initial.
 */
export function chatAvatar(name: string, avatar: string | undefined): unknown {
  const role = name.toLowerCase();
  if (avatar !== undefined && avatar !== '') {
    if (isImageUrl(avatar)) return html`<img class="lu-avatar lu-avatar--image" src=${avatar} alt="" />`;
    return html`<span class="lu-avatar lu-avatar--emoji" aria-hidden="true">${avatar}</span>`;
  }
  if (role === 'user' || role === 'human') {
    return html`<span class="lu-avatar lu-avatar--user" aria-hidden="true">${userIcon}</span>`;
  }
  if (role === 'assistant' || role === 'ai') {
    return html`<span class="lu-avatar lu-avatar--assistant" aria-hidden="true">${assistantIcon}</span>`;
  }
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return html`<span class="lu-avatar lu-avatar--initial" aria-hidden="true">${initial}</span>`;
}

/**
 * `st.chatMessage(name)`: an avatar beside a stack of the message's
 * content. User messages get a tinted background, as in Streamlit.
 */
export function chatMessageBlock(node: BlockNodeOf<'chatMessage'>, key: string, env: BlockEnv, cls: string): unknown {
  const { name, avatar } = node.proto;
  const role = name.toLowerCase();
  const isUser = role === 'user' || role === 'human';
  return html`<div class="lu-block lu-chat-message${isUser ? ' lu-chat-message--user' : ''}${cls}" aria-label=${`${name} message`} role="group">
    ${chatAvatar(name, avatar)}
    <div class="lu-stack lu-chat-content">${env.renderChildren(node, key, env)}</div>
  </div>`;
}
