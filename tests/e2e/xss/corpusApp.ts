import { defineApp, dialog, Page, type DeltaGenerator } from '@lit-ui/core';
import { XSS_VECTORS } from './vectors.js';

/** The last element of every corpus page: the test waits for it before checking. */
export const END_MARK = 'END-OF-CORPUS-PAGE';

type St = DeltaGenerator;

/** Runs `write`, keeping a refusal (e.g. InvalidArgument for a `javascript:` link) from ending the page. */
function attempt(st: St, write: () => void): void {
  try {
    write();
  } catch (error) {
    st.caption(`refused: ${(error as Error).message}`);
  }
}

/** Text-bearing display elements: markdown with and without raw HTML, html, captions, headings, alerts, code, LaTeX. */
function textPage(st: St): void {
  XSS_VECTORS.forEach((v) => {
    st.markdown(v);
    st.markdown(v, { unsafeAllowHtml: true, help: v });
    st.html(v);
    st.caption(v);
    st.caption(v, { unsafeAllowHtml: true });
    st.text(v);
    st.subheader(v);
    st.info(v);
    st.code(v, { language: 'html' });
    st.latex(v);
  });
  st.text(END_MARK);
}

/** Labels, help, values, placeholders and options of widgets; metric parts. */
function widgetsPage(st: St): void {
  XSS_VECTORS.forEach((v, i) => {
    st.button(v, { key: `b${i}`, help: v });
    st.textInput(v, { key: `t${i}`, value: v, placeholder: v, help: v });
    st.selectbox(v, [v, 'other'], { key: `s${i}` });
    st.radio(v, [v, 'other'], { key: `r${i}` });
    st.multiselect(v, [v, 'other'], { key: `m${i}`, default: [v] });
    st.checkbox(v, { key: `c${i}` });
    st.metric(v, v, { delta: v, help: v });
  });
  st.text(END_MARK);
}

/** Table cells and headers, dataframes, JSON, containers' labels, toasts, progress, chat, exceptions. */
function dataPage(st: St): void {
  const rows = XSS_VECTORS.map((v, i) => ({ n: i, vector: v }));
  st.table(rows);
  st.dataframe(rows);
  st.table([Object.fromEntries(XSS_VECTORS.map((v) => [v, v]))]);
  st.dataframe([Object.fromEntries(XSS_VECTORS.map((v) => [v, v]))]);
  st.json(Object.fromEntries(XSS_VECTORS.map((v) => [v, v])), { expanded: true });
  st.tabs(XSS_VECTORS.slice(0, 40));
  st.tabs(XSS_VECTORS.slice(40));
  XSS_VECTORS.forEach((v) => {
    st.expander(v, { expanded: true }).markdown(v);
    st.popover(v).markdown(v);
    st.status(v, { state: 'complete', expanded: true }).markdown(v);
    st.progress(50, { text: v });
    st.chatMessage(v, { avatar: v }).markdown(v);
    st.toast(v, { icon: v });
    st.exception(new Error(v));
  });
  st.text(END_MARK);
  throw new Error(XSS_VECTORS.join('\n'));
}

const corpusDialog = dialog(XSS_VECTORS.join(' '), (st: St) => {
  st.markdown(XSS_VECTORS.join('\n\n'));
});

/** Link URLs and labels, page links, avatars, the page title and icon, a dialog title. */
async function linksPage(st: St): Promise<void> {
  XSS_VECTORS.forEach((v) => {
    attempt(st, () => st.linkButton(v, v));
    attempt(st, () => st.pageLink(v, { label: v, help: v }));
    st.linkButton(v, 'https://example.com/', { help: v });
    st.pageLink('widgets', { label: v, icon: v });
    st.setPageConfig({ pageTitle: v, pageIcon: v });
  });
  st.text(END_MARK);
  await corpusDialog(st);
}

/** Every vector as a navigation page's title and icon, beside the four corpus pages. */
export const xssCorpusApp = defineApp(async (st) => {
  const pages = [
    Page(textPage, { title: 'Text', urlPath: 'text', default: true }),
    Page(widgetsPage, { title: 'Widgets', urlPath: 'widgets' }),
    Page(dataPage, { title: 'Data', urlPath: 'data' }),
    Page(linksPage, { title: 'Links', urlPath: 'links' }),
    ...XSS_VECTORS.map((v, i) => Page(() => undefined, { title: v, icon: v, urlPath: `v${i}` })),
  ];
  await st.navigation(pages).run();
});

/** The corpus pages' URL paths, in the order the test visits them. */
export const CORPUS_PAGES = ['text', 'widgets', 'data', 'links'] as const;
