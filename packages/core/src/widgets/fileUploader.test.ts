import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';
import type { UploadedFile } from '../media/uploadedFile.js';
import type { ForwardMsg } from '../protocol/forwardMsg.js';
import { createTestRuntime } from '../runtime/runtime.js';
import { connectInMemory } from '../transport/memoryConnection.js';

/** `expect.stringContaining`, typed as the unknown matcher it is. */
const containing = (text: string): unknown => expect.stringContaining(text);

const texts = (at: { get(type: string): { value: unknown }[] }) => at.get('text').map((e) => e.value);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('st.fileUploader', () => {
  it('returns null, then the uploaded file (File-like) after an upload through the runtime', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const f = st.fileUploader('Notes', { type: ['txt'] });
      st.text(
        f ? `${f.name} ${f.type} ${f.size}: ${await f.text()} ${(await f.bytes()).length} ${(await f.arrayBuffer()).byteLength}` : 'nothing yet',
      );
    });
    await at.run();
    expect(texts(at)).toEqual(['nothing yet']);
    expect(at.fileUploader[0]!.proto).toMatchObject({ accept: ['.txt'], multiple: false, maxBytes: 209_715_200, value: [] });
    await at.fileUploader[0]!.upload({ name: 'n.txt', type: 'text/plain', data: bytes('hi') }).run();
    expect(texts(at)).toEqual(['n.txt text/plain 2: hi 2 2']);
    expect(at.fileUploader[0]!.value).toMatchObject({ name: 'n.txt', size: 2, type: 'text/plain' });
  });

  it('streams a file and keeps several files with acceptMultipleFiles; clear() removes and frees them', async () => {
    let seen: UploadedFile[] = [];
    const at = AppTest.fromFunction(async (st) => {
      seen = st.fileUploader('Data', { acceptMultipleFiles: true });
      const parts: string[] = [];
      for (const file of seen) {
        const reader = file.stream().getReader();
        let n = 0;
        for (let r = await reader.read(); !r.done; r = await reader.read()) n += r.value!.byteLength;
        parts.push(`${file.name}=${n}`);
      }
      st.text(parts.join(','));
    });
    await at.run();
    await at.fileUploader[0]!.upload([
      { name: 'a.csv', type: 'text/csv', data: 'x,y\n1,2' },
      { name: 'b.bin', data: new Uint8Array(70_000) },
    ]).run();
    await at.fileUploader[0]!.upload({ name: 'c.txt', data: new Blob(['ccc']) }).run();
    expect(texts(at)).toEqual(['a.csv=7,b.bin=70000,c.txt=3']);
    const first = seen[0]!;
    await at.fileUploader[0]!.clear().run();
    expect(texts(at)).toEqual(['']);
    await expect(first.text()).rejects.toMatchObject({ code: 'MediaNotFound' });
  });

  it('a single-file uploader replaces its file, freeing the old one', async () => {
    let file: UploadedFile | null = null;
    const at = AppTest.fromFunction((st) => void (file = st.fileUploader('One')));
    await at.run();
    await at.fileUploader[0]!.upload({ name: 'a.txt', data: 'a' }).run();
    const old = file!;
    await at.fileUploader[0]!.upload({ name: 'b.txt', data: 'b' }).run();
    expect(file!.name).toBe('b.txt');
    await expect(old.text()).rejects.toMatchObject({ code: 'MediaNotFound' });
  });

  it('refuses a file over maxUploadSize (MB) or of a refused type: the run rejects with the code, nothing is stored, the session goes on', async () => {
    const at = AppTest.fromFunction((st) => {
      const f = st.fileUploader('Image', { type: ['png', 'image/jpeg'], maxUploadSize: 0.001 });
      st.text(f ? f.name : 'none');
    });
    await at.run();
    await expect(at.fileUploader[0]!.upload({ name: 'big.png', type: 'image/png', data: new Uint8Array(2000) }).run()).rejects.toMatchObject({
      status: 413,
      code: 'UploadTooLarge',
      message: 'big.png is larger than the limit of 1048 bytes.',
    });
    await expect(at.fileUploader[0]!.upload({ name: 'x.exe', type: 'application/x-msdownload', data: 'MZ' }).run()).rejects.toMatchObject({
      status: 415,
      code: 'UploadTypeNotAllowed',
    });
    await at.fileUploader[0]!.upload({ name: 'photo.JPG', type: 'image/jpeg', data: new Uint8Array(10) }).run();
    expect(texts(at)).toEqual(['photo.JPG']);
  });

  it('uses the runtime maxUploadBytes by default', async () => {
    const at = AppTest.fromFunction((st) => void st.fileUploader('F'), { runtime: { maxUploadBytes: 4 } });
    await at.run();
    await expect(at.fileUploader[0]!.upload({ name: 'a.txt', data: '12345' }).run()).rejects.toMatchObject({ code: 'UploadTooLarge' });
  });

  it('refuses a widget value naming a file of another session or a deleted file (InvalidWidgetValue), and the session goes on', async () => {
    const runtime = createTestRuntime((st) => {
      const f = st.fileUploader('F', { key: 'f' });
      st.text(f ? f.name : 'none');
    });
    const connect = () => {
      const messages: ForwardMsg[] = [];
      const conn = connectInMemory(runtime, { onMessage: (m) => messages.push(m) });
      const session = runtime.session(conn.sessionId!)!;
      return { conn, session, messages };
    };
    const a = connect();
    const b = connect();
    await Promise.all([a.session.runner.idle(), b.session.runner.idle()]);
    const widgetId = [...a.session.media.uploaders.keys()][0]!;
    const upload = (s: typeof a.session, name: string) =>
      s.media.upload(widgetId, new Blob([name]).stream(), { mime: 'text/plain', fileName: name, maxBytes: 100 });
    const foreign = await upload(b.session, 'secret.txt');
    const mine = await upload(a.session, 'mine.txt');
    a.session.media.deleteUpload(mine.id);
    for (const id of [foreign.id, mine.id]) {
      a.conn.send({ type: 'rerunScript', widgets: [{ id: widgetId, value: [{ fileId: id, name: 'x', type: 'text/plain', size: 1 }] }] });
      await a.session.runner.idle();
    }
    const errors = a.messages.filter((m) => m.type === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'InvalidWidgetValue', message: containing('not an upload of this widget') }),
      expect.objectContaining({ code: 'InvalidWidgetValue', message: containing('not an upload of this widget') }),
    ]);
    const good = await upload(a.session, 'ok.txt');
    a.conn.send({ type: 'rerunScript', widgets: [{ id: widgetId, value: [{ fileId: good.id, name: 'forged-name', type: 'x', size: 9 }] }] });
    await a.session.runner.idle();
    const lastText = a.messages.filter((m) => m.type === 'delta' && 'element' in m && m.element.type === 'text').at(-1);
    expect(lastText).toMatchObject({ element: { body: 'ok.txt' } });
    await runtime.close();
  });

  it('rejects a tampered upload token with UploadForbidden', async () => {
    const at = AppTest.fromFunction((st) => void st.fileUploader('F'));
    await at.run();
    const res = await at.fetch('_lit-ui/upload', {
      method: 'POST',
      body: 'x',
      headers: {
        ...at.sessionHeaders(),
        'x-lit-ui-session-token': 'forged',
        'x-lit-ui-widget': at.fileUploader[0]!.id,
        'x-lit-ui-file-name': 'a.txt',
      },
    });
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([403, 'UploadForbidden']);
  });

  it('runs onChange, works inside forms (held until submit), and cannot be set through session state', async () => {
    const calls: string[] = [];
    const at = AppTest.fromFunction(async (st) => {
      const form = st.form('f');
      const file = form.fileUploader('In form');
      form.formSubmitButton('Send');
      st.text(file ? await file.text() : 'empty');
      st.fileUploader('Outside', { key: 'out', onChange: () => void calls.push('changed') });
    });
    await at.run();
    await at.fileUploader[0]!.upload({ name: 'a.txt', data: 'held' }).run();
    expect(texts(at)).toEqual(['empty']);
    await at.formSubmitButton[0]!.click().run();
    expect(texts(at)).toEqual(['held']);
    await at.fileUploader[1]!.upload({ name: 'b.txt', data: 'b' }).run();
    expect(calls).toEqual(['changed']);

    const state = AppTest.fromFunction((st) => {
      st.sessionState.k = [];
      st.fileUploader('F', { key: 'k' });
    });
    await state.run();
    expect(state.exception[0]?.code).toBe('StateAssignmentNotAllowed');
  });

  it('frees the uploads of an uploader that leaves the page, and all uploads when the session ends', async () => {
    let file: UploadedFile | null = null;
    const at = AppTest.fromFunction((st) => {
      if (!st.checkbox('Hide')) file = st.fileUploader('F');
    });
    await at.run();
    await at.fileUploader[0]!.upload({ name: 'a.txt', data: 'a' }).run();
    const kept = file!;
    expect(await kept.text()).toBe('a');
    await at.checkbox[0]!.check().run();
    await expect(kept.text()).rejects.toMatchObject({ code: 'MediaNotFound' });
  });
});

