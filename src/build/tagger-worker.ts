/** The tagger thread (tagger-thread.ts): loads the English tagger, warms it up, then tags the sentences it is sent. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { tagSentence } from '../plan/points/english.ts';

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);

/**
 * Sentences of the kinds points are made of (an attribution, figures, a date, a pronoun opening,
 * an opening clause), tagged before any question comes: the tagger's first sentences cost several
 * times its later ones, and these are spent while the article is still being read.
 */
const WARM_UP = [
  'Some argue that such collaborations could lead to a monopolization of research, stifling competition.',
  'It has always been at the forefront of innovation, and its researchers published 42 papers in 2023 alone.',
  "When the team met in Paris on March 3, they didn't agree on what the new model should be able to do.",
  'By combining their resources and expertise, both companies are poised to compete with other tech giants.',
  'The results, which surprised everyone, were published by Dr. Smith in the journal Nature last week.',
  'However, critics say the plan is not just expensive; it is also far too slow for most cities.',
];
for (const sentence of WARM_UP) tagSentence(sentence);

port.on('message', (sentence: unknown) => {
  let reply: unknown = null;
  try {
    if (typeof sentence === 'string') reply = tagSentence(sentence);
  } catch {
    // null: the compile thread tags by itself.
  }
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
