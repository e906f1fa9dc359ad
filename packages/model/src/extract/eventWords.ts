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
  release: "released,release,freed,exchanged,exchange,swap,swapped,swaps,walked free,set free,handed over",
  sign: "signed,sign,agreed,agreement,deal,treaty,accord",
  elect: "elected,election,vote,voted,polls,ballot",
  meet: "met,meet,meeting,summit,talks,visited,visit",
  arrive: "arrived,arrive,landed,reached",
  // verbs any disaster takes ("flames swept through", "the road gave way", "an aftershock shook"), and
  // the miner's words for a collapse ("a roof fall", "a rockfall", "a cave-in", read as two words; not "landslide", also an election's)
  occur: "occurred,happened,erupted,broke out,struck,hit,exploded,explosion,collapsed,swept through,swept across,gave way,caved in,shook,roof fall,rock fall,rockfall,cave in",
  deploy: "deployed,deploy,deployment,sent,dispatched,arrived",
  resign: "resigned,resign,resignation,dismissed,fired,sacked",
  evacuate: "evacuated,evacuate,evacuation,fled",
  flood: "flood,flooded,flooding,burst,overflowed,inundated",
  sink: "sank,sunk,sink,capsized,capsize,foundered,went down",
  fire: "fire,blaze,burned,wildfire,broke out",
  earthquake: "earthquake,quake,tremor",
  crash: "crashed,crash,collided,collision,derailed,derailment,derailments",
  // an aircraft put down where it was not going: a local happening, placed by where it came down
  land: "landing,diverted,depressurisation,depressurization,decompression",
  // the start of a labour strike ("walked out", "began their strike": see `labourStrikes`)
  walkout: "walked out,walked off,downed tools,stopped work",
  // a storm reaching land: a happening of its own, placed by where it came ashore (the day it "hit"
  // a town may be later, the day it "swept across" the country longer)
  landfall: "landfall,came ashore,comes ashore,come ashore,coming ashore",
  // the opening of an investigation ("opened an investigation", "began looking into"): only after a
  // verb that opens one (see `classInContext`)
  inquiry: "investigation,probe,inquiry,looking into",
  // when a happening came to light: an attack or a leak is often found days after it began
  discover: "detected,discovered,noticed,spotted,uncovered",
  // a crowd in the streets ("march" the noun only in lower case: "March" is the month; "rallied" is
  // also said of prices, "demonstrated" of a product)
  // the first of an outbreak's cases or deaths: the day it was confirmed, recorded or detected is that
  // happening's, not an announcement's ("the first case was confirmed on February 21")
  first: "first case,first cases,first infection,first infections,first death,first deaths,first patient,index case",
  protest: "marched,marching,march,marches,protested,protesting,protest,protests,demonstration,demonstrations",
};

const CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(TABLE)) for (const w of words.split(",")) if (!CLASS.has(w)) CLASS.set(w, cls);

/** Marks the side a release freed among a date's event words ("~hostages"): never a name's key. */
export const FREED = "~";
export const isFreedMark = (p: string) => p.startsWith(FREED);

export function eventClass(word: string): string | undefined {
  const cls = CLASS.get(word.toLowerCase());
  return cls === "protest" && /^March/.test(word) ? undefined : cls;
}

/** Where something can fall: "fell into the river" is a happening, "fell into a dispute" is not. */
const FALL = new Set(["fell", "plunged", "tumbled", "toppled", "slid"]);

