// The script every page carries (kept small: it counts against the domain pages' JS budget):
// - shows per-domain progress on [data-progress] elements (sidebar links, home cards) as data
//   attributes that CSS turns into a badge (Sidebar.astro, DomainCards.astro);
// - on a domain page, restores the self-check choices, records each answer (wrong ones go to the
//   오답노트) and marks the page read when its end comes into view.
import { answer, type Progress, rightCount, today } from './model';
import { load, update } from './storage';

/** Shows the record on the sidebar links and home cards (the exam, 오답노트 and progress pages call it after a change). */
export const paint = (progress: Progress) =>
  document.querySelectorAll<HTMLElement>('[data-progress]').forEach((element) => {
    const slug = element.dataset.progress!;
    element.dataset.right = `${rightCount(progress, slug)}`;
    element.dataset.read = `${slug in progress.r}`;
  });

const progress = load();
const section = document.querySelector<HTMLElement>('[data-self-check]');
if (section) {
  section.querySelectorAll('input').forEach((input) => (input.checked = progress.q[input.name]?.c == (input.value as unknown as number)));
  section.onchange = (event) => {
    const input = event.target as HTMLInputElement;
    paint(update((latest) => answer(latest, input.name, +input.value, 'correct' in input.dataset, today())));
  };
  new IntersectionObserver(([entry]) => {
    // Read: the first day its end (the self-check's last element) came into view.
    if (entry!.isIntersecting) paint(update((latest) => (latest.r[section.dataset.selfCheck!] ??= today())));
  }).observe(section.lastElementChild!);
}
paint(progress);
