import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

/** `expect.stringContaining`, typed as the unknown matcher it is. */
const containing = (text: string): unknown => expect.stringContaining(text);

const texts = (at: { get(type: string): { value: unknown }[] }) => at.get('text').map((e) => e.value);

describe('st.downloadButton', () => {
  it('downloads bytes with their file name, and reruns with the button true for one run', async () => {
    const clicks: boolean[] = [];
    const at = AppTest.fromFunction((st) => void clicks.push(st.downloadButton('Get', new Uint8Array([1, 2, 3]), { fileName: 'x.bin' })));
    await at.run();
    const file = await at.downloadButton[0]!.download();
    expect(file).toEqual({ fileName: 'x.bin', mime: 'application/octet-stream', data: new Uint8Array([1, 2, 3]) });
    expect(clicks).toEqual([false, true]);
    await at.run();
    expect(clicks).toEqual([false, true, false]);
  });

  it('serves the data as an attachment from a media URL, never inside the delta', async () => {
    const big = 'x'.repeat(100_000);
    const at = AppTest.fromFunction((st) => void st.downloadButton('CSV', big, { fileName: 'rows.csv', mime: 'text/csv' }));
    await at.run();
    const proto = at.downloadButton[0]!.proto;
    expect(JSON.stringify(proto).length).toBeLessThan(1000);
    const res = await at.fetch(proto['url'] as string);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="rows.csv"; filename*=UTF-8''rows.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await res.text()).length).toBe(100_000);
  });

  it('calls deferred data only on click (sync or async), with default file names and types', async () => {
    let calls = 0;
    const at = AppTest.fromFunction((st) => {
      st.downloadButton('Sync', () => `n=${++calls}`, { fileName: 'n.txt' });
      st.downloadButton('Async', async () => new Blob(['{"a":1}'], { type: 'application/json' }), { onClick: 'ignore' });
    });
    await at.run();
    await at.run();
    expect(calls).toBe(0);
    const sync = await at.downloadButton[0]!.download();
    expect([sync.fileName, sync.mime, new TextDecoder().decode(sync.data), calls]).toEqual(['n.txt', 'text/plain', 'n=1', 1]);
    const asyncFile = await at.downloadButton[1]!.download();
    expect([asyncFile.fileName, asyncFile.mime, new TextDecoder().decode(asyncFile.data)]).toEqual(['download.txt', 'application/json', '{"a":1}']);
  });

  it("onClick 'ignore' does not rerun; a callback runs before the rerun", async () => {
    let runs = 0;
    const events: string[] = [];
    const at = AppTest.fromFunction((st) => {
      runs++;
      st.downloadButton('Quiet', 'q', { onClick: 'ignore' });
      st.downloadButton('Loud', 'l', { key: 'loud', onClick: () => void events.push('clicked') });
      st.text(`runs ${runs}`);
    });
    await at.run();
    await at.downloadButton[0]!.download();
    expect(runs).toBe(1);
    await at.downloadButton[1]!.download();
    expect([runs, events]).toEqual([2, ['clicked']]);
    expect(texts(at)).toEqual(['runs 2']);
  });

  it('reports bad data: eager at once (InvalidArgument), deferred on click (DownloadFailed), and the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      st.downloadButton('Bad later', () => {
        throw new Error('no data today');
      });
      st.text('still here');
      st.downloadButton('Bad now', 42 as never);
    });
    await at.run();
    expect(at.exception[0]).toMatchObject({ code: 'InvalidArgument' });
    await expect(at.downloadButton[0]!.download()).rejects.toMatchObject({
      status: 500,
      code: 'DownloadFailed',
      message: containing('no data today'),
    });
    expect(texts(at)).toEqual(['still here']);
  });

  it('cannot sit in a form (ButtonInForm)', async () => {
    const at = AppTest.fromFunction((st) => {
      const form = st.form('f');
      form.downloadButton('Get', 'x');
      form.formSubmitButton('Go');
    });
    await at.run();
    expect(at.exception[0]?.code).toBe('ButtonInForm');
  });
});
