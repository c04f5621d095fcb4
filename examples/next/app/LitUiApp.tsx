'use client';

import type { Ref } from 'react';
import Script from 'next/script';

/** `<lit-ui-app>` in JSX (React 19 passes attributes of custom elements through). */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX's own namespace, extended as React documents.
  namespace JSX {
    interface IntrinsicElements {
      'lit-ui-app': {
        src: string;
        id?: string;
        ref?: Ref<HTMLElement>;
        transport?: 'auto' | 'ws' | 'http-stream';
        layout?: string;
        theme?: string;
      };
    }
  }
}

/**
 * A lit-ui app mounted by a route handler (`src`), embedded in a React page:
 * the module script registers `<lit-ui-app>`, which then connects by itself.
 * `ref` reaches the element (its events, `setState`).
 */
export function LitUiApp({ src, ref }: { src: string; ref?: Ref<HTMLElement> }) {
  return (
    <>
      <Script src={`${src}/client.js`} type="module" strategy="afterInteractive" />
      <lit-ui-app src={src} ref={ref} />
    </>
  );
}
