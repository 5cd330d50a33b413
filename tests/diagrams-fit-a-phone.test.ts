// On a 375 px phone every diagram fits the text column (no sideways scrolling) and every label
// in it is drawn at least 11 px tall. Label sizes are measured in Chromium: each SVG is opened by
// itself (natural size) to read its labels' font sizes, then scaled by how wide the page shows it.
import { expect, type Page, test } from '@playwright/test';
import { domainSlugs } from '../src/data/domains';

const PHONE = { width: 375, height: 800 };
const MIN_LABEL_PX = 11;

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

test('every diagram fits a 375 px phone column with labels of at least 11 px', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const svgPage = await context.newPage();
  const problems: string[] = [];
  let measured = 0;
  for (const slug of domainSlugs) {
    await page.goto(`${slug}/`);
    for (const figure of await page.locator('.sl-markdown-content figure.diagram').all()) {
      await figure.scrollIntoViewIfNeeded();
      const image = figure.locator('img:visible');
      await expect(image).toHaveJSProperty('complete', true);
      const name = `${slug}: "${await image.getAttribute('alt')}"`;
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
      measured++;
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${slug} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
  }
  expect(measured).toBeGreaterThanOrEqual(domainSlugs.length);
  expect(problems).toEqual([]);
});
