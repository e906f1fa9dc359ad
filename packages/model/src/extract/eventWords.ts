/**
 * Verbs and nouns that name a happening, folded to one class each, so that "was apprehended on
 * Thursday" and "were captured on January 9" are recognised as dates of the same kind of event.
 */
const TABLE: Record<string, string> = {
  capture: "captured,capture,captures,capturing,apprehended,apprehend,detained,detain,seized,caught,arrested,arrest,taken",
  announce: "announced,announce,announcement,revealed,reveal,said,says,reported,stated,confirmed,confirm,posted,wrote,declared,disclosed,told,published",
  attack: "struck,strike,strikes,attacked,attack,attacks,hit,shelled,shelling,bombed,bombing,raid,raided,fired,launched",
  begin: "began,begin,begun,started,start,launched,launch,opened",
  // a war's start is one happening however it is named; an incursion or an offensive is another each
  outbreak: "invasion,invaded,outbreak",
  incursion: "incursion,incursions",
  offensive: "offensive,counteroffensive,counter-offensive",
  end: "ended,end,ceasefire,concluded,withdrew,withdrawal",
  die: "died,die,killed,death,dead,perished",
  release: "released,release,freed,exchanged,exchange,swap",
  sign: "signed,sign,agreed,agreement,deal,treaty,accord",
  elect: "elected,election,vote,voted,polls,ballot",
  meet: "met,meet,meeting,summit,talks,visited,visit",
  arrive: "arrived,arrive,landed,reached",
  // verbs any disaster takes ("flames swept through", "the road gave way", "an aftershock shook")
  occur: "occurred,happened,erupted,broke out,struck,hit,exploded,explosion,collapsed,swept through,swept across,gave way,caved in,shook",
  deploy: "deployed,deploy,deployment,sent,dispatched,arrived",
  resign: "resigned,resign,resignation,dismissed,fired,sacked",
  evacuate: "evacuated,evacuate,evacuation,fled",
  flood: "flood,flooded,flooding,burst,overflowed,inundated",
  sink: "sank,sunk,sink,capsized,capsize,foundered,went down",
  fire: "fire,blaze,burned,wildfire,broke out",
  earthquake: "earthquake,quake,tremor",
  crash: "crashed,crash,collided,collision,derailed",
  // an aircraft put down where it was not going: a local happening, placed by where it came down
  land: "landing,diverted,depressurisation,depressurization,decompression",
};

const CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(TABLE)) for (const w of words.split(",")) if (!CLASS.has(w)) CLASS.set(w, cls);

export function eventClass(word: string): string | undefined {
  return CLASS.get(word.toLowerCase());
}

/** Where something can fall: "fell into the river" is a happening, "fell into a dispute" is not. */
const FALL = new Set(["fell", "plunged", "tumbled", "toppled", "slid"]);
const FALLEN_INTO = new Set(["river", "sea", "water", "waters", "lake", "canal", "harbour", "harbor", "bay", "gorge", "ravine", "valley", "sinkhole", "reservoir", "ocean", "creek", "stream", "estuary", "quarry", "shaft", "crater", "abyss", "chasm"]);
const DETERMINER = /^(?:the|a|an|its|their|his|her|a\s+nearby)$/;
/** The words after a verb that give it another sense: "shook hands", "gave way to rioting". */
const OTHER_SENSE: Record<string, RegExp> = {
  shook: /^(?:hands|up|off|his|her|their|its|my|our|your|loose|free)$/,
  "gave way": /^to$/,
};

/**
 * The class of the happening word at `i` given the words after it (lower case), for words whose sense
 * depends on them: `undefined` when the context says they name no happening, `cls` unchanged
 * otherwise. `fell` and its kin name a happening only with a place one falls into.
 */
export function classInContext(cls: string | undefined, word: string, after: string[]): string | undefined {
  const w = word.toLowerCase();
  if (!cls) {
    if (!FALL.has(w) || after[0] !== "into") return undefined;
    const noun = DETERMINER.test(after[1] ?? "") ? after[2] : after[1];
    return noun && FALLEN_INTO.has(noun) ? "occur" : undefined;
  }
  const other = OTHER_SENSE[w];
  return other && after[0] && other.test(after[0]) ? undefined : cls;
}

// Disasters are named by their noun or by a generic verb ("a fire broke out", "the quake struck"):
// dates of any of them, or of "occurred", may be dates of one happening.
const HAPPENINGS = new Set(["occur", "fire", "flood", "earthquake", "sink", "crash", "attack", "land"]);

/** The family two event classes must share for their dates to be compared. */
export function eventFamily(cls: string): string {
  return HAPPENINGS.has(cls) ? "happening" : cls;
}
