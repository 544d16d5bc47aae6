/**
 * The audience's questions as the speaker sees them, newest first, with how many are open and an
 * "Answered" button each. Used in reveal's speaker view and on the speaker page. Every question is
 * set as text (textContent), never parsed as markup.
 */
import type { Question } from './protocol.ts';

export class QuestionList {
  private readonly items = new Map<number, { question: Question; row: HTMLLIElement }>();
  private readonly list: HTMLOListElement;

  constructor(
    private readonly doc: Document,
    container: HTMLElement,
    private readonly count: HTMLElement,
    private readonly onAnswer: (id: number) => void,
  ) {
    this.list = doc.createElement('ol');
    this.list.className = 'deck-questions';
    container.append(this.list);
    this.update();
  }

  set(list: Question[]): void {
    this.items.clear();
    this.list.replaceChildren();
    for (const question of list) this.add(question);
    this.update();
  }

  add(question: Question): void {
    if (this.items.has(question.id)) return;
    const row = this.doc.createElement('li');
    const text = this.doc.createElement('span');
    text.className = 'text';
    text.textContent = question.text;
    const meta = this.doc.createElement('span');
    meta.className = 'meta';
    meta.textContent = `#${question.id} · slide ${question.slide + 1} · ${new Date(question.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
    text.append(meta);
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.textContent = 'Answered';
    button.addEventListener('click', () => this.onAnswer(question.id));
    row.append(text, button);
    this.items.set(question.id, { question, row });
    this.list.prepend(row);
    if (question.answered) this.answered(question.id);
    this.update();
  }

  answered(id: number): void {
    const item = this.items.get(id);
    if (!item) return;
    item.question.answered = true;
    item.row.classList.add('answered');
    item.row.querySelector('button')?.remove();
    this.list.append(item.row);
    this.update();
  }

  /** The count shows the open questions and, after a slash, all of them: "2 / 5". */
  private update(): void {
    const open = [...this.items.values()].filter((i) => !i.question.answered).length;
    this.count.textContent = open === this.items.size ? String(open) : `${open} / ${this.items.size}`;
    this.count.dataset.open = String(open);
    this.count.title = `${open} open of ${this.items.size}`;
  }
}
