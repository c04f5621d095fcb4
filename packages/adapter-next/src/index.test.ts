import { describe, expect, it } from 'vitest';
import { createRouteHandlers } from './index.js';

describe('adapter-next placeholder', () => {
  it('answers 501 with what to use instead', async () => {
    const { GET, POST } = createRouteHandlers(() => undefined);
    for (const handler of [GET, POST]) {
      const res = await handler(new Request('http://localhost/explorer/x'));
      expect(res.status).toBe(501);
      expect(await res.text()).toMatch(/adapter-express/);
    }
  });
});
