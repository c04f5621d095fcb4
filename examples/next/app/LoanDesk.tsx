'use client';

import { useEffect, useRef, useState } from 'react';
import { LitUiApp } from './LitUiApp';

/** The part of `<lit-ui-app>` a host page drives (docs/embedding.md, "Properties in"). */
interface LitUiAppElement extends HTMLElement {
  setState(values: Record<string, unknown>): void;
}

/** `lit-ui-change`'s detail, as far as this page reads it. */
interface ChangeDetail {
  readonly key?: string;
  readonly value: unknown;
}

/**
 * React state and the lit-ui app talking both ways: the app's widget changes
 * (`lit-ui-change`) and run states (`lit-ui-run`) land in React state, and a
 * React button sets the app's sliders by key (`setState`), which reruns it.
 */
export function LoanDesk() {
  const app = useRef<LitUiAppElement>(null);
  const [amount, setAmount] = useState<number | undefined>(undefined);
  const [runState, setRunState] = useState('connecting');

  useEffect(() => {
    const el = app.current;
    if (el === null) return;
    const onChange = (event: Event) => {
      const { key, value } = (event as CustomEvent<ChangeDetail>).detail;
      if (key === 'amount' && typeof value === 'number') setAmount(value);
    };
    const onRun = (event: Event) => setRunState((event as CustomEvent<{ state: string }>).detail.state);
    el.addEventListener('lit-ui-change', onChange);
    el.addEventListener('lit-ui-run', onRun);
    return () => {
      el.removeEventListener('lit-ui-change', onChange);
      el.removeEventListener('lit-ui-run', onRun);
    };
  }, []);

  return (
    <>
      <section aria-label="Desk controls">
        <p>
          Amount picked in the calculator:{' '}
          <output aria-label="Picked amount">{amount === undefined ? 'none yet' : `$${amount.toLocaleString('en-US')}`}</output>
        </p>
        <p>
          Calculator: <output aria-label="Calculator state">{runState}</output>
        </p>
        <button type="button" onClick={() => app.current?.setState({ amount: 500_000, rate: 3 })}>
          Quote $500,000 at 3%
        </button>
      </section>
      <section aria-label="Loan calculator">
        <LitUiApp src="/loan" ref={app} />
      </section>
    </>
  );
}
