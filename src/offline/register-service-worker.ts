// Runs on every page, inside the script every page loads (src/components/PageScript.astro: no
// request of its own): registers the offline worker once the page has loaded (so it costs the
// first visit nothing) and, when a new build of the site has been downloaded while an older one
// serves this page, offers a reload instead of mixing old and new pages. (Its bytes count
// against every page's JavaScript budget: tests/page-weight-budget.test.ts.)
import noticeStyles from '../styles/update-notice.css?url';
import { MANIFEST } from './app.ts';
import { SAVE_DATA_WORKER, WORKER } from './worker-names.ts';

const workers = navigator.serviceWorker;

function offerUpdate(waiting: ServiceWorker) {
  // The notice's styles load with it, not with every page's render-blocking CSS.
  document.head.insertAdjacentHTML('beforeend', `<link rel="stylesheet" href="${noticeStyles}">`);
  // <output> is a status region: screen readers announce the notice.
  document.body.insertAdjacentHTML('beforeend', '<output class=update-notice><button>새 노트가 있어요 · 새로고침</button></output>');
  (document.body.lastChild as HTMLElement).onclick = () => waiting.postMessage({ type: 'SKIP_WAITING' });
}

if (import.meta.env.PROD && workers) {
  addEventListener('load', async () => {
    // Linked only now: with the link in the HTML, Chrome fetches the manifest and an icon while
    // the page loads, which made the first visit slower (Lighthouse). Installing needs neither earlier.
    document.head.insertAdjacentHTML('beforeend', `<link rel="manifest" href="${import.meta.env.BASE_URL}${MANIFEST}">`);
    // On save-data connections, a worker that keeps only what the reader opens.
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    const previous = workers.controller;
    // Where workers are blocked (some private windows, policies), the site simply stays online-only.
    const registration = await workers.register(`${import.meta.env.BASE_URL}${saveData ? SAVE_DATA_WORKER : WORKER}`).catch(() => undefined);
    if (!registration) return;
    // Every open page of the old version reloads once the new worker takes over.
    workers.oncontrollerchange = () => previous && location.reload();
    if (registration.waiting && previous) offerUpdate(registration.waiting);
    registration.onupdatefound = () => {
      const installing = registration.installing!;
      installing.onstatechange = () => installing.state === 'installed' && previous && offerUpdate(installing);
    };
  });
}
