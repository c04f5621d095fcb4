import type { RenderContext, UploadedFileInfo, WidgetProto } from '../types.js';

/**
 * Uploads `file` as the one file of a camera or audio input: sends it over
 * the side channel, frees the file it replaces, and sets the widget value.
 *
 * @returns Nothing; rejects with the side channel's error (status, code, message) when refused.
 */
export async function replaceWithUpload(ctx: RenderContext, proto: WidgetProto, file: File): Promise<void> {
  if (!ctx.media) throw new Error('Uploads are not available here.');
  const info = await ctx.media.upload(proto.id, file);
  clearUpload(ctx, proto, false);
  ctx.widgets.set(proto, [{ ...info }]);
}

/** Frees the widget's current file(s); with `setEmpty`, also sets an empty value. */
export function clearUpload(ctx: RenderContext, proto: WidgetProto, setEmpty = true): void {
  for (const file of (ctx.widgets.value(proto) as UploadedFileInfo[] | null) ?? []) void ctx.media?.remove(file.fileId);
  if (setEmpty) ctx.widgets.set(proto, []);
}
