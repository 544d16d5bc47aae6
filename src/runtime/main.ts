/**
 * Browser entry: starts reveal.js on the slides the build rendered into the page.
 * The speaker view, search and zoom are loaded the first time they are used.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import '../../assets/theme.css';
import { installLazyPlugins } from './plugins.ts';
import { installLiveUpdate } from './live.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (root) {
  const deck = new Reveal(root, {
    hash: true,
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    transition: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'fade',
    backgroundTransition: 'none',
    controls: true,
    controlsLayout: 'bottom-right',
    plugins: [],
  });
  installLazyPlugins(deck);
  void deck.initialize().then(() => {
    installLiveUpdate(deck);
  });
  (window as unknown as { deck: typeof deck }).deck = deck;
}
