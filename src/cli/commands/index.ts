/** `deck index <site>`: site/index.html again from the decks' own deck.json (after copying shards together). */
import path from 'node:path';
import type { Command } from 'commander';
import { displayPath, type Io } from '../io.ts';

export function registerIndex(program: Command, io: Io): void {
  program
    .command('index')
    .description("write a site's index.html from the decks in it (each folder's deck.json): merges shards built apart")
    .argument('<site>', 'the folder a site build wrote (e.g. site/)')
    .action(async (site: string) => {
      const { writeSiteIndex } = await import('../../site/write-index.ts');
      const { decks } = await writeSiteIndex(path.resolve(site));
      io.out(`deck: ${displayPath(path.resolve(site, 'index.html'))}: ${decks.length} ${decks.length === 1 ? 'deck' : 'decks'}`);
    });
}