describe('st.cameraInput and st.audioInput', () => {
  it('take one image (camera) or one audio file (microphone) through the same plumbing', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const photo = st.cameraInput('Smile');
      const voice = st.audioInput('Speak', { sampleRate: 44_100 });
      st.text(`${photo ? `${photo.name} ${photo.type} ${photo.size}` : 'no photo'} | ${voice ? `${voice.name} ${voice.type}` : 'no voice'}`);
      if (photo) st.image(photo);
    });
    await at.run();
    expect(at.audioInput[0]!.proto).toMatchObject({ sampleRate: 44_100, value: [] });
    await at.cameraInput[0]!.upload({ name: 'camera.jpg', type: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }).run();
    await at.audioInput[0]!.upload({ name: 'recording.webm', type: 'audio/webm', data: new Uint8Array(10) }).run();
    expect(texts(at)).toEqual(['camera.jpg image/jpeg 4 | recording.webm audio/webm']);
    expect((await at.fetch(at.image[0]!.url)).headers.get('content-type')).toBe('image/jpeg');
    await at.cameraInput[0]!.upload({ name: 'again.jpg', type: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff]) }).run();
    expect(texts(at)[0]).toMatch(/^again\.jpg/);
    await at.cameraInput[0]!.clear().run();
    expect(texts(at)[0]).toMatch(/^no photo/);
  });

  it('refuses other file types on the server', async () => {
    const at = AppTest.fromFunction((st) => void st.cameraInput('Smile'));
    await at.run();
    await expect(at.cameraInput[0]!.upload({ name: 'x.txt', type: 'text/plain', data: 'x' }).run()).rejects.toMatchObject({
      code: 'UploadTypeNotAllowed',
    });
  });
});
