import { expect, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';

/** Opens pages in the given Starlight theme, as a reader who picked it with the theme toggle. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

/** Switches the open page's theme with Starlight's own picker (at 375 px it sits in the closed mobile menu). */
export async function pickTheme(page: Page, theme: Theme): Promise<void> {
  await page.locator('starlight-theme-select select').first().evaluate((select: HTMLSelectElement, value) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
