// The web app manifest (Korean), so that the site can be added to a phone's home screen.
import type { APIRoute } from 'astro';
import { APP_NAME, APP_SHORT_NAME, ICONS, THEME_COLORS } from '../offline/app.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: APP_NAME,
      short_name: APP_SHORT_NAME,
      description: '스터디 그룹이 함께 정리한 AWS 학습 노트. 한 번 열면 연결이 없어도 읽고 검색할 수 있어요.',
      lang: 'ko',
      dir: 'ltr',
      id: base,
      start_url: base,
      scope: base,
      display: 'standalone',
      // The manifest has one theme colour; the page head gives one per theme.
      theme_color: THEME_COLORS.light,
      background_color: THEME_COLORS.light,
      icons: ICONS.map((icon) => ({ ...icon, src: `${base}${icon.src}` })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
