import { REPORTING_VERBS, STOP_WORDS } from "./lexicon.js";
import { findNames, personCore, type NameMention } from "./names.js";

/** A speaker found in a sentence; offsets relative to the sentence. */
export interface SpeakerMention {
  speaker: string;
  start: number;
  end: number;
  verb: string;
  /** Offset of the reporting verb: claims nearest after it are covered first. */
  at: number;
  pronoun: boolean;
  /** The speaker is a person's name (not an institution, a place or "officials"). */
  person: boolean;
  /**
   * "a spokesperson for the interior ministry": where the one the spokesperson speaks for stands
   * ("interior ministry"), relative to the sentence.
   */
  for?: { start: number; end: number; person: boolean };
}

const VERBS = new Set(REPORTING_VERBS.split("|"));
const [VERB_MIN, VERB_MAX] = [Math.min(...[...VERBS].map((v) => v.length)), Math.max(...[...VERBS].map((v) => v.length))];
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The reporting verbs of a sentence, with where each starts: what `\b(said|says|…)\b` with the i flag
 * finds (the verbs are ASCII letters, and without the u flag a word character is [A-Za-z0-9_] and case
 * is ASCII's), read as the runs of word characters: the pattern's sixty-odd alternatives, tried at every
 * position, cost more than a pass over the characters. Exported for its tests.
 */
export function reportingVerbs(sentence: string): { index: number; verb: string }[] {
  const out: { index: number; verb: string }[] = [];
  const n = sentence.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiWordChar(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAsciiWordChar(sentence.charCodeAt(j))) j++;
    if (j - i >= VERB_MIN && j - i <= VERB_MAX) {
      const verb = sentence.slice(i, j).toLowerCase();
      if (VERBS.has(verb)) out.push({ index: i, verb });
    }
    i = j;
  }
  return out;
}
const PRONOUN = /^(he|she|they|it)$/i;
const ADVERBS = new RegExp(
  String.raw`(?:\s*\b(?:previously|also|later|earlier|then|further|publicly|repeatedly|recently|once|again|has|have|had|was|were|is|in a statement|on \w+day|on [a-z]+ \d+))*\s*$`,
  "i",
);
// what ADVERBS can strip ends in one of its words, "day" or a digit; other tails only lose their spaces
// (the $-anchored pattern is tried at every position, this test at the last few characters)
const ADVERB_END = /(?:previously|also|later|earlier|then|further|publicly|repeatedly|recently|once|again|has|have|had|was|were|is|statement|day|\d)$/i;
function dropAdverbs(tail: string): string {
  const t = tail.trimEnd();
  return ADVERB_END.test(t.slice(-12)) ? tail.replace(ADVERBS, "") : t;
}
/** Offices held by a person: "the general secretary of the union", "a hospital director". */
const TITLE = String.raw`(?:minister|secretary|mayor|president|governor|prefect|ambassador|envoy|spokes(?:man|woman|person)|director|head|leader|chair(?:man|woman|person)?|chief|executive|commissioner|judge|prosecutor|commander|manager|official|officer|nurse|doctor|witness|resident|sheriff|coroner|marshal|superintendent|chancellor|premier|forecaster|meteorologist|economist|scientist|inspector|engineer|representative|coordinator|adviser|advisor|negotiator|administrator|delegate)`;
/**
 * A role written out with what it is the role of, ending where the verb (or the sentence) takes over:
 * "the mayor of Dunvare", "the general secretary of the teachers' union". Up to two words before the
 * title, and up to four after "of".
 */
const ROLE_OF = new RegExp(
  String.raw`\b(?:the\s+)?((?:[\p{L}\-]+(?:[’']s)?\s+){0,2}?${TITLE}(?:\s+general)?\s+(?:of|in|to|at)\s+(?:the\s+)?(?:[\p{L}\-]+[’']?(?:s\b)?\s*){1,4}?)\s*$`,
  "iu",
);
// ROLE_OF needs "of" (or "in", "to", "at": "the WHO representative in Belmora") between spaces; the
// $-anchored pattern is tried at every word, so only tails holding one are asked
const OF = /\s(?:of|in|to|at)\s/i;
/**
 * After the verb: "said the head of the port authority, who…", "said a nurse who works nights", "said
 * the head of the company's North American operations" (a possessive is one word).
 */
