/** `--accent`, `--background`, `--font`, `--logo`, `--theme-css`: a brand from the command line, over the front matter's. */
import type { Command } from 'commander';
import type { UserOptions } from '../options.ts';

export interface BrandFlags {
  accent?: string;
  background?: string;
  font?: string;
  logo?: string;
  themeCss?: string;
}

export function addBrandOptions(command: Command): Command {
  return command
    .option('--accent <colour>', 'brand: accent colour, any CSS colour (e.g. "#c2410c")')
    .option('--background <colour>', 'brand: background colour (the deck then has one look, light or dark by it)')
    .option('--font <file>', 'brand: a .woff2, .woff, .ttf or .otf font for all text')
    .option('--logo <file>', 'brand: an .svg, .png, .jpg or .webp logo, large on the title and closing slides, small in a corner elsewhere')
    .option('--theme-css <file>', 'brand: your own stylesheet, layered over the theme');
}

/** The brand options given, as UserOptions' `brand` (undefined when none); paths stay as typed, relative to the working directory. */
export function brandOf(flags: BrandFlags): UserOptions['brand'] {
  const brand = { accent: flags.accent, background: flags.background, font: flags.font, logo: flags.logo, css: flags.themeCss };
  return Object.values(brand).some((value) => value !== undefined) ? brand : undefined;
}
