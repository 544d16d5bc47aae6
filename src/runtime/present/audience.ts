/**
 * An audience page: follows the room (follow.ts), with a bar holding "Back to live" and "Ask".
 * Its own moves are never sent: only questions go to the hub.
 */
import type Reveal from 'reveal.js';
import { askBox } from './ask.ts';
import { follow } from './follow.ts';
import type { ServerMessage } from './protocol.ts';
import { connect } from './socket.ts';
import { liveStrings } from './strings.ts';

type Deck = InstanceType<typeof Reveal>;

export function watch(deck: Deck): void {
  const words = liveStrings();
  const bar = document.createElement('div');
  bar.className = 'deck-live-bar';
  bar.dataset.offline = words.offline;
  const back = Object.assign(document.createElement('button'), { type: 'button', className: 'deck-back-to-live', textContent: words.backToLive, hidden: true });
  const follower = follow(deck, back);
  const socket = connect({ t: 'hello' }, (message: ServerMessage) => {
    // A room whose speaker has not moved yet (seq 0) leaves each page where it opened.
    if (message.t === 'state' && message.seq > 0) follower.live(message);
    if (message.t === 'asked' || message.t === 'refused') ask.answer(message);
  }, (online) => document.documentElement.classList.toggle('deck-offline', !online));
  const ask = askBox(socket, words);
  bar.append(ask.button, back);
  document.body.append(bar, ask.box);
}
