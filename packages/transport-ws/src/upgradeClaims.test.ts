import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRuntime } from '../test/fakeRuntime.js';
import { loopbackServer } from '../test/loopbackServer.js';
import { attachWebSocket, WS_PATH_SUFFIX, type WebSocketTransport } from './index.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('upgrade listeners of many apps on one server', () => {
  it('a dozen apps on one server raise no MaxListenersExceededWarning, and closing them restores the limit', async () => {
    const http = await loopbackServer();
    cleanups.push(() => http.close());
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    cleanups.push(async () => void process.off('warning', onWarning));
    const limit = http.server.getMaxListeners();

    const transports: WebSocketTransport[] = [];
    for (let i = 0; i < 12; i++) transports.push(attachWebSocket(http.server, createFakeRuntime(), { path: `/app${i}${WS_PATH_SUFFIX}` }));
    // One listener per app, plus the shared (multiplexed) endpoint's.
    const listeners = http.server.listenerCount('upgrade');
    expect(listeners).toBeGreaterThanOrEqual(12);
    // Node emits the warning on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(http.server.getMaxListeners()).toBe(limit + listeners);

    for (const transport of transports) await transport.close();
    expect(http.server.listenerCount('upgrade')).toBe(0);
    expect(http.server.getMaxListeners()).toBe(limit);
  });
});
