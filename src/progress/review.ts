// 오답노트 (/review/): the questions in the reader's record that were answered wrong, each with the
// day it went wrong, for another try. A right answer on a later day counts; two such days and it
// leaves the list (model.ts).
// Also the script every page carries, so that the two share one chunk (fewer bytes on the domain pages).
import { paint } from './page';
import type { BankPage, BankQuestion } from './bank';
import { checkedChoice, choiceFieldset, choiceLabel, fetchBank, h } from './dom';
import { answer, REVIEW_DAYS, today } from './model';
import { dayLabel, reviewList, type ReviewItem } from './review-list';
import { load, update } from './storage';

const root = document.querySelector<HTMLElement>('[data-review]')!;
const list = root.querySelector<HTMLElement>('[data-review-list]')!;

fetchBank<BankPage[]>(root.dataset.bank!).then(show);

function show(bank: BankPage[]) {
  const questions = new Map(bank.flatMap((page) => page.questions.map((question) => [question.key, { question, title: page.title }])));
  const items = reviewList(load(), today()).filter((item) => questions.has(item.key));

  root.querySelector<HTMLElement>('[data-review-empty]')!.hidden = items.length > 0;
  list.hidden = items.length === 0;
  list.querySelector('[data-review-count]')!.textContent = `다시 풀 문제 ${items.length}개 (오늘 셀 수 있는 문제 ${items.filter((item) => item.due).length}개)`;
  list.querySelector('ol')!.replaceChildren(...items.map((item) => entry(item, questions.get(item.key)!.question, questions.get(item.key)!.title)));
}

const meta = (item: ReviewItem, title: string) =>
  `${title} · ${dayLabel(item.wrongOn)}에 틀림 · 다른 날 맞힌 횟수 ${item.rightDays}/${REVIEW_DAYS}` +
  (item.due ? '' : item.wrongOn === today() ? ' · 내일부터 셀 수 있어요' : ' · 오늘 몫은 셌어요, 내일 또 풀어 보세요');

function entry(item: ReviewItem, question: BankQuestion, title: string): HTMLLIElement {
  const verdict = h('p', { className: 'review-verdict', role: 'status' });
  const explanation = h(
    'div',
    { className: 'review-explanation', hidden: true },
    h('p', {}, `정답: ${choiceLabel(question.choices, question.answer)}. ${question.explanation}`),
    h('a', { href: question.href }, `노트에서 보기: ${title}`),
  );
  const form = h(
    'form',
    {},
    h('p', { className: 'review-meta' }, meta(item, title)),
    choiceFieldset(question.question, question.choices, item.key),
    h('div', { className: 'review-item-actions' }, h('button', { type: 'submit' }, '확인'), verdict),
    explanation,
  );
  form.onsubmit = (event) => {
    event.preventDefault();
    const choice = checkedChoice(form, item.key);
    if (!choice) {
      verdict.textContent = '보기를 하나 골라 주세요.';
      return;
    }
    const right = choice === question.answer;
    const before = load().q[item.key]?.d;
    const progress = update((latest) => answer(latest, item.key, choice, right, today()));
    paint(progress);
    const record = progress.q[item.key]!;
    const after = record.d ? 1 : 0;
    verdict.className = `review-verdict ${right ? 'review-right' : 'review-wrong'}`;
    verdict.textContent = !right
      ? '아쉬워요. 틀린 날을 오늘로 바꿨어요. 내일부터 다시 세요.'
      : record.w === undefined
        ? `정답이에요. 서로 다른 ${REVIEW_DAYS}일에 맞혀서 오답노트에서 뺐어요.`
        : record.d !== before
          ? `정답이에요. 다른 날 한 번 더 맞히면 오답노트에서 빠져요. (${after}/${REVIEW_DAYS})`
          : '정답이에요. 오늘은 틀린 날이거나 이미 센 날이라, 내일 다시 맞혀야 복습으로 세요.';
    form.querySelector('.review-meta')!.textContent = meta(
      { ...item, wrongOn: record.w ?? item.wrongOn, rightDays: after, due: false },
      title,
    );
    explanation.hidden = false;
  };
  return h('li', {}, form);
}