// A sentence's words are asked about one by one: most have no class and can get none, and are let go
// before their context is read.
const PAIR_OPENERS = new Set([...CLASS.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))));
/** Whether a word can open a two-word happening ("broke out", "came ashore"). */
export function opensPair(word: string): boolean {
  return PAIR_OPENERS.has(word.toLowerCase());
}
/** The words with no class of their own that `classInContext` can give one (keep the two in step). */
const CLASSED_BY_CONTEXT = new Set(["reached", "hit", "struck", "crossed", "jumped", "left", "came", ...FALL]);
export function classedByContext(word: string): boolean {
  return CLASSED_BY_CONTEXT.has(word.toLowerCase());
}
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
export function classInContext(cls: string | undefined, word: string, after: string[], rest = "", before = ""): string | undefined {
  const w = word.toLowerCase();
  // "the typhoon reached the coast", "the storm hit land": a storm's landfall (people who reach the coast are no storm)
  if (/^(?:reached|hit|struck|crossed)$/.test(w) && (after[0] === "land" || (after[0] === "the" && SHORE.test(after[1] ?? ""))) && STORM.test(before)) return "landfall";
  // (a word without a class gets one only below and in the line above: CLASSED_BY_CONTEXT lists them)
  if (!cls) {
    // "jumped the tracks", "left the track", "came off the rails": a train derailed
    if (/^(?:jumped|left|came)$/.test(w) && ((after[0] === "the" && RAILS.test(after[1] ?? "")) || (after[0] === "off" && after[1] === "the" && RAILS.test(after[2] ?? "")))) return "crash";
    if (!FALL.has(w) || after[0] !== "into") return undefined;
    const noun = DETERMINER.test(after[1] ?? "") ? after[2] : after[1];
    return noun && FALLEN_INTO.has(noun) ? "occur" : undefined;
  }
  // an outbreak "of war" or "of fighting", the war's: a war's start; any other outbreak is a disease's,
  // a happening placed by where it struck
  if (w === "outbreak" && !(after[0] === "of" && WAR_AFTER.test(after.slice(1).join(" "))) && !WAR_BEFORE.test(before)) return "epidemic";
  // "opened an investigation", "launched a formal probe", "began looking into": the day it was opened;
  // an investigation that found or ended on a day, or an inquiry mentioned alone, dates no opening
  if (cls === "inquiry") return (w === "looking into" ? LOOKING_OPENED : INQUIRY_OPENED).test(before) ? cls : undefined;
  const other = OTHER_SENSE[w];
  if (other && after[0] && other.test(after[0])) return undefined;
  // "hit a new national high", "reached 115 degrees", "hit 9.1%": a level reached, not a target or a place
  if (LEVEL_VERB.test(w) && (FIGURE_AFTER.test(rest) || LEVEL_AFTER.test(rest))) return undefined;
  // "caught by a roof fall", "caught in a rockfall", "taken to hospital": a capture needs a captor or a captive
  if (cls === "capture" && (w === "caught" || w === "taken") && !capturedBy(w, after)) return undefined;
  // "the earthquake, registering 7.1, hit early on Tuesday", "a typhoon struck the island": a disaster
  // that strikes is no attack (unless someone who attacks stands between: "after the quake, troops struck")
  if (cls === "attack" && STRIKE_OR_HIT.test(w)) {
    const disaster = DISASTER_BEFORE.exec(before);
    if (disaster && !ATTACKER.test(disaster[2])) return DISASTER_CLASS.find(([re]) => re.test(disaster[1]))?.[1] ?? "occur";
  }
  // "struck a cautious tone", "struck an optimistic note": a figure of speech
  if (STRIKE.test(w) && (after[0] === "a" || after[0] === "an") && (FIGURE.test(after[1] ?? "") || FIGURE.test(after[2] ?? ""))) return undefined;
  // "walked out of the talks" is no strike; "walked off the pitch" neither
  if (w === "walked out" && after[0] === "of") return undefined;
  if (w === "walked off" && !(after[1] === "job" || after[1] === "jobs")) return undefined;
  return cls;
}

