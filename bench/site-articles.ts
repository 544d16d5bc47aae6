/**
 * The site benchmark's articles: `count` blog posts, deterministic, a third each plain text (as
 * copied from a blog, with a byline and share line), Markdown (with front matter) and saved HTML
 * pages, in English, Spanish, German and French; every 100th is broken in one of the ways users
 * break articles (binary data, not UTF-8, empty, no sections).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Words {
  lang: string;
  topics: string[];
  things: string[];
  verbs: string[];
  intro: string;
  conclusion: string;
}

const LANGS: Words[] = [
  {
    lang: 'en',
    topics: ['Quiet mornings', 'Repairing old bikes', 'Small gardens', 'Public libraries', 'Night trains', 'Home bread', 'Rain water', 'Local radio'],
    things: ['the workshop', 'our neighbours', 'the city council', 'a small team', 'the volunteers', 'every visitor', 'the old station', 'the market'],
    verbs: ['changed how', 'doubled what', 'slowly improved how', 'made clear what', 'quietly reshaped how'],
    intro: 'This post looks at what we learned over a year of trying.',
    conclusion: 'In conclusion, small steps taken every week added up to a real change.',
  },
  {
    lang: 'es',
    topics: ['Huertos en la azotea', 'Bicicletas de barrio', 'Mercados de abastos', 'Cocina de temporada', 'Trenes regionales', 'Bibliotecas vecinales'],
    things: ['el ayuntamiento', 'los vecinos', 'la asociación', 'un pequeño equipo', 'los voluntarios', 'cada visitante', 'la cooperativa'],
    verbs: ['cambió cómo', 'duplicó lo que', 'mejoró poco a poco cómo', 'dejó claro lo que'],
    intro: 'Este artículo cuenta lo que aprendimos durante un año de pruebas.',
    conclusion: 'En conclusión, los pasos pequeños de cada semana sumaron un cambio real.',
  },
  {
    lang: 'de',
    topics: ['Balkongärten', 'Lastenräder im Alltag', 'Wärme aus dem Keller', 'Regionale Märkte', 'Nachtzüge', 'Offene Werkstätten'],
    things: ['die Stadtverwaltung', 'die Nachbarschaft', 'der Verein', 'ein kleines Team', 'die Freiwilligen', 'jede Besucherin', 'die Genossenschaft'],
    verbs: ['veränderte, wie', 'verdoppelte, was', 'verbesserte langsam, wie', 'machte deutlich, was'],
    intro: 'Dieser Beitrag zeigt, was wir in einem Jahr des Ausprobierens gelernt haben.',
    conclusion: 'Zusammenfassend ergaben kleine Schritte jede Woche eine echte Veränderung.',
  },
  {
    lang: 'fr',
    topics: ['Jardins partagés', 'Ateliers vélo', 'Marchés de quartier', 'Cuisine de saison', 'Trains de nuit', 'Bibliothèques de rue'],
    things: ['la mairie', 'les voisins', "l'association", 'une petite équipe', 'les bénévoles', 'chaque visiteur', 'la coopérative'],
    verbs: ['a changé la façon dont', 'a doublé ce que', 'a peu à peu amélioré la façon dont', 'a montré clairement ce que'],
    intro: 'Cet article raconte ce que nous avons appris pendant une année d’essais.',
    conclusion: 'En conclusion, de petits pas chaque semaine ont produit un vrai changement.',
  },
];

const pick = <T>(list: T[], i: number): T => list[i % list.length]!;

function sentence(w: Words, i: number, k: number): string {
  const n = (i * 31 + k * 17) % 90 + 5;
  return `${capital(pick(w.things, i + k))} ${pick(w.verbs, i * 3 + k)} ${pick(w.things, i + k + 3)} ${w.lang === 'de' ? 'arbeitet' : w.lang === 'en' ? 'works' : w.lang === 'es' ? 'trabaja' : 'travaille'} (${n} %, ${2015 + ((i + k) % 10)}).`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Post {
  title: string;
  date: string;
  lang: string;
  intro: string;
  sections: { heading: string; paragraphs: string[] }[];
  conclusion: string;
}

export function post(i: number): Post {
  const w = pick(LANGS, i);
  const sections = Array.from({ length: 3 + (i % 6) }, (_, s) => ({
    heading: `${pick(w.topics, i + s + 1)} ${s + 1}`,
    paragraphs: [0, 1].map((p) => [0, 1, 2].map((k) => sentence(w, i * 7 + s, p * 3 + k)).join(' ')),
  }));
  const date = `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  return { title: `${pick(w.topics, i)}: notes ${i}`, date, lang: w.lang, intro: `${sentence(w, i, 9)} ${w.intro}`, sections, conclusion: w.conclusion };
}

function asText(p: Post): string {
  const body = p.sections.map((s) => `${s.heading}\n\n${s.paragraphs.join('\n\n')}`).join('\n\n');
  return `Site name\nHome  Blog  About\n\n${p.title}\n\nPosted on ${p.date} by A. Writer\n\n${p.intro}\n\n${body}\n\n${p.conclusion}\n\nShare this: Facebook Twitter Email\n`;
}

function asMarkdown(p: Post): string {
  const body = p.sections.map((s) => `## ${s.heading}\n\n${s.paragraphs.join('\n\n')}`).join('\n\n');
  return `---\ntitle: "${p.title}"\ndate: ${p.date}\nlang: ${p.lang}\n---\n# ${p.title}\n\n${p.intro}\n\n${body}\n\n## ${p.lang === 'en' ? 'Conclusion' : 'Fin'}\n\n${p.conclusion}\n`;
}

function asHtml(p: Post): string {
  const body = p.sections.map((s) => `<h2>${s.heading}</h2>\n${s.paragraphs.map((x) => `<p>${x}</p>`).join('\n')}`).join('\n');
  return `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${p.title} – Blog</title><meta property="og:title" content="${p.title}"><meta name="date" content="${p.date}"></head><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><article><h1>${p.title}</h1><p>${p.intro}</p>\n${body}\n<p>${p.conclusion}</p></article><footer>© Blog</footer></body></html>\n`;
}

/** The broken ones: one of each kind, in turn. */
const BROKEN: { ext: string; bytes: () => Uint8Array }[] = [
  { ext: 'txt', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) },
  { ext: 'md', bytes: () => new Uint8Array([0x23, 0x20, 0x54, 0xff, 0xfe, 0x41, 0x0a]) },
  { ext: 'txt', bytes: () => new Uint8Array() },
  { ext: 'txt', bytes: () => new TextEncoder().encode('Just one line and nothing else\n') },
];

/** Writes `count` articles under `dir` (in folders of 50, as a blog's years); returns how many are broken. */
export async function writeSiteArticles(dir: string, count: number): Promise<{ broken: number }> {
  let broken = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 50)).padStart(2, '0')}`);
    await mkdir(folder, { recursive: true });
    const name = `post-${String(i).padStart(4, '0')}`;
    if (i % 100 === 99) {
      const kind = BROKEN[broken++ % BROKEN.length]!;
      await writeFile(path.join(folder, `${name}.${kind.ext}`), kind.bytes());
      continue;
    }
    const p = post(i);
    const [ext, text] = i % 3 === 0 ? ['txt', asText(p)] : i % 3 === 1 ? ['md', asMarkdown(p)] : ['html', asHtml(p)];
    await writeFile(path.join(folder, `${name}.${ext}`), text);
  }
  return { broken };
}
