import type { LanguageFn } from 'highlight.js';

type HLJSApi = typeof import('highlight.js/lib/core').default;
type LanguageModule = Promise<{ default: LanguageFn }>;

/** Languages highlighted, each its own lazy chunk. */
const LANGUAGES: Record<string, () => LanguageModule> = {
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  dockerfile: () => import('highlight.js/lib/languages/dockerfile'),
  go: () => import('highlight.js/lib/languages/go'),
  ini: () => import('highlight.js/lib/languages/ini'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  julia: () => import('highlight.js/lib/languages/julia'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  latex: () => import('highlight.js/lib/languages/latex'),
  lua: () => import('highlight.js/lib/languages/lua'),
  makefile: () => import('highlight.js/lib/languages/makefile'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  php: () => import('highlight.js/lib/languages/php'),
  python: () => import('highlight.js/lib/languages/python'),
  r: () => import('highlight.js/lib/languages/r'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  scala: () => import('highlight.js/lib/languages/scala'),
  scss: () => import('highlight.js/lib/languages/scss'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

const ALIASES: Record<string, string> = {
  'c++': 'cpp',
  'c#': 'csharp',
  cs: 'csharp',
  docker: 'dockerfile',
  golang: 'go',
  htm: 'xml',
  html: 'xml',
  js: 'javascript',
  jsx: 'javascript',
  kt: 'kotlin',
  md: 'markdown',
  py: 'python',
  python3: 'python',
  rb: 'ruby',
  rs: 'rust',
  sh: 'bash',
  shell: 'bash',
  svg: 'xml',
  tex: 'latex',
  toml: 'ini',
  ts: 'typescript',
  tsx: 'typescript',
  yml: 'yaml',
  zsh: 'bash',
};

/** The highlight.js name of a language as Streamlit's `st.code` accepts it, or undefined when not highlighted. */
export function languageName(language: string | null | undefined): string | undefined {
  if (!language) return undefined;
  const lower = language.toLowerCase();
  const name = ALIASES[lower] ?? lower;
  return name in LANGUAGES ? name : undefined;
}

let core: Promise<HLJSApi> | undefined;
const registered = new Map<string, Promise<void>>();

async function languageReady(hljs: HLJSApi, name: string): Promise<void> {
  let ready = registered.get(name);
  if (ready === undefined) {
    const load = LANGUAGES[name] as () => LanguageModule;
    ready = load().then((module) => hljs.registerLanguage(name, module.default));
    registered.set(name, ready);
  }
  return ready;
}

/**
 * Highlights `code` with highlight.js, loading its core and the language
 * module on first use (`import()`), so neither is in the base bundle.
 *
 * @returns HTML of `<span class="hljs-…">` tokens (text escaped), or
 *   undefined when the language is unknown or `null`
 * @example
 * const html = await highlightCode('def f(): pass', 'python');
 */
export async function highlightCode(code: string, language: string | null | undefined): Promise<string | undefined> {
  const name = languageName(language);
  if (name === undefined) return undefined;
  core ??= import('highlight.js/lib/core').then((module) => module.default);
  const hljs = await core;
  await languageReady(hljs, name);
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}
