// 내 진도 (/progress/): fills in the per-domain table; export, import and reset.
// Also the script every page carries, so that the two share one chunk (fewer bytes on the domain pages).
import { paint } from './page';
import { rightCount, today, type Progress } from './model';
import { isEmpty, reviewList } from './review-list';
import { load, update } from './storage';
import { exportText, importText } from './transfer';

const root = document.querySelector<HTMLElement>('[data-progress-page]')!;
const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const exported = find<HTMLTextAreaElement>('[data-export-text]');
const imported = find<HTMLTextAreaElement>('[data-import-text]');
const transferStatus = find('[data-transfer-status]');

function render(progress: Progress) {
  paint(progress);
  const review = reviewList(progress, today());
  const slugs = [...root.querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.slug!);
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-slug]')) {
    const mine = row.dataset.slug ? [row.dataset.slug] : slugs;
    const cell = (name: string) => row.querySelector(`[data-cell="${name}"]`)!;
    const read = mine.filter((slug) => slug in progress.r).length;
    cell('read').textContent = row.dataset.slug ? (read ? '다 읽음' : '–') : `${read} / ${slugs.length}`;
    cell('right').textContent = `${mine.reduce((sum, slug) => sum + rightCount(progress, slug), 0)} / ${row.dataset.total}`;
    cell('review').textContent = `${review.filter((item) => mine.some((slug) => item.key.startsWith(`${slug}/`))).length}`;
  }
}

const say = (status: HTMLElement, message: string, error = false) => {
  status.textContent = message;
  status.classList.toggle('error', error);
};

find('[data-export]').onclick = async () => {
  exported.value = await exportText(load());
  exported.select();
  say(transferStatus, '기록을 글로 만들었어요. 복사해서 옮길 기기의 이 페이지에 붙여 넣으세요.');
};
find('[data-copy]').onclick = async () => {
  if (!exported.value) exported.value = await exportText(load());
  try {
    await navigator.clipboard.writeText(exported.value);
    say(transferStatus, '내보낸 기록을 복사했어요.');
  } catch {
    exported.select();
    say(transferStatus, '복사하지 못했어요. 글을 길게 눌러 직접 복사해 주세요.', true);
  }
};
find('[data-import]').onclick = async () => {
  const result = await importText(imported.value);
  if ('error' in result) return say(transferStatus, result.error, true);
  if (!isEmpty(load()) && !confirm('지금 이 브라우저의 기록을 가져온 기록으로 바꿀까요?')) return;
  render(update((progress) => Object.assign(progress, result.progress)));
  const { q, r } = result.progress;
  say(
    transferStatus,
    `기록을 가져왔어요: 읽은 페이지 ${Object.keys(r).length}개, 답한 문제 ${Object.keys(q).length}개, 오답노트 ${reviewList(result.progress, today()).length}개.`,
  );
};
find('[data-reset]').onclick = () => {
  if (!confirm('이 브라우저의 학습 기록(고른 답, 오답노트, 읽은 페이지)을 모두 지울까요? 되돌릴 수 없어요.')) return;
  render(update((progress) => Object.assign(progress, { q: {}, r: {} })));
  say(find('[data-reset-status]'), '기록을 모두 지웠어요.');
};

render(load());
