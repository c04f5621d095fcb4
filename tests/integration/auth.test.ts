/* eslint-disable @typescript-eslint/no-unsafe-member-access -- st.user and st.secrets are typed loosely per claim and key, as in Streamlit */
import type { IncomingMessage, Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { defineApp } from '@lit-ui/core';
import { liteUi, type LiteUiRouter } from '@lit-ui/adapter-express';

/** The host app's own auth: a session cookie looked up in its session table. */
const SESSIONS = new Map([['s-ada', { sub: '1', name: 'Ada', email: 'ada@example.com' }]]);
type Claims = typeof SESSIONS extends Map<string, infer C> ? C : never;
function identify(req: IncomingMessage): Claims | null {
  const cookie = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  return (cookie && SESSIONS.get(cookie)) || null;
}

const app = defineApp((st) => {
  st.text(st.user.isLoggedIn ? `hello ${st.user.name} <${st.user.email}>` : 'hello stranger');
  st.text(`db user ${st.secrets.db.user}`);
  if (st.button('Log out')) st.logout();
  if (st.button('Log in')) st.login('corp');
});

let server: Server;
let ui: LiteUiRouter;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lit-ui-auth-'));
  const secretsFile = join(dir, 'secrets.toml');
  writeFileSync(secretsFile, '[db]\nuser = "reporting"\npassword = "pw-very-secret"\n');
  const host = express();
  // The host's middleware sets the identity for its own routes; getUser reads the same for lit-ui's requests
  // (WebSocket upgrades do not pass through Express middleware, so it looks the request up itself when needed).
  host.use((req, _res, next) => {
    (req as IncomingMessage & { user?: Claims | null }).user = identify(req);
    next();
  });
  host.get('/auth/logout', (_req, res) => void res.send('logged out'));
  ui = liteUi(app, {
    secrets: secretsFile,
    getUser: (req) => (req as IncomingMessage & { user?: Claims | null }).user ?? identify(req),
    auth: { loginUrl: (provider) => `/auth/login?provider=${provider}`, logoutUrl: '/auth/logout' },
  });
  host.use('/app', ui);
  server = host.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  ui.attach(server);
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await ui.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Msg {
  type: string;
  state?: string;
  element?: { type: string; body?: string; id?: string; label?: string };
  action?: string;
  url?: string;
}

/** A WebSocket client: every frame's text, the parsed messages, and a wait for the next idle. */
async function connect(cookie?: string) {
  const ws = new WebSocket(`ws://${base}/app/_lit-ui/ws`, { headers: cookie ? { cookie } : {} });
  const frames: string[] = [];
  const messages: Msg[] = [];
  let onIdle: (() => void) | undefined;
  ws.on('message', (data) => {
    const text = (data as Buffer).toString('utf8');
    frames.push(text);
    for (const msg of JSON.parse(text) as Msg[]) {
      messages.push(msg);
      if (msg.type === 'sessionStatus' && msg.state === 'idle') onIdle?.();
    }
  });
  const idle = () => new Promise<void>((resolve) => (onIdle = resolve));
  await new Promise((resolve) => ws.once('open', resolve));
  const first = idle();
  ws.send(JSON.stringify({ type: 'hello', cseq: 0, protocolVersion: 1 }));
  await first;
  return { ws, frames, messages, idle };
}

const texts = (messages: Msg[]) => messages.filter((m) => m.type === 'delta' && m.element?.type === 'text').map((m) => m.element?.body);

describe('st.user, st.login, st.logout and st.secrets through a real Express app', () => {
  it('st.user has the claims the host middleware set; secrets come from the file and never reach the wire', async () => {
    const c = await connect('sid=s-ada');
    expect(texts(c.messages)).toEqual(['hello Ada <ada@example.com>', 'db user reporting']);
    expect(c.frames.join('')).not.toContain('pw-very-secret');
    c.ws.close();
    const anonymous = await connect();
    expect(texts(anonymous.messages)[0]).toBe('hello stranger');
    anonymous.ws.close();
  });

  it('st.logout() sends the client to the host route, which the host serves; the browser cannot set the user', async () => {
    const c = await connect('sid=s-ada');
    const button = c.messages.find((m) => m.element?.type === 'button' && m.element.label === 'Log out')!.element!;
    // A BackMsg that tries to carry a user is refused by the protocol check and changes nothing.
    c.ws.send(JSON.stringify({ type: 'rerunScript', cseq: 1, widgets: [], user: { name: 'Mallory' } }));
    const next = c.idle();
    c.ws.send(JSON.stringify({ type: 'rerunScript', cseq: 2, widgets: [{ id: button.id, value: true, trigger: true }] }));
    await next;
    expect(c.messages.some((m) => m.type === 'error')).toBe(true);
    expect(c.messages.filter((m) => m.type === 'authRedirect')).toEqual([expect.objectContaining({ action: 'logout', url: '/auth/logout' })]);
    expect(c.frames.join('')).not.toContain('Mallory');
    c.ws.close();
    const res = await fetch(`http://${base}/auth/logout`);
    expect(await res.text()).toBe('logged out');
  });
});
