// One upload measure for bench/media.mjs `uploadRss`, in this fresh process: `node --expose-gc uploadOnce.mjs
// <lit-ui|lit-ui-memory|node> <megabytes>`. `lit-ui-memory` keeps the upload in the memory store (a control); `node` is a bare HTTP server that reads the body and throws it away (Node's own cost of
// receiving an upload). Both first take a 1 MB upload, then the measured one. Prints
// `{ status, storedBytes, rssGrowthBytes, buffersPeakBytes, buffersAfterGcBytes }` as JSON.
import { createServer } from 'node:http';
import { measureLitUiUpload, measureUpload } from './media.mjs';

const kind = process.argv[2] ?? 'node';
const megabytes = Number(process.argv[3] ?? 50);

/** A bare Node server: reads the body, throws it away, answers 201. */
const bare = () =>
  createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
  });

let measured;
if (kind === 'lit-ui') measured = await measureLitUiUpload(megabytes);
else if (kind === 'lit-ui-memory') measured = await measureLitUiUpload(megabytes, 'memory');
else {
  await measureUpload(bare(), {}, 1);
  measured = await measureUpload(bare(), {}, megabytes);
}
process.stdout.write(JSON.stringify(measured));
