/**
 * The live client, added to the deck's page only by `deck present` (src/present/page.ts). Opened
 * with `?token=` (or reloaded in that tab) it is the speaker's deck; otherwise an audience page. Not in the
 * speaker view's slide previews (`?receiver`) or when printing.
 */
import type Reveal from 'reveal.js';
import { watch } from './audience.ts';
import { speak } from './speaker.ts';
import { addLiveStyles } from './styles.ts';

type Deck = InstanceType<typeof Reveal>;

const TOKEN_KEY = 'deck-present-token';

/**
 * The speaker's token, taken out of the address bar (which a shared screen shows) and kept for
 * this tab only, so a reload is still the speaker.
 */
function speakerToken(): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
}

function start(deck: Deck): void {
  const token = speakerToken();
  addLiveStyles();
  if (token) speak(deck, token);
  else watch(deck);
  document.documentElement.dataset.present = token ? 'speaker' : 'audience';
}

/** The deck src/runtime/main.ts exposes, once reveal.js is ready (it starts after the first paint). */
function whenReady(then: (deck: Deck) => void, tries = 200): void {
  const deck = (window as unknown as { deck?: Deck }).deck;
  if (!deck) {
    if (tries > 0) setTimeout(() => whenReady(then, tries - 1), 50);
    return;
  }
  if (deck.isReady()) then(deck);
  else deck.on('ready', () => then(deck));
}

if (!/[?&](receiver|print-pdf)\b/i.test(location.search)) whenReady(start);
