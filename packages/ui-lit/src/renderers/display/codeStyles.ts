import { css } from 'lit';

/** Styles of code blocks (`st.code` and fenced markdown code), syntax tokens and copy buttons. */
export const codeStyles = css`
  .lu-code,
  .lu-md-code {
    position: relative;
    border-radius: var(--lit-ui-radius);
    background: var(--lit-ui-secondary-bg);
  }
  .lu-code-pre,
  .lu-md-code {
    margin: 0;
    padding: 1rem 3rem 1rem 1rem;
    overflow-x: auto;
    font-family: var(--lit-ui-mono-font);
    font-size: 0.875rem;
    line-height: 1.6;
    color: var(--lit-ui-text);
    tab-size: 4;
    scrollbar-width: thin;
  }
  .lu-markdown .lu-md-code {
    margin-bottom: 1rem;
  }
  .lu-code-body,
  .lu-md-code > code {
    font: inherit;
    color: inherit;
    background: none;
    padding: 0;
    border-radius: 0;
  }
  .lu-code:not(.lu-code--wrap) .lu-code-body {
    display: inline-block;
    min-width: 100%;
  }
  .lu-code--wrap .lu-code-pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .lu-code--wrap .lu-code-body {
    display: block;
  }
  .lu-code-line {
    display: flex;
  }
  .lu-code-ln {
    flex: none;
    box-sizing: content-box;
    padding-right: 1.25rem;
    text-align: right;
    color: var(--lit-ui-muted);
    opacity: 0.65;
    user-select: none;
  }
  .lu-code-text {
    flex: 1 1 auto;
    min-width: 0;
    white-space: pre;
  }
  .lu-code--wrap .lu-code-text {
    white-space: pre-wrap;
  }

  /* syntax tokens (highlight.js classes) */
  .hljs-keyword,
  .hljs-selector-tag,
  .hljs-doctag,
  .hljs-section {
    color: var(--lu-syn-keyword);
  }
  .hljs-string,
  .hljs-template-tag,
  .hljs-addition,
  .hljs-selector-attr {
    color: var(--lu-syn-string);
  }
  .hljs-number,
  .hljs-literal,
  .hljs-symbol,
  .hljs-bullet {
    color: var(--lu-syn-number);
  }
  .hljs-comment,
  .hljs-quote {
    color: var(--lu-syn-comment);
    font-style: italic;
  }
  .hljs-title,
  .hljs-title.function_,
  .hljs-selector-id,
  .hljs-selector-class {
    color: var(--lu-syn-title);
  }
  .hljs-built_in,
  .hljs-type,
  .hljs-title.class_ {
    color: var(--lu-syn-type);
  }
  .hljs-attr,
  .hljs-attribute,
  .hljs-variable,
  .hljs-template-variable,
  .hljs-name,
  .hljs-deletion {
    color: var(--lu-syn-attr);
  }
  .hljs-meta,
  .hljs-params,
  .hljs-punctuation {
    color: var(--lu-syn-meta);
  }
  .hljs-regexp,
  .hljs-link {
    color: var(--lu-syn-regexp);
  }
  .hljs-emphasis {
    font-style: italic;
  }
  .hljs-strong {
    font-weight: 700;
  }

  /* copy buttons (code, markdown code, JSON): the shell's .lu-icon-button, pinned top-right */
  .lu-copy {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    border-radius: 0.375rem;
    background: var(--lit-ui-secondary-bg);
    opacity: 0;
    transition: opacity 0.15s ease;
  }
  .lu-code:hover .lu-copy,
  .lu-md-code:hover .lu-copy,
  .lu-json:hover .lu-copy,
  .lu-copy:focus-visible,
  .lu-copy.lu-copied {
    opacity: 1;
  }
  .lu-copy:hover {
    color: var(--lit-ui-text);
    background: var(--lit-ui-hover);
  }
  .lu-copy .lu-copy-check,
  .lu-copy.lu-copied rect,
  .lu-copy.lu-copied .lu-copy-back {
    display: none;
  }
  .lu-copy.lu-copied .lu-copy-check {
    display: inline;
    color: var(--lu-green);
  }
`;
