import { type Page, test } from '@playwright/test';

/** Records console errors and warnings, page errors, failed responses and requests to any other host. */
export function watch(page: Page): { problems: string[] } {
  const watched = { problems: [] as string[] };
  const siteHost = new URL(test.info().project.use.baseURL!).host;
  page.on('console', (message) => {
    // The browser under test refuses the offline worker unless a test allows it (playwright.config.ts).
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== siteHost) watched.problems.push(`request to ${url.host}: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watched;
}
