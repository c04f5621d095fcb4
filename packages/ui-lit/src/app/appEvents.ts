import type { ClientBlock, ElementProtoOf } from '@lit-ui/core/protocol';

/**
 * Dispatches the app script's `st.dispatchEvent(name, detail)` calls as DOM
 * `CustomEvent`s (bubbling, composed) from the `<lit-ui-app>` element, each
 * call once: a call is known by its nonce, so a snapshot after a reconnect or
 * a re-render does not dispatch it again, and a repeat call in a later run
 * does.
 */
export class AppEventDispatcher {
  /** Nonces of the calls in the event root already dispatched (only those still in the root are kept). */
  private seen = new Set<string>();

  /** Dispatches, from `target`, every call in `eventRoot` not dispatched yet, in the order the script made them. */
  dispatchNew(target: EventTarget, eventRoot: ClientBlock): void {
    const present = new Set<string>();
    for (const child of eventRoot.children) {
      if (child.kind !== 'element' || child.proto.type !== 'hostEvent') continue;
      // The type narrows the union member; the map's field types come with it.
      const { name, detail, nonce } = child.proto as ElementProtoOf<'hostEvent'>;
      present.add(nonce);
      if (this.seen.has(nonce)) continue;
      target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
    this.seen = present;
  }
}
