import type { Page } from '@playwright/test';

export type Theme = 'light' | 'dark';

/** Opens pages in the given Starlight theme, as a reader who picked it with the theme toggle. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}
