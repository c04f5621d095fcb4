import type { Page } from 'playwright-core';

/** What a page reported against its Content-Security-Policy. */
export interface CspReport {
  /** `securitypolicyviolation` events: directive, blocked URI, sample, source. */
  readonly violations: string[];
  /** Console messages about the policy (Chromium logs every blocked inline style, handler or eval). */
  readonly consoleErrors: string[];
}

/**
 * Watches a page for Content-Security-Policy violations from its first
 * script on: a `securitypolicyviolation` listener on the document (the
 * event is composed, so it reaches the document from shadow roots too),
 * and console messages that mention the policy. Call before `goto`.
 *
 * @returns A live report; read it with {@link cspReport} after the page settles.
 */
export async function watchCsp(page: Page): Promise<CspReport> {
  const report: CspReport = { violations: [], consoleErrors: [] };
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) report.consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return report;
}

/** The violations the page's listener saw so far, merged into `report`. */
export async function cspReport(page: Page, report: CspReport): Promise<CspReport> {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return { violations: [...report.violations, ...seen], consoleErrors: [...report.consoleErrors] };
}
