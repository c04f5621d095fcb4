/** Narrowest a column can be resized to, in px. */
export const MIN_COLUMN_PX = 40;

/**
 * Follows a drag on a column's resize handle (the `pointerdown` that starts
 * it): reports the column's new width in px (at least {@link MIN_COLUMN_PX})
 * on each move, until the pointer is released. The handle captures the
 * pointer, so the drag goes on outside it.
 * @param event - The handle's `pointerdown`.
 * @param width - The column's width when the drag starts, in px.
 * @param resized - Called with each new width.
 */
export function dragColumnEdge(event: PointerEvent, width: number, resized: (px: number) => void): void {
  event.preventDefault();
  event.stopPropagation();
  const x0 = event.clientX;
  const handle = event.currentTarget as HTMLElement;
  handle.setPointerCapture?.(event.pointerId);
  const move = (e: PointerEvent) => resized(Math.max(MIN_COLUMN_PX, Math.round(width + e.clientX - x0)));
  const up = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', up);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', up);
}
