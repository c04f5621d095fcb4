import { describe, expect, it } from 'vitest';
import { contrastText, themeBase, themeCss, themeProblems } from './themeConfig.js';

describe('themeConfig', () => {
  it('reads the scheme of a setting: a name, a custom theme’s base, else the fallback', () => {
    expect(themeBase('dark', 'light')).toBe('dark');
    expect(themeBase({ base: 'auto', primaryColor: '#123456' }, 'light')).toBe('auto');
    expect(themeBase({ primaryColor: '#123456' }, 'light')).toBe('light');
    expect(themeBase(undefined, 'auto')).toBe('auto');
  });

  it('accepts Streamlit’s theme options and names every bad one', () => {
    expect(themeProblems({ base: 'dark', primaryColor: '#0068c9', backgroundColor: 'rgb(10, 20, 30)', font: 'serif', baseRadius: 'small' })).toEqual(
      [],
    );
    expect(themeProblems({ baseRadius: 6, codeFont: "'Fira Code', monospace", dark: { textColor: 'white' } })).toEqual([]);
    const problems = themeProblems({ primaryColor: 'red; } body { display: none', shade: 1, baseRadius: '9vw', dark: { glow: '#fff' } } as never);
    expect(problems.join('\n')).toMatch(/'shade' is not a theme option/);
    expect(problems.join('\n')).toMatch(/primaryColor must be a CSS color/);
    expect(problems.join('\n')).toMatch(/baseRadius must be/);
    expect(problems.join('\n')).toMatch(/'dark.glow' is not a theme color option/);
    expect(themeProblems('sepia' as never)).toHaveLength(1);
  });

  it('turns a custom theme into custom properties, per scheme, leaving out what is invalid', () => {
    const cssText = themeCss(
      { primaryColor: '#ffe312', font: 'monospace', baseRadius: 'none', textColor: 'url(x)', dark: { backgroundColor: '#10141c' } },
      'lit-ui-app',
    );
    expect(cssText).toContain('lit-ui-app, lit-ui-app[scheme] { --lit-ui-primary: #ffe312; --lit-ui-primary-contrast: #31333f;');
    expect(cssText).toContain("--lit-ui-font: 'Source Code Pro'");
    expect(cssText).toContain('--lit-ui-radius: 0;');
    expect(cssText).not.toContain('url(');
    expect(cssText).toContain("lit-ui-app[scheme='dark'] { --lit-ui-bg: #10141c; }");
    expect(themeCss({ light: { linkColor: '#004280' } })).toBe(":host([scheme='light']) { --lit-ui-link: #004280; }");
    expect(themeCss('dark')).toBe('');
  });

  it('picks the more readable text on a primary color by WCAG contrast', () => {
    expect(contrastText('#0068c9')).toBe('#ffffff');
    expect(contrastText('#ffe312')).toBe('#31333f');
    expect(contrastText('rebeccapurple')).toBeUndefined();
  });
});
