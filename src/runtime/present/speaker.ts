/**
 * The speaker's deck (opened with `?token=`): every slide and fragment change goes to the hub,
 * which moves the room. On (re)connection the room's position comes first: a speaker who reloads
 * lands where the room is, then carries on from there. A fresh room takes the speaker's position.
 */
import type Reveal from 'reveal.js';
import type { Question, ServerMessage } from './protocol.ts';
import { connect, position } from './socket.ts';
import { questionsInSpeakerView } from './speaker-view.ts';

type Deck = InstanceType<typeof Reveal>;

export function speak(deck: Deck, token: string): void {
  const questions = new Map<number, Question>();
  let synced = false;
  const report = () => {
    if (synced) socket.send({ t: 'slide', ...position(deck) });
  };
  const lists = questionsInSpeakerView((id) => socket.send({ t: 'answered', id }), () => [...questions.values()]);
  const socket = connect({ t: 'hello', token }, (message: ServerMessage) => {
    switch (message.t) {
      case 'state': {
        const { h, v, f } = position(deck);
        if (message.seq > 0 && (message.h !== h || message.v !== v || message.f !== f)) deck.slide(message.h, message.v, message.f);
        const first = !synced;
        synced = true;
        if (first && message.seq === 0) report();
        break;
      }
      case 'questions':
        questions.clear();
        for (const q of message.list) questions.set(q.id, q);
        for (const list of lists) list.set(message.list);
        break;
      case 'question':
        questions.set(message.question.id, message.question);
        for (const list of lists) list.add(message.question);
        break;
      case 'answered':
        if (questions.has(message.id)) questions.get(message.id)!.answered = true;
        for (const list of lists) list.answered(message.id);
        break;
    }
  }, (online) => {
    if (!online) synced = false;
    document.documentElement.classList.toggle('deck-offline', !online);
  });
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, report);
}
