// The files cases of ../shared/acceptance/samples-s2.mjs, in plain JavaScript against the built packages.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { AppTest } from '@lit-ui/core/testing';

/** @param {import('@lit-ui/core/testing').AppTest} at */
const texts = (at) => at.get('text').map((e) => e.value);

describe('AppTest surface for files (built packages, plain JS)', () => {
  it('upload-text-file', async () => {
    const at = AppTest.fromFunction(async (st) => {
      const f = st.fileUploader('Notes', { type: ['txt'] });
      st.text(f ? `${f.name}: ${await f.text()}` : 'nothing yet');
    });
    await at.run();
    assert.deepEqual(texts(at), ['nothing yet']);
    await at.fileUploader[0].upload({ name: 'n.txt', type: 'text/plain', data: new TextEncoder().encode('hi') }).run();
    assert.deepEqual(texts(at), ['n.txt: hi']);
  });

  it('download-bytes', async () => {
    const at = AppTest.fromFunction((st) => {
      st.downloadButton('Get', new Uint8Array([1, 2, 3]), { fileName: 'x.bin' });
    });
    await at.run();
    const file = await at.downloadButton[0].download();
    assert.equal(file.fileName, 'x.bin');
    assert.deepEqual([...file.data], [1, 2, 3]);
  });

  it('media URLs fetch through the runtime with ranges', async () => {
    const at = AppTest.fromFunction((st) => st.audio(new Float32Array(1000).fill(0.5), { sampleRate: 8000 }));
    await at.run();
    const res = await at.fetch(at.audio[0].url, { headers: { Range: 'bytes=0-99' } });
    assert.equal(res.status, 206);
    assert.equal((await res.arrayBuffer()).byteLength, 100);
  });
});
