import { expect, type Locator, type Page, test } from '@playwright/test';
import { weighPage } from '../scripts/lib/page-weight.ts';
import { useTheme } from './support/theme';

const DIAGRAM_PAGES = ['network/', 'serverless/', 'backup/'];

async function visibleVariant(figure: Locator): Promise<string> {
  const light = await figure.locator('.diagram-light').isVisible();
  const dark = await figure.locator('.diagram-dark').isVisible();
  expect(light !== dark, 'exactly one theme variant is visible').toBe(true);
  return light ? 'light' : 'dark';
}

async function pickTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator('starlight-theme-select select').first().selectOption(theme);
}

for (const path of DIAGRAM_PAGES) {
  test(`${path}: the diagram matches the chosen theme and switches when the reader toggles it`, async ({ page }) => {
    await useTheme(page, 'light');
    await page.goto(path);
    const figure = page.locator('.sl-markdown-content figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    expect(await visibleVariant(figure)).toBe('light');
    await pickTheme(page, 'dark');
    expect(await visibleVariant(figure)).toBe('dark');
    await pickTheme(page, 'light');
    expect(await visibleVariant(figure)).toBe('light');
  });
}

test('diagrams are named and described for screen readers from accTitle and accDescr', async ({ page }) => {
  await page.goto('serverless/');
  const image = page.locator('figure.diagram img:visible').first();
  await expect(image).toHaveAccessibleName('SNS에서 여러 SQS 큐로 보내는 팬아웃');
  await expect(image).toHaveAccessibleDescription(/SNS 주제 하나에 메시지를 보내면/);
});

test('no Mermaid runtime ships: a diagram page loads the same scripts as a page without diagrams', async ({ context, baseURL }) => {
  // Every script a page loads, Starlight's idle-time search UI included (a quiet network can come first).
  const scriptsOf = async (path: string) => (await weighPage(await context.newPage(), baseURL!, path)).scripts.sort();
  const withDiagram = await scriptsOf('network/');
  expect(withDiagram.join(' ')).not.toMatch(/mermaid|dagre|cytoscape|elk/i);
  expect(withDiagram).toEqual(await scriptsOf('open-questions/'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('diagrams are visible', async ({ page }) => {
    await page.goto('backup/');
    const image = page.locator('figure.diagram img:visible').first();
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });
});
