/** Words of one language that steer how a sentence is shortened into a point. */
export interface LexiconData {
  /** Function words a point never ends on (articles, prepositions, auxiliaries, pronouns…). */
  function: string;
  /** Open a subordinate or coordinate clause: a phrase may end before them. */
  clauseOpeners: string;
  /** Join words or clauses ("and"); a clause starts after them only when a comma precedes. */
  coordinators: string;
  /** Open an introductory phrase that may be dropped ("As a tech giant,", "In 2019,"): prepositions and subordinators. */
  introOpeners: string;
  /** "Not only X" phrases, one per `|`: a point never keeps them without the "but Y" that follows. */
  notOnly?: string;
  /** Open a condition: an opening clause with these is never dropped. */
  conditions: string;
  /** Open an appositive or non-restrictive relative clause between commas right after the subject. */
  appositive: string;
  /** Discourse markers, one per `|`, dropped when they open a sentence or stand between commas. */
  markers: string;
  /** Pronouns that cannot open a point without their referent. */
  pronouns: string;
  /** Impersonal openings, one per `|`, where the pronoun stands for nothing ("il faut", "es gibt"). */
  impersonal?: string;
  /** Sentence adverbs that carry no claim ("undoubtedly"), dropped anywhere. */
  adverbs?: string;
  /** Verbs that attribute a claim to someone ("argue", "say"), for "Some argue that X" → "X". */
  attribution?: string;
  /** Open a clause's subject (articles, determiners, subject pronouns; elided forms end in '): a point left after a dropped opening starts on one. */
  subjectStarts?: string;
  /** Prepositions that also open a clause ("as", "after"): an opening they begin may hold a subject and verb. */
  subordinating?: string;
  /** Carry a clause on rather than open one ("puis", "then"): a point never starts on them. */
  continuers?: string;
  /** Phrases that mark rhetorical filler: a sentence holding one becomes a point only when nothing better exists. */
  fluff?: RegExp[];
}

/** The data in the form the code uses. */
export interface Lexicon {
  function: Set<string>;
  clauseOpeners: Set<string>;
  coordinators: Set<string>;
  conditions: Set<string>;
  introOpeners: Set<string>;
  notOnly: string[][];
  appositive: Set<string>;
  markers: string[][];
  pronouns: Set<string>;
  impersonal: string[][];
  adverbs: Set<string>;
  attribution: Set<string>;
  subjectStarts: Set<string>;
  continuers: Set<string>;
  subordinating: Set<string>;
  fluff: RegExp[];
}
