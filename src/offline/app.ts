// How the site looks once installed on a phone: shared by the web app manifest and the page head.
export const APP_NAME = 'AWS 스터디 노트';
export const APP_SHORT_NAME = 'AWS 노트';
// Starlight's header background in each theme (--sl-color-bg-nav).
export const THEME_COLORS = { light: '#f6f7f9', dark: '#23262f' } as const;
/** Icons in public/icons/ (drawn from public/favicon.svg by scripts/make-icons.mjs). */
export const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;
export const APPLE_TOUCH_ICON = 'icons/apple-touch-icon.png';
export const MANIFEST = 'manifest.webmanifest';
