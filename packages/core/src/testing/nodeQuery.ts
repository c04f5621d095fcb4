import type { DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto, ElementType } from '../protocol/elements.js';
import type { ClientNode } from '../protocol/clientTree.js';
import { DataEditorView } from './dataEditorView.js';
import { ChartView } from './chartView.js';
import { PlotlyChartView } from './plotlyChartView.js';
import { DataframeView } from './dataframeView.js';
import { ElementView, ExceptionView, WidgetView, sizeOf, type ViewDriver } from './elementViews.js';
import type { LayoutHeight, LayoutWidth } from '../protocol/layout.js';
import { MEDIA_VIEWS } from './mediaViews.js';
import type { BlockAccessorName, ElementAccessors, ViewOf } from './viewTypes.js';

export type { ElementAccessors } from './viewTypes.js';

/** A view of an element of a type the element map does not know (a custom component): every member of every element view. */
export type AnyView = ElementView & WidgetView & ExceptionView;

/** A subtree to search: a node and its delta path. */
export interface ScopeRoot {
  /** The node whose subtree is searched. */
  readonly node: ClientNode;
  /** The node's delta path. */
  readonly path: DeltaPath;
}

/** Type names that mean another type (`at.columns` lists `column` blocks, `at.tabs` the `tab` blocks). */
/** Element types AppTest views as charts ({@link ChartView}): `st.vegaLiteChart` and the built-in charts. */
const CHART_TYPES: ReadonlySet<string> = new Set(['vegaLiteChart', 'lineChart', 'areaChart', 'barChart', 'scatterChart']);

const ALIASES: Record<string, string> = { columns: 'column', tabs: 'tab', container: 'vertical' };

/** Properties never taken for element types (so the object is not mistaken for a promise, etc.). */
const RESERVED = new Set(['then', 'catch', 'finally', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', '$$typeof']);

/**
 * Finds elements and blocks in a part of the tree, in page order (main,
 * sidebar, event, bottom; depth first). Any element or block type name is a
 * property listing its views: `q.markdown`, `q.button`, `q.expander`.
 */
export class NodeQuery {
  /** @internal */
  constructor(
    /** @internal */
    protected readonly driverOf: () => ViewDriver,
    /** @internal */
    protected readonly scope: () => readonly ScopeRoot[],
  ) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop !== 'string' || prop in target || RESERVED.has(prop) || prop.startsWith('_')) return Reflect.get(target, prop, receiver);
        return target.get(prop);
      },
    });
  }

  /** Every element or block of a type (its camelCase command name), e.g. `get('metric')`, typed by the element map. */
  get<T extends ElementType>(type: T): ViewOf<T>[];
  get(type: BlockAccessorName): Array<BlockView & ElementAccessors>;
  get(type: string): AnyView[];
  get(type: string): unknown[] {
    const wanted = ALIASES[type] ?? type;
    const found: unknown[] = [];
    const visit = (node: ClientNode, path: DeltaPath) => {
      if (node.kind === 'element') {
        if (node.proto.type === wanted) found.push(this.view(node.proto, path));
        return;
      }
      if (node.proto && node.proto.type === wanted) found.push(new BlockView(this.driverOf, node.proto, path, node.children));
      node.children.forEach((child, i) => visit(child, [...path, i]));
    };
    for (const root of this.scope()) {
      if (root.node.kind === 'block' && root.path.length === 1) root.node.children.forEach((child, i) => visit(child, [...root.path, i]));
      else visit(root.node, root.path);
    }
    return found;
  }

  /** Elements in `main`. */
  get main(): NodeQuery & ElementAccessors {
    return this.root(0);
  }

  /** Elements in the sidebar. */
  get sidebar(): NodeQuery & ElementAccessors {
    return this.root(1);
  }

  /** Toasts and effects. */
  get event(): NodeQuery & ElementAccessors {
    return this.root(2);
  }

  /** The bottom container (chat input). */
  get bottom(): NodeQuery & ElementAccessors {
    return this.root(3);
  }

  private root(index: number): NodeQuery & ElementAccessors {
    return new NodeQuery(this.driverOf, () => this.scope().filter((root) => root.path[0] === index)) as NodeQuery & ElementAccessors;
  }

  private view(proto: ClientNode & { kind: 'element' } extends { proto: infer P } ? P : never, path: DeltaPath): ElementView {
    const driver = this.driverOf();
    if (proto.type === 'exception') return new ExceptionView(driver, proto, path);
    if (proto.type === 'dataframe') return new DataframeView(driver, proto, path);
    if (proto.type === 'dataEditor') return new DataEditorView(driver, proto, path);
    if (CHART_TYPES.has(proto.type)) return new ChartView(driver, proto, path);
    if (proto.type === 'plotlyChart') return new PlotlyChartView(driver, proto, path);
    const View = MEDIA_VIEWS[proto.type];
    if (View) return new View(driver, proto as never, path as never);
    if (typeof proto['id'] === 'string') return new WidgetView(driver, proto, path);
    return new ElementView(driver, proto, path);
  }
}

/**
 * A container (expander, column, tab, form, chat message, dialog, ...):
 * `type`, `path`, `proto`, its `label`, and the same accessors as AppTest
 * for what is inside it (`at.expander[0].button[0]`).
 */
export class BlockView extends NodeQuery {
  /** @internal */
  constructor(
    driverOf: () => ViewDriver,
    /** The raw block proto, as the client received it. */
    readonly proto: BlockProto,
    /** The block's delta path. */
    readonly path: DeltaPath,
    /** The block's children in the test client's tree. @internal */
    readonly children: readonly ClientNode[],
  ) {
    super(driverOf, () => children.map((node, i) => ({ node, path: [...path, i] })));
  }

  /** The block type, e.g. `'expander'`, `'column'`. */
  get type(): string {
    return this.proto.type;
  }

  /** Label (expander, tab, popover, status), name (chat message) or title (dialog). */
  get label(): string | undefined {
    const p = this.proto as Record<string, unknown>;
    return (p['label'] ?? p['name'] ?? p['title']) as string | undefined;
  }

  /** The same as `label`. */
  get value(): string | undefined {
    return this.label;
  }

  /** The `width` the app gave (`st.container({ width: 300 })`, as Streamlit's); undefined for the command's default. */
  get width(): LayoutWidth | undefined {
    return sizeOf(this.proto, 'width');
  }

  /** The `height` the app gave (`st.container({ height: 300 })`, as Streamlit's); undefined for the command's default. */
  get height(): LayoutHeight | undefined {
    return sizeOf(this.proto, 'height');
  }
}
