// Starlight plugin: makes the site installable and readable offline after one visit.
// - head: an icon for iOS home screens, the browser bar colour per theme (the manifest is linked
//   after load, with the worker: src/offline/register-service-worker.ts);
// - every page: the worker registration and update notice (src/offline/register-service-worker.ts),
//   which rides in the script every page loads already (src/components/PageScript.astro) rather
//   than Astro's injectScript('page'), whose module request of its own slowed the first visit;
// - after the build (and after Starlight's Pagefind step): the service workers, from what was built.
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { APPLE_TOUCH_ICON, THEME_COLORS } from '../offline/app.ts';
import { buildServiceWorkers } from '../offline/service-workers.ts';

export default function starlightOffline(): StarlightPlugin {
  return {
    name: 'aws-study-notes:offline',
    hooks: {
      'config:setup'({ config, astroConfig, updateConfig, addIntegration }) {
        const base = astroConfig.base.replace(/\/?$/, '/');
        updateConfig({
          head: [
            ...(config.head ?? []),
            { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}${APPLE_TOUCH_ICON}` } },
            ...Object.entries(THEME_COLORS).map(([scheme, color]) => ({
              tag: 'meta' as const,
              attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: color },
            })),
          ],
        });
        addIntegration({
          name: 'aws-study-notes:service-workers',
          hooks: {
            async 'astro:build:done'({ dir, logger }) {
              const { count, size, warnings } = await buildServiceWorkers(fileURLToPath(dir), base);
              for (const warning of warnings) logger.warn(warning);
              logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB before compression`);
            },
          },
        });
      },
    },
  };
}
