import type { DeltaPath } from '../protocol/deltaPath.js';
import type { BlockProto, ElementProto, TreeNodeJson } from '../protocol/elements.js';
import type { ForwardMsg, NavigationMsg, PageConfigMsg } from '../protocol/forwardMsg.js';

/** An element as the test client holds it. */
export interface ClientElement {
  readonly kind: 'element';
  readonly proto: ElementProto;
}

/** A block as the test client holds it (roots have a null proto). */
export interface ClientBlock {
  readonly kind: 'block';
  proto: BlockProto | null;
  children: ClientNode[];
}

/** A node of the test client's tree. */
export type ClientNode = ClientElement | ClientBlock;

/**
 * The element tree as a browser client builds it from ForwardMsgs: AppTest
 * reads the page through the same protocol the browser gets, so a test
 * checks what a user would see.
 */
export class ClientTree {
  roots: ClientBlock[] = emptyRoots();
  pageConfig: Omit<PageConfigMsg, 'type' | 'seq'> = {};
  navigation: NavigationMsg | undefined;
  /** The page URL's query string, as the app last set it. */
  query = '';
  /** Protocol errors received, newest last. */
  readonly errors: { code: string; message: string }[] = [];

  apply(msg: ForwardMsg): void {
    switch (msg.type) {
      case 'newSession':
        if (!msg.resumed) this.roots = emptyRoots();
        break;
      case 'snapshot':
        this.roots = msg.roots.map((root) => fromJson(root) as ClientBlock);
        break;
      case 'delta':
        this.put(msg.path, 'element' in msg ? { kind: 'element', proto: msg.element } : undefined, 'block' in msg ? msg.block : undefined);
        break;
      case 'scriptFinished':
        for (const trim of msg.trims) {
          const node = this.at(trim.path);
          if (node?.kind === 'block') node.children.length = Math.min(node.children.length, trim.length);
        }
        break;
      case 'pageConfig': {
        const { type: _type, seq: _seq, ...config } = msg;
        this.pageConfig = { ...this.pageConfig, ...config };
        break;
      }
      case 'navigation':
        // As the browser: moving to another page puts its path alone in the URL (no query).
        if (this.navigation && this.navigation.currentUrlPath !== msg.currentUrlPath) this.query = '';
        this.navigation = msg;
        break;
      case 'queryParams':
        this.query = msg.query;
        break;
      case 'error':
        this.errors.push({ code: msg.code, message: msg.message });
        break;
      default:
        break;
    }
  }

  /** The node at `path`, if any. */
  at(path: DeltaPath): ClientNode | undefined {
    let node: ClientNode | undefined = this.roots[path[0] ?? -1];
    for (let i = 1; i < path.length && node; i++) node = node.kind === 'block' ? node.children[path[i]!] : undefined;
    return node;
  }

  private put(path: DeltaPath, element: ClientElement | undefined, block: BlockProto | undefined): void {
    const parent = this.at(path.slice(0, -1));
    const index = path[path.length - 1]!;
    if (parent?.kind !== 'block' || index > parent.children.length) throw new Error(`Delta at ${path.join('.')} has no parent block`);
    const existing = parent.children[index];
    if (element) parent.children[index] = element;
    else if (existing?.kind === 'block') existing.proto = block!;
    else parent.children[index] = { kind: 'block', proto: block!, children: [] };
  }
}

function emptyRoots(): ClientBlock[] {
  return [0, 1, 2, 3].map(() => ({ kind: 'block', proto: null, children: [] }));
}

function fromJson(node: TreeNodeJson): ClientNode {
  if ('element' in node) return { kind: 'element', proto: node.element };
  return { kind: 'block', proto: node.block, children: node.children.map(fromJson) };
}
