/**
 * `@lit-ui/core/testing`: AppTest, Streamlit's app testing harness in
 * TypeScript. Runs an app in a real session in this process and reads the
 * page through the same protocol as the browser.
 */
export { AppTest } from './appTest.js';
export type { AppTestOptions } from './appTest.js';
export { createFakeScheduler } from './fakeScheduler.js';
export type { FakeScheduler, FakeSchedulerOptions } from './fakeScheduler.js';
/** The timer seam a fake scheduler stands in for (the same type as `@lit-ui/core/protocol`'s). */
export type { Scheduler } from '../protocol/scheduler.js';
export { ElementView, WidgetView, ExceptionView } from './elementViews.js';
export type { StagedChange } from './elementViews.js';
export { DataframeView } from './dataframeView.js';
export { ChartView } from './chartView.js';
export { PlotlyChartView } from './plotlyChartView.js';
export { DataEditorView } from './dataEditorView.js';
export type { DataWindowRequest } from './dataframeView.js';
export { BlockView, NodeQuery } from './nodeQuery.js';
export type { AnyView } from './nodeQuery.js';
export type {
  ElementAccessors,
  ElementLists,
  BlockLists,
  BlockAccessorName,
  ViewOf,
  TypedView,
  DisplayView,
  ViewValueOf,
  ExceptionViewOf,
  DataframeViewOf,
  ChartViewOf,
  BuiltInChartViewOf,
  PlotlyChartViewOf,
  DataEditorViewOf,
  WidgetViewOf,
  WidgetViewBase,
  WidgetActions,
  AppValueOf,
  ActionsOf,
  MediaViewMembers,
  UploaderViewMembers,
  DownloadButtonViewMembers,
  ChatInputViewMembers,
  SideChannelViewMembers,
  SideChannelMembersOf,
} from './viewTypes.js';
export { MediaView, FileUploaderView, DownloadButtonView, ChatInputView, SideChannelError } from './mediaViews.js';
export type { TestFile, DownloadedFile } from './mediaViews.js';
