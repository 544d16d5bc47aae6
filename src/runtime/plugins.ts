/** Speaker view (S), search (Ctrl/⌘+Shift+F) and zoom (Alt+click, Ctrl+click on Linux): code fetched on first use. */
import type Reveal from 'reveal.js';
import { styleSpeakerMarks } from './speaker-marks.ts';

type Deck = InstanceType<typeof Reveal>;
interface OpenablePlugin {
  id: string;
  init?: (deck: Deck) => void;
  open?: () => void;
}

export function installLazyPlugins(deck: Deck): void {
  const load = async (name: 'notes' | 'search' | 'zoom'): Promise<OpenablePlugin> => {
    const existing = deck.getPlugin(name) as OpenablePlugin | undefined;
    if (existing) return existing;
    const module =
      name === 'notes'
        ? await import('reveal.js/plugin/notes')
        : name === 'search'
          ? await import('reveal.js/plugin/search')
          : await import('reveal.js/plugin/zoom');
    const plugin = (module.default as () => OpenablePlugin)();
    deck.registerPlugin(plugin as never);
    return plugin;
  };

  deck.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
    deck.removeKeyBinding(83);
    styleSpeakerMarks();
    void load('notes').then((notes) => notes.open?.());
  });

  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() === 'f' && event.shiftKey && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void load('search').then((search) => search.open?.());
    }
    // reveal's zoom is Alt+click, or Ctrl+click on Linux.
    if (event.key === 'Alt' || event.key === 'Control') void load('zoom');
  });

  // The speaker view's preview frames and `?notes` links need the plugin at start.
  if (/[?&](receiver|notes)\b/i.test(location.search)) void load('notes');
}
