import type { DeltaGeneratorCore } from '../dg/deltaGeneratorCore.js';
import type { DeltaPath } from '../protocol/deltaPath.js';
import type { TextTarget } from '../tree/treeWriter.js';
import type { ErrorDetailsLevel } from './exception.js';
import { chunkText, nextChunk, openChunks } from './streamChunks.js';
import { makeProto } from './proto.js';
import { writeProtos } from './write.js';

/**
 * The body of `st.writeStream`, as Streamlit's `st.write_stream`: reads the
 * chunks of `source` and shows them as they arrive. Consecutive text chunks
 * fill one markdown element: the first puts it, every later one travels as a
 * `textAppend` of just its text. Any other chunk is written as `st.write`
 * would, and the text after it starts a new markdown element.
 *
 * Every chunk is a yield point: when the run is interrupted (a newer
 * interaction, `st.stop()`, a timeout) the wait for the next chunk ends at
 * once, the source is closed (a generator's `return`, a stream's `cancel`)
 * and the run ends as usual.
 *
 * @returns the whole text when every chunk was text; otherwise every written
 *   piece in order (text runs as strings, other chunks as they came).
 */
export async function writeStream(
  core: DeltaGeneratorCore,
  source: unknown,
  showErrorDetails: boolean | ErrorDetailsLevel,
): Promise<string | unknown[]> {
  const run = core.run();
  const chunks = await openChunks(source);
  const decoder = new TextDecoder();
  const written: unknown[] = [];
  let text: { path: DeltaPath; node: TextTarget | undefined; body: string } | undefined;
  let onlyText = true;
  const endText = () => {
    if (text !== undefined) written.push(text.body);
    text = undefined;
  };
  try {
    for (;;) {
      const next = await nextChunk(chunks, run.abort.signal);
      const current = core.run();
      const container = core.container(current);
      const piece = next.done ? decoder.decode(new Uint8Array(), { stream: false }) : chunkText(next.value, decoder);
      if (piece === undefined) {
        endText();
        onlyText = false;
        written.push(next.value);
        for (const proto of writeProtos([next.value], showErrorDetails)) current.writer.putElement(container, proto);
      } else if (piece !== '') {
        if (text?.node !== undefined && current.writer.appendText(container, text.path, text.node, piece)) text.body += piece;
        else {
          endText();
          const path = current.writer.putElement(container, makeProto('markdown', { body: piece }));
          text = { path, node: current.writer.elementAt(container, path), body: piece };
        }
      }
      if (next.done) break;
    }
  } finally {
    chunks.close();
  }
  endText();
  return onlyText ? written.join('') : written;
}
