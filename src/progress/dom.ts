// A tiny element builder for the exam, 오답노트 and progress scripts.
type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'style'>>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<K> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

/** The radio buttons of one question, named `name`, values 1…n. */
export function choiceFieldset(legend: string, choices: string[], name: string): HTMLFieldSetElement {
  return h(
    'fieldset',
    { className: 'study-choices' },
    h('legend', {}, legend),
    ...choices.map((choice, index) => h('label', {}, h('input', { type: 'radio', name, value: `${index + 1}` }), choice)),
  );
}

export function checkedChoice(scope: ParentNode, name: string): number | undefined {
  const input = scope.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return input ? Number(input.value) : undefined;
}

/** "3번 전용 호스트" */
export const choiceLabel = (choices: string[], choice: number) => `${choice}번 ${choices[choice - 1]}`;

export async function fetchBank<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json() as Promise<T>;
}