const ROLE_AFTER = new RegExp(
  String.raw`^\s*(the|an?)\s+((?:[\p{Ll}\-]+(?:[’']s)?\s+){0,2}?${TITLE}s?(?:\s+of\s+(?:the\s+)?(?:[\p{L}\-]+(?:[’']s?)?\s*){1,4}?)?)(?=\s*(?:[,.;:]|$|\b(?:who|at|from|in|on|for|after|before|speaking)\b))`,
  "u",
);

/**
 * "a spokesperson for the interior ministry", "A spokesman for the Ministry of Defence", "a senior
 * spokeswoman for Emmanuel Macron": the spokesperson, and whom they speak for (at most ten words, no
 * clause). Written without the i flag: `\p{Ll}` under it would match capitals too.
 */
const SPOKES = String.raw`(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?[Ss]pokes(?:man|woman|person)\s+for\s+(?:the\s+)?`;
const FOR_WHOM = String.raw`(?:[\p{L}\-]+(?:[’']s)?\s*){1,10}?`;
const SPOKES_BEFORE = new RegExp(String.raw`(?<![\p{L}\-])(${SPOKES})(${FOR_WHOM})$`, "u");
const SPOKES_AFTER = new RegExp(
  String.raw`^\s*(${SPOKES})(${FOR_WHOM})(?=\s*(?:[,.;:“”"]|$|\b(?:who|at|in|on|after|before|speaking|adding|saying|when|as)\b))`,
  "u",
);
/** Words that open a clause, or add a second speaker ("and the …"): the phrase before them is no body's name. */
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|when|while|after|before|because|if|but|said|says|told)\b|\band\s+(?:the|an?)\s/i;

/** The spokesperson phrase, its start and where the one spoken for stands; offsets from `at`. */
function spokesPhrase(m: RegExpExecArray | null, at: number, names: NameMention[]): Omit<SpeakerMention, "verb" | "at"> | undefined {
  if (!m) return undefined;
  const [lead, whom] = [m[1], m[2].replace(/\s+$/, "")];
  if (!whom || CLAUSE_WORD.test(whom)) return undefined;
  const start = at + m.index + m[0].length - m[1].length - m[2].length;
  // "the spokesperson for the ministry": the article goes, as it does for any speaker; "a" stays
  const skip = /^[Tt]he\s+/.exec(lead)?.[0].length ?? 0;
  const forStart = start + lead.length;
  return {
    speaker: (lead + whom).slice(skip),
    start: start + skip,
    end: forStart + whom.length,
    pronoun: false,
    person: false,
    for: { start: forStart, end: forStart + whom.length, person: names.some((n) => n.type === "person" && n.start < forStart + whom.length && n.end > forStart) },
  };
}

const ROLE_SUBJECT = new RegExp(
  String.raw`^(?:\d{1,2}[:.]\d\d\s+)?(?:[A-Z][\p{L} ,.]{0,40}\s[—–-]\s)?(?:the\s+)((?:[\p{L}\-]+(?:[’']s)?\s+){0,3}?${TITLE}(?:\s+of\s+(?:the\s+)?(?:[\p{L}\-]+[’']?\s*){1,4}?)?)(?=\s*(?:[,;:]|\b(?:has|have|had|is|was|will|would|said|says|spoke|told|struck|went|also|who|defended|insisted|added)\b|\p{Ll}+ed\b))`,
  "iu",
);

/**
 * An office holder standing as the subject of a sentence ("The transport minister spoke on
 * Tuesday", "The union's general secretary has also taken to social media"): whom a later "he" or
 * "she" means when the article names no one. Offsets relative to the sentence.
 */
