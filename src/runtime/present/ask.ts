/**
 * The audience's "Ask" box: a button that opens a text field (at most MAX_QUESTION characters)
 * and sends its text to the hub as a question. The hub answers "asked" or why it refused.
 */
import { MAX_QUESTION, type ServerMessage } from './protocol.ts';
import type { LiveSocket } from './socket.ts';
import type { LiveStrings } from './strings.ts';

export interface AskBox {
  button: HTMLButtonElement;
  box: HTMLElement;
  /** The hub's answer to a question. */
  answer(message: Extract<ServerMessage, { t: 'asked' | 'refused' }>): void;
}

export function askBox(socket: LiveSocket, words: LiveStrings): AskBox {
  const button = element('button', { type: 'button', className: 'deck-ask', textContent: words.ask });
  const box = element('form', { className: 'deck-ask-box', hidden: true });
  const field = element('textarea', { maxLength: MAX_QUESTION, placeholder: words.placeholder, required: true });
  field.setAttribute('aria-label', words.placeholder);
  const left = element('span', { className: 'left', textContent: String(MAX_QUESTION) });
  const close = element('button', { type: 'button', textContent: words.close });
  const send = element('button', { type: 'submit', className: 'send', textContent: words.send });
  const status = element('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const row = element('div', { className: 'row' });
  row.append(left, close, send);
  box.append(field, row, status);

  const toggle = (open: boolean) => {
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) field.focus();
  };
  button.addEventListener('click', () => toggle(box.hidden !== false));
  close.addEventListener('click', () => toggle(false));
  field.addEventListener('input', () => (left.textContent = String(MAX_QUESTION - [...field.value].length)));
  // Keys typed here are text, not the deck's shortcuts.
  box.addEventListener('keydown', (event) => event.stopPropagation());
  box.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = field.value.trim();
    if (!text) return;
    status.textContent = socket.send({ t: 'ask', text }) ? '' : words.offline;
  });

  return {
    button,
    box,
    answer(message) {
      if (message.t === 'asked') {
        field.value = '';
        left.textContent = String(MAX_QUESTION);
        status.textContent = words.sent;
      } else status.textContent = message.reason === 'rate' ? words.tooSoon : message.reason === 'length' ? words.tooLong : '';
    },
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}
