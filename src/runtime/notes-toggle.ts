/**
 * "Read the notes": a button under each slide that shows its speaker notes as part of the page.
 * The buttons are in the slides in every view but shown only in the reading view (assets/mobile.css).
 * Which notes are open is kept here, because reveal.js rebuilds the slides' HTML when it leaves the
 * scroll view; `syncNotesToggles` puts the state back.
 */

const BUTTON = 'deck-notes-toggle';

export interface NotesLabels {
  read: string;
  hide: string;
}

/** The labels the build wrote on `.reveal` in the deck's language (src/vocab/interface-strings.ts). */
export function notesLabels(root: HTMLElement): NotesLabels {
  return { read: root.dataset.readNotes || 'Read the notes', hide: root.dataset.hideNotes || 'Hide the notes' };
}

export interface NotesToggles {
  /** Adds any missing buttons (after the slides were replaced) and shows the open notes again. */
  sync(): void;
}

export function installNotesToggles(root: HTMLElement): NotesToggles {
  const labels = notesLabels(root);
  const open = new Set<string>();

  const sync = () => {
    root.classList.add('deck-notes-toggles');
    root.querySelectorAll<HTMLElement>('.slides section').forEach((section, i) => {
      const notes = section.querySelector<HTMLElement>(':scope > aside.notes');
      if (!notes || !notes.textContent?.trim()) return;
      const key = (section.dataset.notesKey ??= String(i));
      notes.id ||= `deck-notes-${key}`;
      const button = section.querySelector<HTMLButtonElement>(`:scope > .${BUTTON}`) ?? addButton(section, notes);
      const isOpen = open.has(key);
      button.setAttribute('aria-expanded', String(isOpen));
      button.textContent = isOpen ? labels.hide : labels.read;
      notes.classList.toggle('is-open', isOpen);
    });
  };

  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.(`.${BUTTON}`);
    const key = button?.closest<HTMLElement>('section')?.dataset.notesKey;
    if (!key) return;
    if (open.has(key)) open.delete(key);
    else open.add(key);
    sync();
  });

  // reveal.js binds Space to "next slide" on the document; on a focused button it should press it.
  root.addEventListener('keydown', (event) => {
    if ((event.target as Element | null)?.classList?.contains(BUTTON) && (event.key === ' ' || event.key === 'Enter')) event.stopPropagation();
  });

  sync();
  return { sync };
}

function addButton(section: HTMLElement, notes: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = BUTTON;
  button.setAttribute('aria-controls', notes.id);
  section.insertBefore(button, notes);
  return button;
}
