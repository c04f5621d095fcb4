import { createRouteHandlers } from '@lit-ui/adapter-next';
import loanApp from '../../../lit/loanApp';

// Every request under /loan is lit-ui's: the full-page app at /loan itself, its
// browser bundle, and its HTTP streaming transport. Never prerendered; Node only.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const { GET, HEAD, POST, OPTIONS } = createRouteHandlers(loanApp, { title: 'Loan calculator · lit-ui on Next.js' });
