/** The speaker page (`/__present/speaker?token=…`): the room's questions, for a second screen or a phone. */
import type { ServerMessage } from './protocol.ts';
import { QuestionList } from './questions-list.ts';
import { connect } from './socket.ts';

const token = new URLSearchParams(location.search).get('token') ?? '';
const status = document.getElementById('status')!;
const empty = document.getElementById('empty')!;
let slide = 0;
let audience = 0;
const showStatus = (online: boolean) => {
  status.textContent = online ? `Slide ${slide + 1} · ${audience} following` : 'Reconnecting…';
};
const socket = connect({ t: 'hello', token }, (message: ServerMessage) => {
  if (message.t === 'state') slide = message.h;
  else if (message.t === 'room') audience = message.audience;
  else if (message.t === 'questions') list.set(message.list);
  else if (message.t === 'question') list.add(message.question);
  else if (message.t === 'answered') list.answered(message.id);
  empty.hidden = document.querySelector('#questions li') !== null;
  showStatus(true);
}, showStatus);
const list = new QuestionList(document, document.getElementById('questions')!, document.getElementById('count')!, (id) => socket.send({ t: 'answered', id }));
