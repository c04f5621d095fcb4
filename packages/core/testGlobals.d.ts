/**
 * What core's tests read of Node beyond the web-standard globals of
 * src/webGlobals.d.ts: environment variables (the fuzz test's run count,
 * `LIT_UI_FUZZ_RUNS`). Only tsconfig.test.json includes this file, so the
 * library itself still compiles without Node.
 */
declare const process: { readonly env: Readonly<Record<string, string | undefined>> };
