import { NOUN_CLASS } from "./lexicon.js";

/**
 * "All 14 men", "the six men", "three of the women": a group noun that refers back to people the
 * article has already named. It stands for them only when the article's earlier text names one kind of
 * people and no other (miners; a crew; prisoners): "rescuers freed the miners … the men" names two
 * kinds, and the men may be either.
 */

/** The kinds of people a group noun may stand for (the classes of `NOUN_CLASS`). */
const KINDS = new Set(["military", "officer", "civilian", "prisoner", "hostage", "child", "worker", "responder", "protester", "refugee", "passenger", "crew", "patient"]);
/** Collective nouns that name a group in the singular ("the crew", "the workforce"). */
const COLLECTIVE = new Set(["crew", "staff", "workforce", "personnel", "infantry"]);

const plural = (w: string) => (/(?:man|men)$/.test(w) ? w.replace(/man$/, "men") : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const FORMS = new Map<string, string>();
for (const [word, cls] of NOUN_CLASS) {
  if (!KINDS.has(cls) || word.includes(" ")) continue;
  FORMS.set(plural(word), cls);
  if (COLLECTIVE.has(word) || /men$/.test(word)) FORMS.set(word, cls);
}
const MENTION = new RegExp(String.raw`\b(?:${[...FORMS.keys()].sort((a, b) => b.length - a.length).join("|")})\b`, "gi");

/** A group noun read as "the people already named": definite, with nothing after it that says who they are. */
const GROUP = /^(?:men|women)$/;
const DEFINITE_BEFORE = /\b(?:the|all|all\s+the|these|those|both|of\s+the)\s+$/i;
const NEW_GROUP_AFTER = /^\s+(?:who|that|which|whom|from|of|at|in|working|living|employed)\b/i;

export const isGroupNoun = (noun: string) => GROUP.test(noun.toLowerCase());

/** The kinds of people a stretch of text names, added to `into`. */
export function peopleNamed(text: string, into: Set<string>): void {
  for (const m of text.matchAll(MENTION)) into.add(FORMS.get(m[0].toLowerCase())!);
}

/**
 * The kind of people a counted group noun stands for: `noun` the counted noun, `before` the words
 * before the figure, `after` those after the noun, `named` the kinds named before it in the article.
 */
export function groupReferent(noun: string, before: string, after: string, named: Set<string>): string | undefined {
  if (!GROUP.test(noun) || named.size !== 1 || !DEFINITE_BEFORE.test(before) || NEW_GROUP_AFTER.test(after)) return undefined;
  return [...named][0];
}
