import { defineConfig } from 'vite';
import { deckViteConfig } from './src/vite/config.ts';

// The deck of the article in slides/ (or $DECK_ARTICLE); `npx deck build <file>` builds any other.
export default defineConfig(deckViteConfig());
