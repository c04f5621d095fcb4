'use client';

import { useState } from 'react';

/** Ordinary React state next to the lit-ui app: the two do not interfere. */
export function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      React clicks: {count}
    </button>
  );
}
