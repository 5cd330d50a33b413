// The one place that touches localStorage: one versioned key. A blocked, full or throwing storage
// (private mode, site data turned off) never breaks a page: nothing is remembered, and the page
// says so (<body class="unsaved"> shows StorageNotice.astro). Small on purpose: it runs on every page.
import { emptyProgress, migrate, type Progress } from './model';

export const STORAGE_KEY = 'aws-study-notes:v1';

const notify = () => document.body.classList.add('unsaved');

export function load(): Progress {
  try {
    return migrate(localStorage.getItem(STORAGE_KEY));
  } catch {
    notify();
    return emptyProgress();
  }
}

/** Saves the record, or shows the notice when the browser would not keep it. */
export function save(progress: Progress): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    notify();
  }
}

/** Applies a change to the freshest record (another tab may have written since this page loaded). */
export function update(change: (progress: Progress) => void): Progress {
  const progress = load();
  change(progress);
  save(progress);
  return progress;
}
