/**
 * The language of a code block whose fence names none, guessed from its text by a few telling
 * shapes per language (a shebang, a keyword that opens a line, a tag). First match wins, most
 * specific first; nothing telling → undefined, and the code is shown uncoloured.
 */
interface Clue {
  lang: string;
  /** Each must match somewhere in the code (multiline). */
  all: RegExp[];
}

const CLUES: Clue[] = [
  { lang: 'bash', all: [/^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|z)?sh\b/] },
  { lang: 'python', all: [/^#!.*\bpython/] },
  { lang: 'console', all: [/^\$ \S/m] },
  { lang: 'html', all: [/^\s*<(?:!doctype|html|head|body|div|section|template)\b/im] },
  { lang: 'json', all: [/^\s*[{[]\s*$/m, /^\s*"[^"]+"\s*:/m] },
  { lang: 'sql', all: [/\b(?:SELECT|INSERT INTO|UPDATE|CREATE (?:TABLE|INDEX)|DELETE FROM)\b/, /\b(?:FROM|WHERE|VALUES|SET|ON)\b/] },
  { lang: 'rust', all: [/^\s*(?:pub\s+)?fn\s+\w+/m, /\blet\s+(?:mut\s+)?\w+|->|::/] },
  { lang: 'go', all: [/^package\s+\w+|^func\s+(?:\(\w+ \*?\w+\)\s*)?\w+\(/m] },
  { lang: 'c', all: [/^#include\s*[<"]/m] },
  { lang: 'java', all: [/\b(?:public|private)\s+(?:static\s+)?(?:class|void|final)\b/] },
  { lang: 'python', all: [/^\s*(?:def|class)\s+\w+.*:\s*$|^\s*(?:from\s+\S+\s+)?import\s+\w+(?:\s+as\s+\w+)?\s*$/m] },
  { lang: 'typescript', all: [/^\s*(?:export\s+)?(?:interface|type)\s+\w+|:\s*(?:string|number|boolean)\b/m, /\b(?:const|let|function|=>)\b|=>/] },
  { lang: 'javascript', all: [/^\s*(?:const|let|var|function|import|export)\b|=>|\bconsole\.log\(/m] },
  { lang: 'yaml', all: [/^[\w-]+:\s*(?:\S.*)?$/m, /^\s+[\w-]+:\s|^\s*- \S/m] },
  { lang: 'css', all: [/^[.#]?[\w-]+(?:[ ,>:.#\w-]*)\s*\{\s*$/m, /^\s+[\w-]+\s*:\s*[^;]+;\s*$/m] },
  { lang: 'bash', all: [/^\s*(?:sudo|apt(?:-get)?|npm|npx|pip|cd|git|curl|docker|mkdir|export)\s/m] },
];

export function guessLanguage(code: string): string | undefined {
  return CLUES.find((clue) => clue.all.every((pattern) => pattern.test(code)))?.lang;
}
