/**
 * `@lit-ui/core/node`: the Node bridge shared by adapters and transports —
 * `IncomingMessage` → `RequestContext` and web `Request`, web
 * `Response` → `ServerResponse`. Node-only; the rest of core stays
 * platform-neutral.
 */
export { requestContext, clientAddress } from './requestContext.js';
export type { RequestContextOptions } from './requestContext.js';
export { toRequest } from './toRequest.js';
export type { ToRequestOptions } from './toRequest.js';
export { sendResponse } from './sendResponse.js';
export { negotiateCoding } from './compressResponse.js';
export type { ContentCoding } from './compressResponse.js';
export type { SendResponseOptions } from './sendResponse.js';
export type { RequestContext } from '../protocol/transport.js';
export { createDiskMediaStorage } from './diskMediaStorage.js';
export type { DiskMediaStorageOptions } from './diskMediaStorage.js';
export { readSecretsFile, loadSecrets, DEFAULT_SECRETS_FILES } from './readSecrets.js';
export { runOnSave } from './runOnSave.js';
export type { ReloadableRuntime, RunOnSave, RunOnSaveOptions, RunOnSaveSeams } from './runOnSave.js';
export type { WatchFolder, FolderWatcher } from './watchFolder.js';
export type { VersionedImport } from './versionedImport.js';
export type { Scheduler } from '../protocol/scheduler.js';
