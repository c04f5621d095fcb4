/**
 * `@lit-ui/core`: Streamlit's programming model in TypeScript. Define an app
 * script with `defineApp`, run it with `createRuntime` behind a transport
 * (or an adapter), test it with `AppTest` from `@lit-ui/core/testing`.
 */
export { defineApp } from './app.js';
export type { App, AppScript, AppOptions, AnyState } from './app.js';
export { createRuntime } from './runtime/runtime.js';
export { systemScheduler } from './runtime/runtimeOptions.js';
export { runForHostPage } from './runtime/hostPageRun.js';
export type { HostPageRun, HostPageRunOptions } from './runtime/hostPageRun.js';
export type { MetricsSink, MetricsOptions, MetricsExposition, RuntimeGauges } from './runtime/runtimeMetrics.js';
export { checkOrigin, normalizeOrigin } from './access/checkOrigin.js';
export type { OriginCheck, OriginOptions, OriginRequest } from './access/checkOrigin.js';
export type { IdentifyUser } from './access/sessionToken.js';
export type { ErrorDetailsLevel } from './elements/exception.js';
export { createMemoryMediaStorage, pumpStream } from './media/mediaStorage.js';
export type { MediaStorage, MediaPutOptions } from './media/mediaStorage.js';
export type { MediaBytes } from './media/mediaManager.js';
export type { MediaHasher } from './media/mediaHash.js';
export { MediaHeader } from './media/mediaRoutes.js';
export { UploadedFile } from './media/uploadedFile.js';
export type { UploadedFileInfo } from './media/uploadedFile.js';
export type { MediaSource } from './media/mediaSource.js';
export type { AudioSamples } from './media/wav.js';
export type { LogoOptions } from './elements/logo.js';
export type { ImageOptions, AudioOptions, VideoOptions, PdfOptions, Subtitles, MediaTime } from './elements/media.js';
export type { FileUploaderOptions, FileUploaderValue, CameraInputOptions, AudioInputOptions } from './widgets/fileUploader.js';
export type { DownloadButtonOptions, DownloadData } from './widgets/downloadButton.js';
export type { ChatInputValue, ChatInputWireValue, ChatAttachmentWire } from './widgets/chatInput.js';
export type {
  Runtime,
  RuntimeOptions,
  InboundRateOptions,
  ConnectOptions,
  ClusterOptions,
  Logger,
  Scheduler,
  MediaOptions,
} from './runtime/runtimeOptions.js';
export type { StoreHealthReport } from './runtime/storeHealth.js';
export { createMemorySessionStore } from './store/memorySessionStore.js';
export type { MemorySessionStoreOptions } from './store/memorySessionStore.js';
export { inputOrder } from './store/sessionStore.js';
export type { SessionStore, SessionRecord, StoredInput, StoredTask, StoredBinding, LoadedSession, ClaimedSession } from './store/sessionStore.js';
export { createMemoryCacheStore } from './store/memoryCacheStore.js';
export type { MemoryCacheStoreOptions } from './store/memoryCacheStore.js';
export type { CacheStore, CacheKey, CacheLimits, CachedEntry, CacheLookup } from './store/cacheStore.js';
export { setCacheDataStore, cacheDataStore } from './store/cacheDataStore.js';
export { createMemoryPubSub } from './store/pubSub.js';
export type { PubSub } from './store/pubSub.js';
export { findUnstorable, assertStorable } from './store/storable.js';
export type { Unstorable } from './store/storable.js';
export { DeltaGenerator } from './dg/deltaGenerator.js';
export { DeltaGeneratorBase } from './dg/deltaGeneratorBase.js';
export { TextCommands } from './dg/textCommands.js';
export { StatusCommands } from './dg/statusCommands.js';
export { DataCommands } from './dg/dataCommands.js';
export { LayoutCommands } from './dg/layoutCommands.js';
export { WidgetCommands } from './dg/widgetCommands.js';
export { MediaCommands } from './dg/mediaCommands.js';
export type { ScriptContext, SessionHandle } from './dg/scriptContext.js';
export { createSecrets, type Secrets, type SecretValue } from './secrets/secrets.js';
export type { AuthRoutes, UserInfo } from './auth/user.js';
export type { PageConfig } from './dg/pageConfig.js';
export type { CurrentPage, NavigationOptions, SwitchPageOptions } from './pages/navigation.js';
export type { FormOptions } from './forms/form.js';
export type { SessionStateProxy, SessionStateMethods } from './state/sessionStateProxy.js';
export type { QueryParamsProxy, QueryParamsMethods } from './state/queryParams.js';
export { cacheData } from './caching/cacheData.js';
export type { CacheDataOptions } from './caching/cacheData.js';
export { cacheResource } from './caching/cacheResource.js';
export type { CacheResourceOptions } from './caching/cacheResource.js';
export type { CacheOptions, CachedFunction } from './caching/cachedFunction.js';
export { setCacheScheduler } from './caching/cacheScheduler.js';
export { fragment } from './fragments/fragment.js';
export type { FragmentOptions, FragmentFunction } from './fragments/fragment.js';
export { dialog } from './fragments/dialog.js';
export type { DialogOptions } from './fragments/dialog.js';
export { Page, AppPage } from './pages/page.js';
export type { PageOptions, PageScript } from './pages/page.js';
export type { BackgroundTask, BackgroundTaskContext, BackgroundOptions, TaskStatus } from './background/backgroundTasks.js';
export type { RecordedCall } from './caching/functionCache.js';
export { LitUiError, ErrorCode } from './errors.js';
export type { ErrorCodeName } from './errors.js';
export { RerunSignal, StopSignal, SwitchPageSignal, InterruptSignal, ControlFlowSignal, isControlFlow } from './controlFlow.js';
export { parseBackMsg, backMsgSchema } from './protocol/backMsgSchema.js';
export type { ParseResult } from './protocol/backMsgSchema.js';
export { connectInMemory } from './transport/memoryConnection.js';
export type { FetchInfo, HttpStreamOptions } from './transport/httpStream/httpStreamTransport.js';
export type { BackpressureOptions } from './runtime/outboundBuffer.js';
export type { MemoryConnection, MemoryConnectionOptions } from './transport/memoryConnection.js';
export { stableHash } from './hash/stableHash.js';
export type { HashFuncs, HashableClass, StableHashOptions } from './hash/stableHash.js';
export { parseDuration } from './time/duration.js';
export type { Duration } from './time/duration.js';
export type { TableData, ArrowTableData } from './elements/tabular.js';
export type { HelpOption } from './elements/proto.js';
export type { TitleOptions, HeaderOptions, MarkdownOptions, CodeOptions, AlertOptions } from './elements/text.js';
export type { JsonOptions } from './elements/json.js';
export type { MetricOptions } from './elements/metric.js';
export type { StreamSource } from './elements/streamChunks.js';
export type { EchoOptions } from './elements/echo.js';
export type { WriteOptions, WriteResult } from './elements/writeCommand.js';
export type { DataframeOptions } from './elements/data.js';
export type { ChartOptions, BarChartOptions, ScatterChartOptions, VegaLiteChartOptions } from './elements/charts.js';
export type { MapOptions, MapPoint } from './elements/map.js';
export type {
  ContainerOptions,
  ColumnsOptions,
  HorizontalAlignment,
  VerticalAlignment,
  Gap,
  ExpanderOptions,
  PopoverOptions,
  ChatMessageOptions,
  TabsOptions,
  TupleOf,
} from './elements/layout.js';
export type { WidthOption, HeightOption, LayoutOptions } from './dg/layoutOptions.js';
export type { ElementLayout, LayoutWidth, LayoutHeight } from './protocol/layout.js';
export type { ProgressOptions, SpinnerOptions, ToastOptions, StatusOptions, StatusUpdate } from './elements/status.js';
export type { DataframeState, DataframeSelectOptions } from './widgets/dataframeSelection.js';
export type { VegaLiteState, ChartSelectOptions, ChartParamSelection } from './widgets/chartSelection.js';
export type { BuiltInChartSelectOptions, BuiltInSelectionMode } from './widgets/builtInChartSelection.js';
export type { PlotlyChartOptions, PlotlyFigure } from './elements/plotly.js';
export type { PlotlyState, PlotlyPoint, PlotlySelectionShape, PlotlySelectionMode, PlotlySelectOptions } from './widgets/plotlySelection.js';
export type { GraphvizChartOptions, GraphvizEngine } from './elements/graphviz.js';
export type { DataEditorOptions } from './widgets/dataEditor.js';
export { columnConfig } from './data/columnConfig.js';
export type { ColumnConfig, ColumnConfigBuilder, ColumnOptions, NumberColumnOptions, DateColumnOptions } from './data/columnConfig.js';
export type { ColumnConfigWire, DataColumn, SelectionMode, DataframeSelection, EditingState } from './protocol/elements.js';
export type { PageLinkOptions, LinkButtonOptions } from './elements/links.js';
export type { WidgetCommonOptions } from './widgets/widgetDefinition.js';
export type { ButtonOptions } from './widgets/button.js';
export type { CheckboxOptions } from './widgets/checkbox.js';
export type { TextInputOptions, TextAreaOptions } from './widgets/textInput.js';
export type { NumberInputOptions } from './widgets/numberInput.js';
export type { SliderOptions, SliderValue } from './widgets/slider.js';
export type { SelectSliderOptions } from './widgets/selectSlider.js';
export type { SelectboxOptions, RadioOptions, OptionWidgetOptions } from './widgets/selectbox.js';
export type { MultiselectOptions } from './widgets/multiselect.js';
export type { DateInputOptions, DateLike } from './widgets/dateInput.js';
export type { TimeInputOptions } from './widgets/timeInput.js';
export type { DatetimeInputOptions, DatetimeLike } from './widgets/datetimeInput.js';
export type { ColorPickerOptions } from './widgets/colorPicker.js';
export type { ChatInputOptions } from './widgets/chatInput.js';
export type { ButtonGroupOptions, ButtonGroupSelectionMode } from './widgets/buttonGroup.js';
export type { FeedbackOptions, FeedbackKind } from './widgets/feedback.js';
