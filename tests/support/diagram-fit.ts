// On a 375 px phone every diagram fits the text column (no sideways scrolling) and every label
// in it is drawn at least 11 px tall. Label sizes are measured in Chromium: each SVG is opened by
// itself (natural size) in a second tab to read its labels' font sizes, then scaled by how wide
// the page shows it. Run by tests/every-page.test.ts on each domain page, opened at 375 px.
import { type BrowserContext, expect, type Page } from '@playwright/test';

export const MIN_LABEL_PX = 11;

/** The smallest label font size of an SVG drawn at its natural size, in CSS px. */
async function smallestLabel(page: Page, url: string): Promise<{ px: number; label: string }> {
  await page.goto(url);
  return page.evaluate(() => {
    let smallest = { px: Infinity, label: '' };
    for (const element of document.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      if (!own) continue;
      const ctm = element.getScreenCTM()!;
      const px = parseFloat(getComputedStyle(element).fontSize) * Math.hypot(ctm.a, ctm.b);
      if (px < smallest.px) smallest = { px, label: own };
    }
    return smallest;
  });
}

/** Problems of the open page's diagrams at its current (phone) width; fails if it has none. */
export async function diagramsThatDoNotFit(page: Page, context: BrowserContext): Promise<string[]> {
  const figures = await page.locator('.sl-markdown-content figure.diagram').all();
  expect(figures.length, 'diagrams on the page').toBeGreaterThan(0);
  const svgPage = await context.newPage();
  const problems: string[] = [];
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    const image = figure.locator('img:visible');
    await expect(image).toHaveJSProperty('complete', true);
    const name = `"${await image.getAttribute('alt')}"`;
    const box = await figure.evaluate((fig) => {
      const frame = fig.querySelector('.diagram-frame')!;
      const img = [...fig.querySelectorAll('img')].find((i) => i.offsetParent)!;
      const column = fig.closest('.sl-markdown-content')!.getBoundingClientRect();
      const rect = img.getBoundingClientRect();
      return {
        scrolls: frame.scrollWidth > frame.clientWidth,
        overhang: Math.max(rect.right - column.right, column.left - rect.left),
        scale: rect.width / img.naturalWidth,
        src: img.currentSrc,
      };
    });
    if (box.scrolls || box.overhang > 0.5) problems.push(`${name} does not fit the column (${box.overhang.toFixed(0)} px over)`);
    // Tapping still opens the diagram at full size.
    expect(await figure.locator('a.diagram-zoom:visible').getAttribute('href')).toBe(await image.getAttribute('src'));
    const label = await smallestLabel(svgPage, box.src);
    const shown = label.px * box.scale;
    if (shown < MIN_LABEL_PX) problems.push(`${name}: label "${label.label}" is ${shown.toFixed(1)} px`);
  }
  await svgPage.close();
  if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)) problems.push('the page scrolls sideways');
  return problems;
}
