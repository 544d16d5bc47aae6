/**
 * The English tagger on a thread of its own, for an article's first build. Planning asks for a
 * sentence's tags synchronously; on the compile thread, the tagger's start (loading it, then its
 * first sentences, which run cold) would come after the article is read and outlined, on the
 * build's critical path, while the other core waits (a kept page needs no Vite, kept-pages.ts).
 * This thread starts beside the compile thread, loads the tagger and tags a few sentences of its
 * own while the article is read, and then answers the compile thread one sentence at a time: the
 * compile thread posts the sentence and waits on a shared flag (Atomics.wait) until the answer is
 * in its port (receiveMessageOnPort), so planning stays synchronous and pure.
 *
 * It is only a shortcut: the tags are compromise's, the same as the compile thread's own tagger
 * gives; if this thread is slow to answer or gone, the compile thread tags by itself.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { SentenceTags, TagStore } from '../plan/points/english.ts';

/** What the compile thread holds of the tagger thread: its end of the channel and the flag. */
export interface TaggerLink {
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const TAGGER_WORKER = new URL('./tagger-worker.js', import.meta.url);

/** The first answer may wait for the thread's start (well under a second on a loaded 2-core machine). */
const FIRST_WAIT_MS = 5_000;
const WAIT_MS = 2_000;

/** Starts the tagger thread; returns it and the link to hand to the compile thread. */
export function startTaggerThread(): { worker: Worker; link: TaggerLink } {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const worker = new Worker(TAGGER_WORKER, { workerData: { port: port2, signal }, transferList: [port2] });
  worker.unref();
  // A thread that fails is not asked again (see taggerStore): the compile thread tags by itself.
  worker.on('error', () => undefined);
  return { worker, link: { port: port1, signal } };
}

/**
 * The compile thread's tag store: the tags kept between builds first, then the tagger thread's
 * answer (kept too); undefined (the compile thread tags by itself) once the thread fails to answer.
 */
export function taggerStore(link: TaggerLink, kept?: TagStore): TagStore {
  const flag = new Int32Array(link.signal);
  let answered = false;
  let alive = true;
  const ask = (sentence: string): SentenceTags | undefined => {
    if (!alive) return undefined;
    Atomics.store(flag, 0, 0);
    link.port.postMessage(sentence);
    if (Atomics.wait(flag, 0, 0, answered ? WAIT_MS : FIRST_WAIT_MS) === 'timed-out') {
      alive = false;
      return undefined;
    }
    const reply = receiveMessageOnPort(link.port)?.message as SentenceTags | null | undefined;
    if (!Array.isArray(reply)) {
      alive = false;
      return undefined;
    }
    answered = true;
    return reply;
  };
  return {
    get(sentence) {
      const known = kept?.get(sentence);
      if (known) return known;
      const tags = ask(sentence);
      if (tags) kept?.set(sentence, tags);
      return tags;
    },
    set: (sentence, tags) => kept?.set(sentence, tags),
  };
}
