// 모의고사 (/exam/): setup → questions (one at a time or as a list, optional countdown) → results
// with a per-domain breakdown and every question explained. Answers are recorded when the exam
// is handed in, so wrong ones join the 오답노트.
// Also the script every page carries, so that the two share one chunk (fewer bytes on the domain pages).
import { paint } from './page';
import type { BankPage, BankQuestion } from './bank';
import { checkedChoice, choiceFieldset, choiceLabel, fetchBank, h } from './dom';
import { clock, draw, scoreByPage, timeLimitSeconds } from './exam-logic';
import { answer, today } from './model';
import { update } from './storage';

const root = document.querySelector<HTMLElement>('[data-exam]')!;
const setup = root.querySelector<HTMLFormElement>('[data-exam-setup]')!;
const run = root.querySelector<HTMLElement>('[data-exam-run]')!;
const result = root.querySelector<HTMLElement>('[data-exam-result]')!;
const error = root.querySelector<HTMLElement>('[data-exam-error]')!;

let bank: BankPage[] = [];
fetchBank<BankPage[]>(root.dataset.bank!).then(
  (loaded) => {
    bank = loaded;
    for (const element of document.querySelectorAll<HTMLElement>('[data-exam-all], [data-exam-no-script]')) element.hidden = true;
    setup.hidden = false;
  },
  // The full list (shown without JavaScript) stays.
  () => root.prepend(h('p', { className: 'exam-error' }, '문제를 불러오지 못했어요. 아래 전체 문제로 풀어 보세요.')),
);

const titleOf = (question: BankQuestion) => bank.find((page) => question.key.startsWith(`${page.slug}/`))!.title;
const nameOf = (index: number) => `exam-${index}`;

setup.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(setup);
  const slugs = form.getAll('domain').map(String);
  if (!slugs.length) {
    error.textContent = '도메인을 하나 이상 골라 주세요.';
    return;
  }
  error.textContent = '';
  start(draw(bank, slugs, Number(form.get('length'))), form.get('layout') === 'one', form.has('timer'));
});

function start(questions: BankQuestion[], oneAtATime: boolean, timed: boolean) {
  let current = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const count = h('p', {});
  const remaining = h('span', {});
  const bar = h('div', { className: 'exam-bar' }, count);
  const items = questions.map((question, index) =>
    h(
      'li',
      {},
      h('h2', { tabIndex: -1 }, `문제 ${index + 1} / ${questions.length}`),
      choiceFieldset(question.question, question.choices, nameOf(index)),
    ),
  );
  const previous = h('button', { type: 'button', className: 'exam-button secondary' }, '이전 문제');
  const next = h('button', { type: 'button', className: 'exam-button secondary' }, '다음 문제');
  const submit = h('button', { type: 'button', className: 'exam-button' }, '제출하고 채점하기');
  const answered = () => questions.filter((_, index) => checkedChoice(run, nameOf(index))).length;
  const show = (index: number, focus: boolean) => {
    current = index;
    items.forEach((item, i) => (item.hidden = oneAtATime && i !== index));
    previous.disabled = index === 0;
    next.disabled = index === questions.length - 1;
    if (focus) items[index]!.querySelector('h2')!.focus();
  };
  const showCount = () => (count.textContent = `${questions.length}문제 중 ${answered()}문제 답함`);
  const finish = (timeUp: boolean) => {
    clearInterval(timer);
    const choices = questions.map((_, index) => checkedChoice(run, nameOf(index)));
    showResult(questions, choices, timeUp);
  };

  if (timed) {
    const deadline = Date.now() + timeLimitSeconds(questions.length) * 1000;
    bar.append(h('p', { role: 'timer' }, '남은 시간 ', remaining));
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      remaining.textContent = clock(left);
      if (!left) finish(true);
    };
    tick();
    timer = setInterval(tick, 1000);
  }
  previous.onclick = () => show(current - 1, true);
  next.onclick = () => show(current + 1, true);
  submit.onclick = () => {
    const left = questions.length - answered();
    if (!left || confirm(`아직 안 푼 문제가 ${left}개 있어요. 그래도 제출할까요?`)) finish(false);
  };
  run.replaceChildren(
    bar,
    h('ol', { className: 'exam-questions' }, ...items),
    h('div', { className: 'exam-nav' }, ...(oneAtATime ? [previous, next] : []), submit),
  );
  run.onchange = showCount;
  showCount();
  setup.hidden = true;
  result.hidden = true;
  run.hidden = false;
  show(0, true);
}

function showResult(questions: BankQuestion[], choices: (number | undefined)[], timeUp: boolean) {
  const day = today();
  paint(
    update((progress) =>
      questions.forEach((question, index) => {
        const choice = choices[index];
        if (choice) answer(progress, question.key, choice, choice === question.answer, day);
      }),
    ),
  );
  const right = questions.filter((question, index) => choices[index] === question.answer).length;
  const heading = h(
    'h2',
    { tabIndex: -1 },
    `결과: ${questions.length}문제 중 ${right}문제 맞힘 (${Math.round((right / questions.length) * 100)}%)`,
  );
  const rows = scoreByPage(bank, questions, choices).map((score) =>
    h('tr', {}, h('th', { scope: 'row' }, score.title), h('td', {}, `${score.right} / ${score.total}`)),
  );
  const again = h('button', { type: 'button', className: 'exam-button' }, '새 모의고사');
  again.onclick = () => {
    result.hidden = true;
    setup.hidden = false;
    setup.querySelector('button')!.focus();
  };
  result.replaceChildren(
    heading,
    h(
      'p',
      {},
      timeUp ? '시간이 끝나 자동으로 제출했어요. ' : '',
      '틀린 문제는 날짜와 함께 ',
      h('a', { href: root.dataset.review! }, '오답노트'),
      '에 모였어요.',
    ),
    h(
      'table',
      {},
      h('caption', {}, '도메인별 결과'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '도메인'), h('th', { scope: 'col' }, '맞힘'))),
      h('tbody', {}, ...rows),
    ),
    h('h3', {}, '문제별 해설'),
    h('ol', { className: 'exam-answers' }, ...questions.map((question, index) => explained(question, choices[index], index))),
    again,
  );
  run.hidden = true;
  result.hidden = false;
  heading.focus();
}

function explained(question: BankQuestion, choice: number | undefined, index: number): HTMLLIElement {
  const right = choice === question.answer;
  return h(
    'li',
    {},
    h('p', {}, h('strong', {}, `${index + 1}. ${question.question}`)),
    h(
      'p',
      { className: right ? 'exam-right' : 'exam-wrong' },
      right ? '정답' : choice ? '오답' : '안 풀었어요',
      choice ? ` — 내 답: ${choiceLabel(question.choices, choice)}` : '',
    ),
    h('p', {}, `정답: ${choiceLabel(question.choices, question.answer)}`),
    h('p', {}, question.explanation),
    h('p', {}, h('a', { href: question.href }, `노트에서 보기: ${titleOf(question)}`), ' · ', h('a', { href: question.source }, '공식 문서')),
  );
}
