// A line above the results that says what the search did with the query ("'보안그룹'으로
// 검색했어요"), so that a reader sees why the results name other words than the ones typed.
const NOTE_CLASS = 'search-note';

export function showSearchNote(text: string | undefined): void {
  const input = document.querySelector<HTMLInputElement>('#starlight__search .pagefind-ui__search-input');
  const drawer = input?.form?.querySelector('.pagefind-ui__drawer');
  if (!input || !drawer) return;
  let note = drawer.parentElement!.querySelector<HTMLParagraphElement>(`.${NOTE_CLASS}`);
  if (!note) {
    note = document.createElement('p');
    note.className = NOTE_CLASS;
    note.setAttribute('role', 'status');
    drawer.before(note);
    // Pagefind shows no results for an empty box, and no search runs: the note goes with them.
    input.addEventListener('input', () => {
      if (!input.value.trim()) note!.hidden = true;
    });
  }
  note.textContent = text ?? '';
  note.hidden = !text;
}
