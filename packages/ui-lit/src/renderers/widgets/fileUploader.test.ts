import { afterEach, describe, expect, it } from 'vitest';
import type { MediaChannel, UploadedFileInfo } from '../types.js';
import { lazyKit } from '../lazyKit.js';
import { downloadButtonWidget } from './downloadButton.js';
import { mountWidget } from './fakeWidgetManager.js';
import { acceptsFile, formatBytes } from './fileFormat.js';
import { fileUploaderWidget } from './fileUploader.js';
import type { WidgetElement } from './widgetElement.js';

if (customElements.get('test-file-uploader') === undefined) customElements.define('test-file-uploader', fileUploaderWidget(lazyKit));
if (customElements.get('test-download-button') === undefined) customElements.define('test-download-button', downloadButtonWidget(lazyKit));

afterEach(() => {
  document.body.innerHTML = '';
});

/** A media channel that records calls and answers uploads with a file id. */
function fakeMedia(refuse?: { status: number; code: string; message: string }) {
  const calls: string[] = [];
  let next = 0;
  const media: MediaChannel = {
    url: (path) => `http://app.test/m/${path}`,
    async upload(widgetId, file, onProgress) {
      calls.push(`upload ${widgetId} ${file.name}`);
      onProgress?.({ loaded: file.size, total: file.size });
      if (refuse) throw Object.assign(new Error(refuse.message), refuse);
      return { fileId: `f${++next}`, name: file.name, type: file.type, size: file.size } satisfies UploadedFileInfo;
    },
    async remove(fileId) {
      calls.push(`remove ${fileId}`);
    },
    async download(widgetId, url, fileName) {
      calls.push(`download ${widgetId} ${url ?? 'deferred'} ${fileName}`);
      if (refuse) throw new Error(refuse.message);
    },
  };
  return { media, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mountUploader(proto: Record<string, unknown>, refuse?: { status: number; code: string; message: string }) {
  const base = { type: 'fileUploader', id: 'u1', label: 'Data', value: [], multiple: false, maxBytes: 100, ...proto };
  const mounted = await mountWidget<WidgetElement>('test-file-uploader', base);
  const fake = fakeMedia(refuse);
  mounted.el.ctx = { ...mounted.el.ctx, media: fake.media };
  await mounted.el.updateComplete;
  const input = mounted.el.querySelector('input[type=file]') as HTMLInputElement;
  const choose = async (...files: File[]) => {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    await mounted.el.updateComplete;
  };
  return { ...mounted, ...fake, choose };
}

describe('<lit-ui-file-uploader>', () => {
  it('uploads a chosen file over the side channel and sets the widget value to its info', async () => {
    const { el, widgets, calls, choose } = await mountUploader({ accept: ['.csv'] });
    expect(el.querySelector('input')?.getAttribute('accept')).toBe('.csv');
    expect(el.textContent).toContain('Limit 100 B per file • CSV');
    await choose(new File(['a,b'], 'rows.csv', { type: 'text/csv' }));
    expect(calls).toEqual(['upload u1 rows.csv']);
    expect(widgets.calls).toEqual([
      { method: 'set', id: 'u1', value: [{ fileId: 'f1', name: 'rows.csv', type: 'text/csv', size: 3 }], debounce: false },
    ]);
    expect(el.querySelector('.lu-uploader-file')?.textContent).toContain('rows.csv');
    expect(el.querySelector('.lu-uploader-size')?.textContent).toBe('3 B');
  });

  it('shows errors in place for a file too large or of a refused type, without uploading', async () => {
    const { el, widgets, calls, choose } = await mountUploader({ accept: ['.csv'], maxBytes: 2 });
    await choose(new File(['abc'], 'big.csv', { type: 'text/csv' }));
    expect(el.querySelector('[role=alert]')?.textContent).toBe('big.csv is larger than the limit of 2 B.');
    await choose(new File(['a'], 'x.exe'));
    expect(el.querySelector('[role=alert]')?.textContent).toContain('x.exe: this file type is not allowed');
    expect(calls).toEqual([]);
    expect(widgets.calls).toEqual([]);
  });

  it("shows the server's refusal in place and the widget keeps working", async () => {
    const { el, widgets, choose } = await mountUploader(
      {},
      { status: 413, code: 'UploadTooLarge', message: 'a.txt is larger than the limit of 1 MB.' },
    );
    await choose(new File(['a'], 'a.txt'));
    expect(el.querySelector('[role=alert]')?.textContent).toBe('a.txt is larger than the limit of 1 MB.');
    expect(widgets.calls).toEqual([]);
    (el.querySelector('.lu-uploader-remove') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')).toBeNull();
  });

  it('keeps several files when multiple, and × removes one (freed on the server)', async () => {
    const { el, widgets, calls, choose } = await mountUploader({ multiple: true, maxBytes: 1000 });
    await choose(new File(['1'], 'a.txt'), new File(['22'], 'b.txt'));
    await choose(new File(['333'], 'c.txt'));
    expect([...el.querySelectorAll('.lu-uploader-name')].map((n) => n.textContent)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    (el.querySelector('button[aria-label="Remove b.txt"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(calls.at(-1)).toBe('remove f2');
    expect((widgets.calls.at(-1)?.value as { name: string }[]).map((f) => f.name)).toEqual(['a.txt', 'c.txt']);
  });

  it('replaces the file of a single-file uploader, freeing the old one', async () => {
    const { widgets, calls, choose } = await mountUploader({});
    await choose(new File(['1'], 'a.txt'));
    await choose(new File(['2'], 'b.txt'));
    expect(calls).toEqual(['upload u1 a.txt', 'upload u1 b.txt', 'remove f1']);
    expect((widgets.calls.at(-1)?.value as { name: string }[]).map((f) => f.name)).toEqual(['b.txt']);
  });

  it('opens the picker from a keyboard-operable button', async () => {
    const { el } = await mountUploader({});
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    let opened = 0;
    input.click = () => void opened++;
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.id).toBe(el.querySelector('label')?.getAttribute('for'));
    button.click();
    expect(opened).toBe(1);
  });

  it('formats sizes and matches accept lists as the server does', () => {
    expect([formatBytes(12), formatBytes(2048), formatBytes(5 * 1_048_576)]).toEqual(['12 B', '2.0 KB', '5.0 MB']);
    expect(acceptsFile(['.jpg', 'image/*'], { name: 'A.JPG', type: '' })).toBe(true);
    expect(acceptsFile(['image/*'], { name: 'a.bin', type: 'image/png' })).toBe(true);
    expect(acceptsFile(['.csv'], { name: 'a.txt', type: 'text/csv' })).toBe(false);
  });
});

describe('<lit-ui-download-button>', () => {
  it('downloads through the side channel, then triggers unless onClick is ignore', async () => {
    const proto = {
      type: 'downloadButton',
      id: 'd1',
      label: 'Get',
      value: false,
      fileName: 'x.csv',
      mime: 'text/csv',
      url: '_lit-ui/media/abc.csv',
      onClick: 'rerun',
      kind: 'secondary',
    };
    const { el, widgets } = await mountWidget<WidgetElement>('test-download-button', proto);
    const fake = fakeMedia();
    el.ctx = { ...el.ctx, media: fake.media };
    el.querySelector('button')?.click();
    await settle();
    expect(fake.calls).toEqual(['download d1 _lit-ui/media/abc.csv x.csv']);
    expect(widgets.calls).toEqual([{ method: 'trigger', id: 'd1', value: true }]);

    const quiet = await mountWidget<WidgetElement>('test-download-button', { ...proto, id: 'd2', url: undefined, onClick: 'ignore' });
    quiet.el.ctx = { ...quiet.el.ctx, media: fake.media };
    quiet.el.querySelector('button')?.click();
    await settle();
    expect(fake.calls.at(-1)).toBe('download d2 deferred x.csv');
    expect(quiet.widgets.calls).toEqual([]);
  });

  it('shows a failed download under the button', async () => {
    const proto = { type: 'downloadButton', id: 'd1', label: 'Get', value: false, fileName: 'x', mime: 'x', onClick: 'rerun', kind: 'secondary' };
    const { el, widgets } = await mountWidget<WidgetElement>('test-download-button', proto);
    el.ctx = { ...el.ctx, media: fakeMedia({ status: 500, code: 'DownloadFailed', message: 'no data today' }).media };
    el.querySelector('button')?.click();
    await settle();
    await el.updateComplete;
    expect(el.querySelector('[role=alert]')?.textContent).toBe('no data today');
    expect(widgets.calls).toEqual([]);
  });
});