export function roleSubject(sentence: string): { speaker: string; start: number } | undefined {
  const m = ROLE_SUBJECT.exec(sentence);
  if (!m) return undefined;
  const speaker = m[1].trim();
  return { speaker, start: m.index + m[0].length - m[1].length };
}

/**
 * The side a speaker counts for, as one word: "police", "a police spokesperson" and "according to the
 * police" are "police"; "the organisers, the Federation of Labour" and "organizers" are "organiser".
 */
export function sourceKey(speaker: string): string {
  const first = speaker.split(",")[0].toLowerCase();
  const words = first.split(/[\s’']+/).filter((w) => w && !STOP_WORDS.has(w) && !SOURCE_NOISE.test(w));
  const w = words.length ? words[words.length - 1] : first.trim();
  return w.replace(/iz(?=e|er|ers|ation)/, "is").replace(/s$/, "");
}
const SOURCE_NOISE = /^(?:spokes(?:man|woman|person|people)|officials?|sources?|statement|figures?|estimates?|data|said|though|whereas|s)$/;

/** The speaker is an office holder by title ("transport minister", "mayor of Dunvare"), not an institution. */
export function isRole(speaker: string): boolean {
  return ROLE.test(speaker);
}
const ROLE = new RegExp(String.raw`^(?!an?\s)(?:[\p{L}\-]+(?:[’']s)?\s+){0,3}?${TITLE}(?:\s+general)?(?:\s+(?:of|in|to|at)\b.*)?$`, "iu");

const SPEAKER_NOUNS = String.raw`officials?|authorities|ministry|government|military|army|navy|police|spokes(?:man|woman|person)|agency|office|analysts?|experts?|sources?|observers?|assessments?|estimates?|intelligence|report|reports|media|residents?|witnesses?|governor|mayor|minister|president|prefect|secretary|director|leader|chair(?:man|woman|person)|manager|ambassador|envoy|coroner|sheriff|commissioner|superintendent|marshal|chancellor|premier|commander|chief|council|service|department|command|staff|prosecutors?|investigators?|monitors?|group|organi[sz]ation|officers?|coastguard|coast guard|brigade|rebels?|insurgents?|militants?|separatists?|union|organi[sz]ers|protesters|company|operator|hospital|authority|board|commission|institute|inspectorate|administration|mission|judges?|court|tribunal|prosecution|defen[cs]e|lawyers?|attorneys?|airline|carrier|airport|manufacturer|regulator|firm|employer|chief executive|first lady|first gentleman`;
const COMMON_SPEAKER = new RegExp(String.raw`\b(?:the\s+)?((?:[\p{L}\-]+(?:[’']s)?\s+){0,3}?(?:${SPEAKER_NOUNS}))\b\s*$`, "iu");
/** A text COMMON_SPEAKER can match ends in one of its nouns: asked of the last characters first. */
const SPEAKER_NOUN_END = new RegExp(`(?:${SPEAKER_NOUNS})$`, "iu");
function commonSpeaker(text: string): RegExpExecArray | null {
  return SPEAKER_NOUN_END.test(text.trimEnd().slice(-16)) ? COMMON_SPEAKER.exec(text) : null;
}

/**
 * Finds who the sentence credits: "X said", "said X", "X, a spokesperson, estimated", "according to X".
 * Quoted text must already be blanked out so that verbs inside quotes are not taken for reporting verbs.
 */
export function findSpeakers(sentence: string, names: NameMention[]): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (const { index: at, verb } of reportingVerbs(sentence)) {
    if (verb === "according") {
      const after = /^according\s+to\s+((?:the\s+)?[^,.;:“”"]{2,80}?)(?=\s*(?:,|\.|;|:|$|“|"|\bthat\b|\bthe\s+\p{Ll}))/iu.exec(sentence.slice(at));
      if (!after) continue;
      let raw = after[1];
      let s = at + after[0].length - raw.length;
      // "according to a new report from the authorities on Thursday": the authorities, not the report
      if (REPORT_FROM.test(raw)) {
        const from = /^\s*((?:the\s+)?[^,.;:“”"]{2,60}?)(?=\s*(?:,|\.|;|:|$|\b(?:on|in|at|late|early|that)\b))/iu.exec(sentence.slice(s + raw.length));
        if (!from) continue;
        s = s + raw.length + from[0].length - from[1].length;
        raw = from[1];
      }
      // "according to a spokesperson for the regional police": the spokesperson, for the police
      const to = at + /^according\s+to/i.exec(sentence.slice(at))![0].length;
      const phrase = /pokes/.test(raw) ? spokesPhrase(SPOKES_AFTER.exec(sentence.slice(to)), to, names) : undefined;
      if (phrase) {
        out.push({ ...phrase, verb, at });
        continue;
      }
      const speaker = cleanSpeaker(raw);
      const name = names.find((n) => n.start >= s && n.end <= s + raw.length);
      out.push(make(speaker, s + raw.indexOf(speaker), verb, at, name));
      continue;
    }
    // Not a reporting use: "the report said" is fine, "said to be" is a hedge, "put" needs "put the number at"
    if ((verb === "put" || verb === "puts") && !/^\w+\s+(?:the\s+)?(?:number|figure|toll|total|death toll|crowd|turnout|attendance)\b/i.test(sentence.slice(at))) continue;
    if (/^(?:said|believed|thought|reported|claimed)\s+to\b/i.test(sentence.slice(at))) continue;
    const before = sentence.slice(0, at);
    // "The Central Electoral Commission, whose chair insisted that …": the office of the body named before
    const whose = WHOSE_OFFICE.exec(before);
    if (whose) {
      const start = whose.index! + whose[0].length - whose[2].length;
      out.push({ speaker: `${whose[2]} of the ${whose[1].replace(/^The\s+/, "")}`, start, end: start + whose[2].length, pronoun: false, person: false, verb, at });
      continue;
    }
    const speaker = speakerBefore(before, names) ?? speakerAfter(sentence, at + verb.length, names) ?? participleSubject(verb, at, names, sentence);
    // written out, not spread: spreading is the slowest way to copy five fields
    if (speaker) out.push({ speaker: speaker.speaker, start: speaker.start, end: speaker.end, pronoun: speaker.pronoun, person: speaker.person, verb, at, for: speaker.for });
  }
  return dedupe(out);
}

function dedupe(list: SpeakerMention[]): SpeakerMention[] {
  return list.filter((s, i) => list.findIndex((t) => t.start === s.start && t.end === s.end) === i);
}

function make(speaker: string, start: number, verb: string, at: number, name?: NameMention): SpeakerMention {
  const person = name?.type === "person";
  const text = person ? personCore(speaker) : speaker;
  const s = start + Math.max(0, speaker.lastIndexOf(text));
  return { speaker: text, start: s, end: s + text.length, verb, at, pronoun: false, person };
}

const WHOSE_OFFICE = new RegExp(String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)+),\s+whose\s+((?:[\p{L}-]+\s+){0,2}?${TITLE}(?:\s+general)?)\s+(?:\p{Ll}+ly\s+)?$`, "u");

const STATEMENT_OF = /^(?:the\s+|a\s+|an\s+)?(?:\p{L}+\s+)?(?:statement|communiqu[ée]|press\s+release|release|note|message)\s+(?:of|from|by)\s+(?:the\s+)?/iu;

/** A body as the subject that opens a sentence: "The Drevanian foreign ministry struck a warmer tone". */
const BODY_SUBJECT = /^(?:The\s+)((?:[\p{L}’'-]+\s+){0,3}?(?:ministry|government|company|firm|agency|office|council|army|military|court|union|authority|commission|operator|service|department|board|bank|group|embassy|presidency|airline|hospital|police))\b(?!\s+(?:of|for)\b)(?!’s|'s)/iu;

/** The body a sentence opens with, as its subject, and where it stands. */
export function bodySubject(sentence: string): { speaker: string; start: number } | undefined {
  const m = BODY_SUBJECT.exec(sentence);
  if (!m) return undefined;
  return { speaker: m[1].trim(), start: m.index + m[0].length - m[1].length };
}

/** A clause word inside an office's phrase, written in lower case: "WHO" is the health body, not "who". */
const CLAUSE_IN_ROLE = /\b(?:that|which|who|and|but|or)\b|^(?:That|Which|Who|And|But|Or)\b/;

/** "a new report from", "the latest figures from": what a body published, before the body. */
const REPORT_FROM = /^(?:(?:a|an|the)\s+)?(?:(?:new|latest|fresh|updated|revised|preliminary|official|first|earlier|daily)\s+)*(?:report|statement|tally|count|update|figures|data|estimate|bulletin)s?\s+(?:from|by|of)$/i;

function cleanSpeaker(raw: string): string {
  return raw.replace(/^the\s+/i, "").replace(/[’']s$/, "").trim();
}

/** Whether a trimmed text can end in a subject pronoun: asked before the $-anchored pattern, which is tried at every position. */
function endsInPronoun(trimmed: string): boolean {
  const end = trimmed.slice(-4).toLowerCase();
  return end.endsWith("he") || end.endsWith("they") || end.endsWith("it");
}

function speakerBefore(before: string, names: NameMention[]): Omit<SpeakerMention, "verb" | "at"> | undefined {
  // skip adverbs and an apposition between the speaker and the verb: "the mayor, a former judge, said"
  // only the words just before the verb can be its subject; a bounded tail keeps the $-anchored patterns linear
  const offset = Math.max(0, before.length - 160);
  const text = dropAdverbs(before.slice(offset));
  const apposition = /,\s*[^,“”"]{3,80},\s*$/.exec(text);
  // trimEnd strips what \s matches: the pattern was tried at every space
  const trimmed = text.trimEnd();
  // "a spokesman for Emmanuel Macron said": the spokesman speaks, not the one he speaks for
  const phrase = /pokes/.test(trimmed) ? spokesPhrase(SPOKES_BEFORE.exec(trimmed), offset, names) : undefined;
  if (phrase) return phrase;
  const name = names.find((n) => n.end === trimmed.length + offset);
  if (name?.type === "person") return nameSpeaker(name);
  // "the mayor of Dunvare said", "the ambassador in Kessel said": the office, not the place, speaks
  const roleOf = OF.test(trimmed) ? ROLE_OF.exec(trimmed) : null;
  if (roleOf && !CLAUSE_IN_ROLE.test(roleOf[1])) {
    const sp = roleOf[1].trim();
    const start = offset + trimmed.length - sp.length;
    return { speaker: sp, start, end: offset + trimmed.length, pronoun: false, person: false };
  }
  if (name) return nameSpeaker(name);
  if (apposition) {
    // "the director of Orlan Mining, which operates the pit, said": the office before the clause speaks
    // (whatever type the body's name was given: "Orlan Mining" after a title reads like a person's)
    const head = text.slice(0, apposition.index);
    const roleBefore = OF.test(head) ? ROLE_OF.exec(head) : null;
    if (roleBefore && !CLAUSE_IN_ROLE.test(roleBefore[1])) {
      const sp = roleBefore[1].trim();
      const start = offset + head.length - sp.length;
      return { speaker: sp, start, end: start + sp.length, pronoun: false, person: false };
    }
    const cut = apposition.index + offset;
    const inner = names.find((n) => n.end === cut);
    if (inner) return nameSpeaker(inner);
    // "the organisers, the Federation of Labour, said": the speaker named before its apposition
    const common = commonSpeaker(text.slice(0, apposition.index));
    if (common) {
      const sp = common[1].replace(/^(?:while|whereas|though|although)\s+(?:the\s+)?/i, "").trim();
      if (sp.split(/\s+/).every((w) => !/^(?:that|which|who|and|but|or)$/i.test(w))) return { speaker: sp, start: cut - sp.length, end: cut, pronoun: false, person: false };
    }
  }
  const pron = endsInPronoun(trimmed) ? /\b(he|she|they|it)\s*$/i.exec(trimmed) : null;
  // "it said": a body, the one the sentence before is about (see `analyzeDocument`)
  if (pron) return { speaker: pron[1], start: offset + pron.index, end: offset + pron.index + pron[1].length, pronoun: true, person: !/^it$/i.test(pron[1]) };
  const common = commonSpeaker(trimmed);
  // "…, while organisers said": the conjunction opens the clause, it is not the speaker's
  if (common) common[1] = common[1].replace(/^(?:while|whereas|though|although)\s+(?:the\s+)?/i, "");
  // "the statement of the ministry says", "a communiqué from the ministry said": the ministry speaks
  if (common) common[1] = common[1].replace(STATEMENT_OF, "");
  if (common && common[1].split(/\s+/).every((w) => !/^(?:that|which|who|and|but|or)$/i.test(w))) {
    const sp = common[1].trim();
    const start = offset + trimmed.length - sp.length;
    return { speaker: sp, start, end: offset + trimmed.length, pronoun: false, person: false };
  }
  // "The transport minister, who visited the site on Tuesday, told": the office before a clause set off by commas
  if (apposition) {
    const head = text.slice(0, apposition.index).trimEnd();
    const role = commonSpeaker(head);
    if (role && role[1].split(/\s+/).every((w) => !/^(?:that|which|who|and|but|or)$/i.test(w))) {
      const sp = role[1].trim();
      const start = offset + head.length - sp.length;
      return { speaker: sp, start, end: offset + head.length, pronoun: false, person: false };
    }
  }
  return undefined;
}

function speakerAfter(sentence: string, from: number, names: NameMention[]): Omit<SpeakerMention, "verb" | "at"> | undefined {
  const phrase = /^\s*(?:\S+\s+){0,3}?[Ss]pokes/.test(sentence.slice(from, from + 60)) ? spokesPhrase(SPOKES_AFTER.exec(sentence.slice(from)), from, names) : undefined;
  if (phrase) return phrase;
  const gap = /^\s*(?:the\s+)?/i.exec(sentence.slice(from))![0].length;
  const name = names.find((n) => n.start === from + gap);
  if (name && !STOP_WORDS.has(name.text.toLowerCase())) return nameSpeaker(name);
  const role = ROLE_AFTER.exec(sentence.slice(from));
  if (role) {
    const sp = (role[1].toLowerCase() === "the" ? "" : `${role[1]} `) + role[2].trim();
    const s = from + role[0].length - role[2].trim().length - (sp.length - role[2].trim().length);
    return { speaker: sp, start: s, end: s + sp.length, pronoun: false, person: false };
  }
  const pron = /^\s*(he|she|they)\b/i.exec(sentence.slice(from));
  if (pron && /[,”"]\s*$/.test(sentence.slice(0, from - 6))) {
    const s = from + pron[0].length - pron[1].length;
    return { speaker: pron[1], start: s, end: s + pron[1].length, pronoun: true, person: true };
  }
  return undefined;
}

/**
 * "The governor condemned the attack, saying: …": a participle's speaker is the subject of the
 * sentence, the first name standing before it (a person first).
 */
function participleSubject(verb: string, at: number, names: NameMention[], sentence = ""): Omit<SpeakerMention, "verb" | "at"> | undefined {
  if (!/ing$/.test(verb)) return undefined;
  const before = names.filter((n) => n.end <= at && (n.type === "person" || n.type === "organisation"));
  const subject = before.find((n) => n.type === "person") ?? before[0];
  if (subject) return nameSpeaker(subject);
  // "The prime minister thanked voters, writing that …": the office that opens the sentence
  const office = roleSubject(sentence);
  return office && office.start + office.speaker.length <= at ? { speaker: office.speaker, start: office.start, end: office.start + office.speaker.length, pronoun: false, person: false } : undefined;
}

function nameSpeaker(n: NameMention): Omit<SpeakerMention, "verb" | "at"> {
  const person = n.type === "person";
  const text = person ? personCore(n.text) : n.text;
  const s = n.start + n.text.lastIndexOf(text);
  return { speaker: text, start: s, end: s + text.length, pronoun: PRONOUN.test(text), person };
}
