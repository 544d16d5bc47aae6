/** The tagger thread (tagger-thread.ts): loads the English tagger, warms it up, then tags the sentences it is sent. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { tagSentence } from '../plan/points/english.ts';

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);

/**
 * Sentences of the kinds points are made of (attributions, figures, dates, pronoun openings,
 * opening and closing clauses, quotes, lists), tagged while no question is waiting: the tagger's
 * first sentences cost several times its later ones, and these are spent while the article is
 * still being read. One at a time, each on a turn of the event loop, so that a question that
 * comes meanwhile is answered after at most one of them.
 */
const WARM_UP = [
  'Some argue that such collaborations could lead to a monopolization of research, stifling competition.',
  'It has always been at the forefront of innovation, and its researchers published 42 papers in 2023 alone.',
  "When the team met in Paris on March 3, they didn't agree on what the new model should be able to do.",
  'By combining their resources and expertise, both companies are poised to compete with other tech giants.',
  'The results, which surprised everyone, were published by Dr. Smith in the journal Nature last week.',
  'However, critics say the plan is not just expensive; it is also far too slow for most cities.',
  'According to the report, sales rose by 15% to $2.4 billion, driven largely by demand in Asia.',
  '"We are building the tools that will shape the next decade," said the chief executive, Maria Lopez.',
  'They have laid down clear principles for responsible use, including transparency, fairness and privacy.',
  'Water the seedlings every morning, but never let the soil become soggy or cold overnight.',
  'This collaboration has already borne fruit in the form of innovative models, such as GPT-3.',
  'Although the council approved the budget in 2021, construction of the new bridge only began this spring.',
  'Our mission is simple: to ensure that everyone in the village has access to clean drinking water.',
  'Concerns about data privacy and the ethical use of these systems persist, demanding constant vigilance.',
];

let next = 0;
const warmUp = () => {
  if (next >= WARM_UP.length) return;
  tagSentence(WARM_UP[next++]!);
  setImmediate(warmUp);
};
warmUp();

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
