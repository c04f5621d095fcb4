/**
 * Every example app with the path it is mounted at, its title and what it
 * shows. `createExamplesServer` mounts them; the index page lists them.
 */
import type { App } from '@lit-ui/core';
import caching from './caching/app.js';
import csv from './csv/app.js';
import dialogs from './dialogs/app.js';
import explorer from './explorer/app.js';
import flights from './flights/app.js';
import forms from './forms/app.js';
import fragments from './fragments/app.js';
import gallery from './gallery/app.js';
import pages from './pages/app.js';
import tasks from './tasks/app.js';

/** One mounted example. */
export interface ExampleEntry {
  /** Mount path: `'/'` or `'/<name>'`. */
  readonly path: string;
  /** Host page title. */
  readonly title: string;
  /** One line about what it shows. */
  readonly description: string;
  /** Source folder, relative to `examples/`. */
  readonly folder: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each app declares its own state type, and a list of apps cannot name them all; the router never reads state.
  readonly app: App<any>;
}

/** The examples, the main demo first. */
export const examples: readonly ExampleEntry[] = [
  {
    path: '/',
    title: 'Data explorer',
    description: 'The main demo: cars and Seattle weather from vega-datasets, with sidebar filters, metrics, charts, a table and tabs.',
    folder: 'explorer',
    app: explorer,
  },
  {
    path: '/csv',
    title: 'CSV explorer',
    description: 'Upload a CSV (sent over HTTP, parsed with d3-dsv), filter it, chart it, see it in a table, and download the filtered rows.',
    folder: 'csv',
    app: csv,
  },
  {
    path: '/gallery',
    title: 'Media gallery',
    description: 'The PNGs shipped in vega-datasets in a row with captions, an SVG drawn by the script, and a chord synthesised as WAV.',
    folder: 'gallery',
    app: gallery,
  },
  {
    path: '/forms',
    title: 'Forms',
    description: 'A form that holds its changes until submit, an onClick callback, clearOnSubmit, and a form that keeps its values.',
    folder: 'forms',
    app: forms,
  },
  {
    path: '/fragments',
    title: 'Fragments',
    description: 'An expensive page part that runs once per full rerun, a fragment that reruns alone, and a runEvery live fragment.',
    folder: 'fragments',
    app: fragments,
  },
  {
    path: '/caching',
    title: 'Caching',
    description: 'cacheData with a TTL and a slow loader (timings of misses and hits), cacheResource shared by every session, clear buttons.',
    folder: 'caching',
    app: caching,
  },
  {
    path: '/pages',
    title: 'Multipage app',
    description: 'st.navigation with three pages, st.pageLink, st.switchPage from a button, and the selected car kept in the URL.',
    folder: 'pages',
    app: pages,
  },
  {
    path: '/tasks',
    title: 'Long tasks',
    description: 'st.background: a several-second report with a progress bar that updates by itself while the page stays usable.',
    folder: 'tasks',
    app: tasks,
  },
  {
    path: '/flights',
    title: 'Flights',
    description:
      '200,000 flights from an Arrow file: a server-paged table that sorts on the server, sidebar filters, row selection and an editable table of notes.',
    folder: 'flights',
    app: flights,
  },
  {
    path: '/dialogs',
    title: 'Dialogs',
    description: 'A modal dialog opened by a button, with widgets that rerun only the dialog, closed by st.rerun().',
    folder: 'dialogs',
    app: dialogs,
  },
];
