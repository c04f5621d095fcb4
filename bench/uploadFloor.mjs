// Node's own cost of receiving an upload, for bench/media.mjs: a bare HTTP server that reads the body and throws
// it away, measured in this fresh process. Prints `{ rssGrowthBytes, ... }` as JSON.
import { createServer } from 'node:http';
import { measureUpload } from './media.mjs';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
});
process.stdout.write(JSON.stringify(await measureUpload(server, {}, Number(process.argv[2] ?? 50))));
