/**
 * `@lit-ui/core/protocol`: the wire protocol between the runtime and clients
 * (ForwardMsg, BackMsg, element protos, delta paths), the transport seam, the
 * client half of resumable sessions, the client's tree reducer
 * (`applyForwardMsg`) and the timer seam (`Scheduler`). Browser-safe.
 */
export { RootContainer, ROOT_NAMES, pathKey, samePath, isPathWithin } from './deltaPath.js';
export type { DeltaPath, RootContainerName, RootContainerId } from './deltaPath.js';
export { ELEMENTS, WIDGET_TYPES, elementTypes, isWidgetProto } from './elements.js';
export type {
  JsonValue,
  JsonObject,
  LabelVisibility,
  WidgetProtoBase,
  DataColumn,
  ElementSpecs,
  ColumnConfigWire,
  SelectionMode,
  ChartSelectionParam,
  BuiltInChartType,
  DataframeSelection,
  EditingState,
  ElementProtoMap,
  ElementType,
  ElementTypeOf,
  DisplayType,
  EventType,
  FieldsOf,
  ElementProtoOf,
  ElementProto,
  WidgetType,
  WidgetIdType,
  WidgetValueMap,
  BlockProtoMap,
  BlockType,
  BlockProtoOf,
  BlockProto,
  TreeNodeJson,
} from './elements.js';
export type { ElementLayout, LayoutWidth, LayoutHeight } from './layout.js';
export type { DataframeFields } from '../elements/data.js';
export type { DisplaySpec, EventSpec, WidgetSpec, WidgetAction, AnyElementSpec, BodyOf } from './elementSpec.js';
export { PROTOCOL_VERSION } from './forwardMsg.js';
export { cellProblem, parseCellInput } from './cellEdits.js';
export type {
  ForwardMsgBase,
  ForwardMsg,
  UnsequencedForwardMsg,
  NewSessionMsg,
  SnapshotMsg,
  DeltaMsg,
  TextAppendMsg,
  BlockLength,
  ConfirmMsg,
  SessionStatusMsg,
  RunEndStatus,
  ScriptFinishedMsg,
  PageConfigMsg,
  AckMsg,
  ErrorMsg,
  QueryParamsMsg,
  NavigationPage,
  NavigationMsg,
  AuthRedirectMsg,
  NavigationPosition,
  DataWindowMsg,
} from './forwardMsg.js';
export type {
  BackMsgBase,
  BackMsg,
  HelloMsg,
  RerunScriptMsg,
  StopScriptMsg,
  DialogClosedMsg,
  DataRequestMsg,
  SeqAckMsg,
  TableView,
  WidgetChange,
} from './backMsg.js';
export { CloseCode } from './transport.js';
export { isPageUrlPath, isAllowedLinkUrl, urlScheme, LINK_URL_SCHEMES } from './urlRules.js';
export { SESSION_ID_HEADER, SESSION_TOKEN_HEADER } from './sessionHeaders.js';
export { HTTP_STREAM_PATH, HTTP_SEND_PATH, STREAM_CLOSE_EVENT, KEEP_ALIVE_HEADER, MAX_POST_BYTES_HEADER, NDJSON } from './httpStream.js';
export type { OfferedTransport, TransportName, StreamCloseData } from './httpStream.js';
export type { RequestContext, ServerConnection, ConnectionHandle } from './transport.js';
export { applyForwardMsg, applyForwardMsgs } from './applyForwardMsg.js';
export { patchWidgetValue, closeDialog } from './clientActions.js';
export { createClientTree, clientNodeAt, isConfirmed, DEFAULT_SESSION_CONFIG } from './clientTree.js';
export type { ClientTree, ClientNode, ClientElement, ClientBlock, ClientRun, ClientError, SessionConfig, PageConfigState } from './clientTree.js';
export { systemScheduler } from './scheduler.js';
export type { Scheduler } from './scheduler.js';
export { ClientSession } from './clientSession.js';
export type { ClientSessionOptions, OutgoingBackMsg, HelloInfo, SessionIdStore } from './clientSession.js';
// Re-exported for the browser client (which imports only this entry): errors it throws carry the same stable codes.
export { LitUiError, ErrorCode } from '../errors.js';
export type { ErrorCodeName } from '../errors.js';
export { NAMED_NUMBER_FORMATS, formatNumber, isNamedNumberFormat, numberFormatProblem } from './numberFormat.js';
export type { NamedNumberFormat } from './numberFormat.js';
