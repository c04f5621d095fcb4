'use client';

import Script from 'next/script';

/** `<lit-ui-app>` in JSX (React 19 passes attributes of custom elements through). */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX's own namespace, extended as React documents.
  namespace JSX {
    interface IntrinsicElements {
      'lit-ui-app': { src: string; transport?: 'auto' | 'ws' | 'http-stream'; layout?: 'centered' | 'wide'; theme?: string };
    }
  }
}

/**
 * A lit-ui app mounted by a route handler (`src`), embedded in a React page:
 * the module script registers `<lit-ui-app>`, which then connects by itself.
 */
export function LitUiApp({ src }: { src: string }) {
  return (
    <>
      <Script src={`${src}/client.js`} type="module" strategy="afterInteractive" />
      <lit-ui-app src={src} />
    </>
  );
}
