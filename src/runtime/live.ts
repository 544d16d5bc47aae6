/** Dev server only: swaps in the re-rendered slides when the article is saved, keeping the current slide. */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

export function installLiveUpdate(deck: Deck): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('deck:update', (data: { body: string; title: string }) => {
    const { h, v, f } = deck.getIndices();
    const fresh = new DOMParser().parseFromString(data.body, 'text/html').querySelector('.slides');
    const slides = deck.getSlidesElement();
    if (!fresh || !slides) return;
    slides.replaceChildren(...Array.from(fresh.children).map((node) => document.importNode(node, true)));
    document.title = new DOMParser().parseFromString(`<title>${data.title}</title>`, 'text/html').title;
    deck.sync();
    deck.slide(h, v, f);
    document.documentElement.dataset.deckUpdated = String(Date.now());
  });
  import.meta.hot.on('deck:error', (data: { message: string }) => {
    console.warn(data.message);
  });
}
