// axe passes over an open page: each at a width and in a theme (switched with Starlight's own
// picker), the whole rule set or only some rules. A theme changes only colours, so a page's
// second theme at a width needs colour contrast alone.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { pickTheme, type Theme } from './theme';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export interface AxePass {
  width: number;
  theme: Theme;
  /** Only these rules (all of axe's when left out). */
  rules?: readonly string[];
}

export const PHONE_PASSES: AxePass[] = [
  { width: 375, theme: 'dark' },
  { width: 375, theme: 'light', rules: ['color-contrast'] },
];
export const DESKTOP_PASSES: AxePass[] = [
  { width: 1280, theme: 'light' },
  { width: 1280, theme: 'dark', rules: ['color-contrast'] },
];

/** Runs each pass on the open page; fails naming the pass and the first elements of each violation. */
export async function expectNoAxeViolations(page: Page, passes: AxePass[], what = page.url()): Promise<void> {
  for (const [index, { width, theme, rules }] of passes.entries()) {
    await page.setViewportSize({ width, height: 800 });
    await pickTheme(page, theme);
    // Only violations are read, so axe skips collecting every passing node.
    const options = { resultTypes: ['violations'] as ['violations'], ...(rules ? { runOnly: { type: 'rule' as const, values: [...rules] } } : {}) };
    // The first pass injects axe (legacy mode: in the page itself instead of opening a blank page to
    // merge per-frame results; the site has no cross-origin frames, the one thing legacy mode leaves
    // out, and each pass takes a third as long). Later passes call the injected axe: AxeBuilder
    // would send and evaluate its 560 KB source twice more for each.
    const { violations } = index === 0
      ? await new AxeBuilder({ page }).options(options).setLegacyMode().analyze()
      : await page.evaluate((options) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, options), options);
    const summary = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary, `${what}: axe at ${width}px, ${theme}`).toEqual([]);
  }
}