const WAR_AFTER = /^(?:the\s+|a\s+)?(?:war|wars|fighting|hostilities|conflict|violence|clashes|unrest|civil)\b/;
const WAR_BEFORE = /\b(?:war|conflict|fighting|hostilities)(?:['’]s)?\s*$/i;
const STRIKE_OR_HIT = /^(?:struck|strikes?|hit|hits)$/;
/** The last disaster named before the verb, and the words between them. */
const DISASTER_BEFORE = /\b(earthquakes?|quakes?|tremors?|temblors?|storms?|typhoons?|hurricanes?|cyclones?|tornado(?:e?s)?|floods?|floodwaters|wildfires?|bushfires?|fires?|blaze|explosions?|blasts?|landslides?|mudslides?|avalanches?|tsunamis?)\b((?:(?!\b(?:earthquakes?|quakes?|storms?|typhoons?|floods?|fires?)\b)(?:\.(?=\d)|[^.;]))*)$/i;
const ATTACKER = /\b(?:forces|troops|army|soldiers|militants|rebels|insurgents|drones?|missiles?|rockets?|aircraft|jets?|warplanes?|bombers?|gunmen|attackers?|police|artillery|navy)\b/i;
const DISASTER_CLASS: [RegExp, string][] = [
  [/^(?:earth)?quakes?$|^tremors?$|^temblors?$/i, "earthquake"],
  [/^flood/i, "flood"],
  [/fires?$|^blaze$/i, "fire"],
];
const INQUIRY_OPENED = /\b(?:opened|opening|opens|launched|launching|launches|began|begun|started|starting|ordered|initiated)\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const LOOKING_OPENED = /\b(?:began|begun|begin|begins|started|starting|start|starts)\s+$/i;
const LEVEL_VERB = /^(?:hit|hits|struck|reached|reach|reaches|topped|touched)$/;
/** A figure right after the verb ("hit 40", "reached about 115 degrees"): a level. */
const FIGURE_AFTER = /^\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|an\s+estimated)\s+)?[-−]?\d/i;
/** A level noun ending what follows the verb ("a new national high", "its highest level", "a record"). */
const LEVEL_AFTER =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?!(?:of|in|on|at|to|for|with|by|near|and)\s)[\p{L}-]+\s+){0,3}(?:high|low|record|peak|level|mark|milestone|ceiling|maximum|minimum|threshold|plateau|highs|lows|records|peaks|levels)(?![\p{L}-])(?!\s+(?:school|street|court|ground|seas|command|road|way|rise|speed|building|plain|office)\b)/iu;
/** Who takes people: a captor after "by". */
const CAPTOR = /^(?:police|officers?|troops|soldiers|guards|forces|security|authorities|border|coastguard|coast|patrols?|rangers|agents|militants|rebels|fighters|gunmen|kidnappers|insurgents|army|militia|military|navy|detectives|officials)$/;
/** What follows "taken" when people are captured: "taken hostage", "taken into custody", "taken on Tuesday". */
const TAKEN_CAPTIVE = /^(?:hostage|hostages|prisoner|prisoners|captive|captives|into|away|alive|on|overnight|early|late|yesterday|last)$/;

function capturedBy(w: string, after: string[]): boolean {
  if (after[0] === "by") return after.slice(1, 3).some((x) => CAPTOR.test(x));
  if (w === "taken") return TAKEN_CAPTIVE.test(after[0] ?? "") && !(after[0] === "on" && after[1] === "board");
  // "caught in a rockfall", "caught up in delays", "caught on camera", "caught off guard"
  return !/^(?:in|up|on|off|out|between|under|inside|fire|sight|unawares|napping)$/.test(after[0] ?? "") || (after[0] === "on" && !/^(?:camera|film|video|tape|cctv)$/.test(after[1] ?? ""));
}

const STRIKE = /^(?:strikes?|struck|striking)$/;
const SHORE = /^(?:coast|coastline|shore|mainland)$/;
const STORM = /\b(?:typhoon|hurricane|cyclone|storm|tropical\s+depression)\b[^.;]*$/i;
const RAILS = /^(?:tracks?|rails?)$/;
const FIGURE = /^(?:tone|note|chord|balance|pose|figure|deal|bargain|compromise)$/;

