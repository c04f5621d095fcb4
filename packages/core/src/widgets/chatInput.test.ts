import { describe, expect, it } from 'vitest';
import { AppTest } from '../testing/appTest.js';

const texts = (at: { get(type: string): { value: unknown }[] }) => at.get('text').map((e) => e.value);

describe('st.chatInput with acceptFile', () => {
  it('returns { text, files } with the attached files, uploaded like an uploader’s', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const msg = st.chatInput('Ask', { acceptFile: 'multiple', fileType: ['txt'] });
      if (msg) st.text(`${msg.text} [${(await Promise.all(msg.files.map(async (f) => `${f.name}=${await f.text()}`))).join(', ')}]`);
    });
    await at.run();
    expect(at.chatInput[0]!.proto).toMatchObject({ acceptFile: 'multiple', fileType: ['.txt'] });
    await at.chatInput[0]!.submit('summarise', [
      { name: 'a.txt', type: 'text/plain', data: 'alpha' },
      { name: 'b.txt', type: 'text/plain', data: 'beta' },
    ]).run();
    expect(texts(at)).toEqual(['summarise [a.txt=alpha, b.txt=beta]']);
    await at.chatInput[0]!.input('text only').run();
    expect(texts(at)).toEqual(['text only []']);
    await at.run();
    expect(texts(at)).toEqual([]);
  });

  it('enforces fileType and one file for acceptFile: true', async () => {
    const at = AppTest.fromFunction((st) => void st.chatInput({ placeholder: 'Ask', acceptFile: true, fileType: 'pdf' }));
    await at.run();
    await expect(at.chatInput[0]!.submit('x', { name: 'a.txt', data: 'x' }).run()).rejects.toMatchObject({ code: 'UploadTypeNotAllowed' });
  });

  it('without acceptFile stays a plain string and refuses attachments', async () => {
    const seen: unknown[] = [];
    const at = AppTest.fromFunction((st) => void seen.push(st.chatInput('Ask')));
    await at.run();
    await at.chatInput[0]!.input('hi').run();
    expect(seen.at(-1)).toBe('hi');
    expect(at.chatInput[0]!.proto['acceptFile']).toBeUndefined();
    await expect(at.chatInput[0]!.submit('x', { name: 'a.txt', data: 'x' }).run()).rejects.toMatchObject({ code: 'UploadWidgetNotFound' });
  });
});
