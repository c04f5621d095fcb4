/** How many frames, from the wrapper's caller outwards, make a definition site. */
const SITE_FRAMES = 2;

type CaptureStackTrace = (target: object, constructorOpt?: (...args: never[]) => unknown) => void;

/**
 * Where a cached function is being defined: the innermost stack frames of
 * the code that called `wrapper` (`cacheData`, `cacheResource`), as file,
 * line and column. Part of the cache key, as Streamlit keys on the
 * function's module and qualified name: two functions with the same source
 * text defined in two places never share entries, while a wrapper re-created
 * at the same place (by every rerun) keeps finding them. Two frames (the
 * caller and its caller) tell a factory's calls from different lines apart
 * (`make('a')`, `make('b')`) and stay the same whether the call runs before
 * or after an `await`; calls of one factory from one line (a loop, `.map`)
 * remain one site.
 * Query strings of module URLs (`?t=…` of a dev reload) are ignored, so a
 * module reloaded with the same code keeps its entries. Empty where the
 * engine gives no stack.
 */
export function definitionSite(wrapper: (...args: never[]) => unknown): string {
  const holder: { stack?: string } = {};
  const capture = (Error as unknown as { captureStackTrace?: CaptureStackTrace }).captureStackTrace;
  if (capture) capture(holder, wrapper);
  else holder.stack = new Error().stack;
  const lines = (holder.stack ?? '').split('\n').filter((line) => /^\s+at\s|@/.test(line));
  // Without captureStackTrace the first frames are this function and the wrapper.
  const frames = capture ? lines : lines.slice(2);
  return frames
    .slice(0, SITE_FRAMES)
    .map((frame) => frame.trim().replace(/\?[^:\s)]*(?=:\d+:\d+)/g, ''))
    .join('\n');
}
