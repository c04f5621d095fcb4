/**
 * `@lit-ui/ui-lit/transport`: the client side of lit-ui's transports without
 * the element, for any page or for Node (Node 20 has `fetch`; pass `ws`'s
 * WebSocket): `connectToApp` picks WebSocket or HTTP streaming from what the
 * server offers, `connectHttpStream` is the HTTP streaming client.
 */
export { connectToApp } from './connectToApp.js';
export type { AppConnectionOptions } from './connectToApp.js';
export { connectHttpStream, httpStreamUrls } from './connectHttpStream.js';
export type { HttpStreamClientOptions } from './connectHttpStream.js';
export { EventStreamParser } from './eventStreamParser.js';
export type { ServerSentEvent } from './eventStreamParser.js';
export type { ClientConnection, ConnectionRefusal, ConnectionStatus } from '@lit-ui/transport-ws/client';
