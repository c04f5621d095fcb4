import { Counter } from './Counter';
import { LoanDesk } from './LoanDesk';

/** A normal React page of the host app, with a lit-ui app embedded in its main column, driven from React. */
export default function Home() {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '16rem 1fr', gap: '2rem', padding: '2rem' }}>
      <aside>
        <h1>Mortgage desk</h1>
        <p>This column is React. The calculator on the right is a lit-ui app served by a Next.js route handler.</p>
        <Counter />
        <p>
          <a href="/loan">Open the calculator full page</a>
        </p>
      </aside>
      <div>
        <LoanDesk />
      </div>
    </main>
  );
}