/** Before "strike": the labour sense ("their strike", "a 48-hour strike", "the nurses' strike", "on strike"). */
const LABOUR_BEFORE = /^(?:their|our|on|general|national|nationwide|indefinite|open-ended|warning|token|wildcat|unofficial|rolling|pay|\d+-(?:hour|day|week)|(?:one|two|three|four|five|six|seven|24|48|72)-(?:hour|day|week)|\p{L}+s['’])$/iu;
/** Before "strike": the military sense. */
const ATTACK_BEFORE = /^(?:air|drone|missile|rocket|military|artillery|retaliatory|pre-emptive|preemptive|precision|nuclear|surgical|deadly|first|targeted|israeli|russian|american|us)$/i;
/** Who strikes in a labour dispute, or what over: any of them in the sentence gives "strike" its labour sense. */
const LABOUR_WORDS = /\b(?:unions?|workers|nurses|doctors|teachers|staff|employees|drivers|cleaners|dockers|miners|pilots|strikers|pay|wages?|salar(?:y|ies)|pensions?|walkout|picket(?:s|ing)?|employers?)\b/i;
const BEGIN = /^(?:began|begin|begun|begins|started|start|starts|launched|launch|launches|staged|stage|called|declared)$/i;
const GAP = /^(?:a|an|the|their|its|our|his|her|new|first|second|third|fresh|further|full|all|out|open|ended|indefinite|general|national|nationwide|warning|token|rolling|one|two|three|four|five|hour|day|week|long)$/i;

/**
 * Labour strikes among the words of a sentence (lower-cased words, `text` the sentence): for each
 * "strike" read in the labour sense, its index, and the index of the verb that starts it when there is
 * one ("began their strike", "a strike that started"). A strike lasts days, so only its start dates
 * it; the noun alone is no attack and no start.
 */
export function labourStrikes(found: RegExpMatchArray[], text: string): { noun: number; start?: number }[] {
  const out: { noun: number; start?: number }[] = [];
  const words = found.map((w) => w[0].toLowerCase());
  let labourSentence: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "strike" && words[i] !== "strikes") continue;
    // the token before it as written ("48-hour", "nurses'")
    const prev = (/(\S+)\s+$/.exec(text.slice(Math.max(0, found[i].index! - 24), found[i].index!))?.[1] ?? "").toLowerCase();
    if (ATTACK_BEFORE.test(prev) || prev === "hunger") {
      if (prev === "hunger") out.push({ noun: i });
      continue;
    }
    // "went on strike": on; "to strike" is a verb ("threatened to strike")
    if (!LABOUR_BEFORE.test(prev) && !(labourSentence ??= LABOUR_WORDS.test(text))) continue;
    const strike: { noun: number; start?: number } = { noun: i };
    if (prev === "on" && /^(?:went|go|goes|gone|going)$/.test(words[i - 2] ?? "")) strike.start = i - 2;
    // the starting verb before it, across determiners and modifiers only, or right after it
    for (let j = i - 1; strike.start === undefined && j >= Math.max(0, i - 4); j--) {
      if (BEGIN.test(words[j])) strike.start = j;
      else if (!GAP.test(words[j])) break;
    }
    for (let j = i + 1; strike.start === undefined && j <= Math.min(words.length - 1, i + 3); j++) {
      if (BEGIN.test(words[j]) && words[j] !== "called" && words[j] !== "declared") strike.start = j;
      else if (!/^(?:that|which|has|had|was)$/.test(words[j])) break;
    }
    out.push(strike);
  }
  return out;
}

// Disasters are named by their noun or by a generic verb ("a fire broke out", "the quake struck"):
// dates of any of them, or of "occurred", may be dates of one happening.
const HAPPENINGS = new Set(["occur", "fire", "flood", "earthquake", "sink", "crash", "attack", "land"]);

/** The family two event classes must share for their dates to be compared. */
export function eventFamily(cls: string): string {
  return HAPPENINGS.has(cls) ? "happening" : cls;
}

/**
 * A happening placed by where it happened, whose participants are the places named and the places
 * the article is about: a disaster, its discovery, and a strike (a strike "broke out" is no fire, so it
 * keeps a family of its own), and the onset of a fire or a flood that lasts days ("the fire started on
 * Sunday"), a family of its own too: the days it burned are not its start; and an outbreak of a disease.
 */
export function isLocal(cls: string): boolean {
  return HAPPENINGS.has(cls) || cls === "first" || cls === "epidemic" || cls === "walkout" || cls === "onset" || cls === "discover" || cls === "landfall" || cls === "protest" || cls === "reading";
}
