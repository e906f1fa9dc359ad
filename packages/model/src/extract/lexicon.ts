/**
 * General English vocabulary the extractors share: what a counted noun is an instance of, which
 * words say what happened to counted things, reporting verbs, titles. Nothing here names a
 * particular event; every entry is a word any news report may use.
 */

function classes(table: Record<string, string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [cls, words] of Object.entries(table)) for (const w of words.split(/\s*,\s*/)) m.set(w, cls);
  return m;
}

/** Counted nouns (singular) → the class that synonyms share. */
export const NOUN_CLASS = classes({
  military:
    "troop,soldier,force,personnel,serviceman,servicemen,servicemember,service member,fighter,combatant,recruit,conscript,marine,paratrooper,infantryman,infantry,reservist,mercenary,member,servicewoman,trooper",
  officer: "officer,commander,general",
  people: "people,person,persons,suspect,individual,man,men,woman,women,adult,human,soul,other,others,victim,casualty,fatality,death,dead,body,bodies,injury,injured,wounded,killed",
  civilian: "civilian,resident,inhabitant,villager,citizen,local",
  // hostages and the prisoners freed for them are the two sides of one exchange, never one count
  prisoner: "prisoner,detainee,captive,pow,prisoners of war,prisoner of war",
  hostage: "hostage",
  child: "child,children,kid,minor,student,pupil",
  worker: "worker,employee,staff,staffer,miner,labourer,laborer,workforce,headcount",
  job: "job,position,post,role",
  responder: "firefighter,rescuer,responder,paramedic,medic,lifeguard,volunteer",
  protester: "protester,protestor,demonstrator,marcher,rioter",
  refugee: "refugee,migrant,asylum seeker,evacuee,displaced",
  passenger: "passenger,traveller,traveler",
  crew: "crew,crewmember,crewman,crewmen,sailor,pilot",
  patient: "patient,case,infection",
  building: "building,home,house,dwelling,property,apartment,flat,structure,residence,household",
  // rail carriages are "cars" in American English, and a "coach" is a carriage or a bus: all vehicles
  vehicle: "vehicle,car,truck,lorry,bus,van,carriage,coach,wagon,railcar",
  aircraft: "aircraft,plane,jet,helicopter,airplane,aeroplane",
  drone: "drone,uav",
  missile: "missile,rocket,projectile,shell",
  tank: "tank",
  ship: "ship,vessel,boat,ferry,tanker",
  factory: "factory,plant,mill,facility",
  vote: "vote,ballot",
  // "87 mandates" in a translated count of seats
  seat: "seat,mandate",
  year: "year,year-old",
});

/**
 * Kinds within a class: a helicopter and a plane are both aircraft, but "14 helicopters" and "22
 * aircraft" are a part and its whole, and "eight helicopters" and "12 planes" are two counts. Nouns of
 * one kind are synonyms; a noun of the class with no kind here ("aircraft", "vehicles", "structures",
 * "people") may include any kind, so it is compared only with nouns that have no kind either.
 */
export const NOUN_KIND = classes({
  helicopter: "helicopter,chopper",
  plane: "plane,jet,airplane,aeroplane,airliner",
  car: "car",
  truck: "truck,lorry",
  bus: "bus,coach",
  van: "van",
  home: "home,house,dwelling,residence,apartment,flat",
  household: "household",
  man: "man,men",
  woman: "woman,women",
});

export function nounKind(word: string): string | undefined {
  const w = word.toLowerCase();
  return NOUN_KIND.get(w) ?? NOUN_KIND.get(singular(w));
}

/** Nouns for the people who live in a place, as opposed to "civilians" (set against soldiers). */
export const PEOPLE_OF_A_PLACE = /^(?:residents?|inhabitants?|villagers?|locals)$/;

/**
 * Units of measure → [dimension, factor to the dimension's base unit, offset added before the
 * factor]: base = (value + offset) × factor, so that Fahrenheit converts to Celsius.
 */
export const UNITS: Map<string, [string, number, number?]> = new Map([
  ["km", ["length", 1000]], ["kilometre", ["length", 1000]], ["kilometer", ["length", 1000]], ["kilometres", ["length", 1000]], ["kilometers", ["length", 1000]],
  ["mile", ["length", 1609.344]], ["miles", ["length", 1609.344]], ["mi", ["length", 1609.344]],
  ["metre", ["length", 1]], ["meter", ["length", 1]], ["metres", ["length", 1]], ["meters", ["length", 1]], ["m", ["length", 1]],
  ["foot", ["length", 0.3048]], ["feet", ["length", 0.3048]], ["ft", ["length", 0.3048]],
  ["yard", ["length", 0.9144]], ["yards", ["length", 0.9144]],
  ["nautical mile", ["length", 1852]], ["nautical miles", ["length", 1852]], ["nmi", ["length", 1852]],
  ["hectare", ["area", 1e4]], ["hectares", ["area", 1e4]], ["acre", ["area", 4046.86]], ["acres", ["area", 4046.86]],
  ["square kilometre", ["area", 1e6]], ["square kilometer", ["area", 1e6]], ["square kilometres", ["area", 1e6]], ["square kilometers", ["area", 1e6]],
  ["sq km", ["area", 1e6]], ["km2", ["area", 1e6]], ["square mile", ["area", 2.58999e6]], ["square miles", ["area", 2.58999e6]],
  ["sq miles", ["area", 2.58999e6]], ["square metres", ["area", 1]], ["square meters", ["area", 1]], ["square feet", ["area", 0.092903]], ["sq ft", ["area", 0.092903]],
  ["tonne", ["mass", 1000]], ["tonnes", ["mass", 1000]], ["ton", ["mass", 907.185]], ["tons", ["mass", 907.185]], ["metric tons", ["mass", 1000]], ["metric ton", ["mass", 1000]], ["metric tonnes", ["mass", 1000]],
  ["kg", ["mass", 1]], ["kilogram", ["mass", 1]], ["kilograms", ["mass", 1]], ["kilogramme", ["mass", 1]], ["kilogrammes", ["mass", 1]],
  ["percent", ["percent", 1]], ["per cent", ["percent", 1]], ["%", ["percent", 1]], ["percentage points", ["points", 1]],
  // a bare "degrees" may be either scale (American reports mean Fahrenheit): it meets only its own kind
  ["degrees", ["degrees", 1]], ["°", ["degrees", 1]],
  ["°c", ["temperature", 1]], ["degrees celsius", ["temperature", 1]], ["degrees centigrade", ["temperature", 1]], ["degrees c", ["temperature", 1]], ["celsius", ["temperature", 1]],
  ["°f", ["temperature", 5 / 9, -32]], ["degrees fahrenheit", ["temperature", 5 / 9, -32]], ["degrees f", ["temperature", 5 / 9, -32]], ["fahrenheit", ["temperature", 5 / 9, -32]],
  ["mph", ["speed", 0.44704]], ["km/h", ["speed", 0.27778]], ["kph", ["speed", 0.27778]],
  ["kilometres per hour", ["speed", 0.27778]], ["kilometers per hour", ["speed", 0.27778]], ["kilometres an hour", ["speed", 0.27778]], ["kilometers an hour", ["speed", 0.27778]],
  ["miles per hour", ["speed", 0.44704]], ["miles an hour", ["speed", 0.44704]],
  // rain and snow are measured in millimetres, centimetres and inches
  ["mm", ["length", 0.001]], ["millimetre", ["length", 0.001]], ["millimetres", ["length", 0.001]], ["millimeter", ["length", 0.001]], ["millimeters", ["length", 0.001]],
  ["cm", ["length", 0.01]], ["centimetre", ["length", 0.01]], ["centimetres", ["length", 0.01]], ["centimeter", ["length", 0.01]], ["centimeters", ["length", 0.01]],
  ["inch", ["length", 0.0254]], ["inches", ["length", 0.0254]],
  ["hour", ["duration", 3600]], ["hours", ["duration", 3600]], ["day", ["duration", 86400]], ["days", ["duration", 86400]],
  ["week", ["duration", 604800]], ["weeks", ["duration", 604800]], ["month", ["duration", 2629800]], ["months", ["duration", 2629800]],
  ["minute", ["duration", 60]], ["minutes", ["duration", 60]],
]);

export const CURRENCY_SYMBOL: Record<string, string> = { $: "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
export const CURRENCY_WORD: Record<string, string> = {
  // pence ("18.4p", "27.1 pence"): a currency of its own here, never compared with pounds
  p: "GBX", pence: "GBX",
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP", yen: "JPY", rupees: "INR", hryvnias: "UAH", roubles: "RUB", rubles: "RUB", yuan: "CNY",
};

/** Words that say what happened to counted things → role. Checked nearest-first around the figure. */
export const ROLE_WORDS = new Map<string, string>(
  Object.entries({
    killed: "killed", killing: "killed", drowned: "killed", "lost their lives": "killed", dead: "killed", died: "killed", die: "killed", deaths: "killed", death: "killed", fatalities: "killed", slain: "killed", perished: "killed", lives: "killed", bodies: "killed", "death toll": "killed", toll: "killed",
    wounded: "wounded", injured: "wounded", injuring: "wounded", wounding: "wounded", hurt: "wounded", injuries: "wounded",
    casualties: "casualty", "killed or wounded": "casualty", "killed and wounded": "casualty", "dead or wounded": "casualty", "killed or injured": "casualty", "killed and injured": "casualty", "dead and wounded": "casualty", "dead or injured": "casualty", losses: "casualty",
    captured: "captured", capture: "captured", detained: "captured", arrested: "captured", "taken prisoner": "captured", seized: "captured", prisoners: "captured", abducted: "captured", kidnapped: "captured", held: "captured", custody: "captured",
    missing: "missing", unaccounted: "missing",
    // "2,503 people have been accounted for": found alive or located, no longer missing
    "accounted for": "accounted for",
    evacuated: "displaced", displaced: "displaced", fled: "displaced", homeless: "displaced", evacuation: "displaced", relocated: "displaced", uprooted: "displaced", refuge: "displaced",
    "from their homes": "displaced", "out of their homes": "displaced", "lost their homes": "displaced", "abandoned their homes": "displaced", "to shelters": "displaced", "to shelter": "displaced", "into shelters": "displaced",
    rescued: "rescued", saved: "rescued", pulled: "rescued", "pulled out": "rescued", 
    deployed: "present", stationed: "present", sent: "present", dispatched: "present", based: "present", present: "present", presence: "present", involvement: "present", fighting: "present", serving: "present", operating: "present", deployment: "present", totaling: "present", totalling: "present", numbering: "present", mobilised: "present", mobilized: "present",
    destroyed: "destroyed", damaged: "damaged", torched: "destroyed", razed: "destroyed", "set ablaze": "destroyed", ablaze: "destroyed", "set alight": "destroyed", "set on fire": "destroyed", flooded: "damaged", burned: "destroyed", burnt: "destroyed", collapsed: "destroyed",
    // a train's carriages that left the rails: "left the track", "came off the rails", "jumped the tracks"
    // "one succumbed to injuries on the way to hospital": those who died later, a part of the toll
    succumbed: "died of injuries", succumbing: "died of injuries",
    derailed: "derailed", derailing: "derailed", derail: "derailed", derails: "derailed", "left the track": "derailed", "came off the track": "derailed", "jumped the track": "derailed", "went off the track": "derailed", "off the track": "derailed",
    close: "closed", closing: "closed", closed: "closed", closure: "closed", closures: "closed", shut: "closed", shutting: "closed",
    infected: "infected", sickened: "infected", "fell ill": "infected", "fallen ill": "infected", "taken ill": "infected", vaccinated: "vaccinated", tested: "tested",
    affected: "affected",
    launched: "launched", fired: "launched", intercepted: "intercepted", "shot down": "intercepted", downed: "intercepted",
    voted: "voted", won: "won", elected: "won", secured: "won", gained: "won", winning: "won",
    moved: "displaced", "moved to": "displaced", evacuate: "displaced", evacuating: "displaced", flee: "displaced", fleeing: "displaced",
    // taken to shelters, people left their homes; the people a shelter houses, or who are in shelters,
    // are a headcount at one time, a part of those who left (compared with them as a part)
    sheltered: "sheltered", housed: "sheltered", sheltering: "sheltered", "in shelters": "sheltered", "in shelter": "sheltered",
    // "accommodated in evacuation centres", "staying in relief centers": a shelter by another name
    accommodated: "sheltered", "in centres": "sheltered", "in centers": "sheltered", "in centre": "sheltered", "in center": "sheltered", "to centres": "displaced", "to centers": "displaced", "into centres": "displaced", "into centers": "displaced",
    "reduced to ash": "destroyed", "reduced to ashes": "destroyed", "reduced to rubble": "destroyed", "reduced to ruins": "destroyed", "reduced to cinders": "destroyed",
    assigned: "present", battling: "present", tackling: "present",
    hired: "employed", employed: "employed", employs: "employed", employ: "employed", employing: "employed",
    aboard: "aboard", onboard: "aboard", carrying: "aboard", "on board": "aboard", board: "aboard", "on the": "aboard",
    leave: "displaced", left: "displaced",
    strike: "striking", striking: "striking", "walked out": "striking", walkout: "striking", "walked off": "striking",
    admitted: "hospitalised", hospitalised: "hospitalised", hospitalized: "hospitalised", treated: "hospitalised",
    // "96 patients remain in hospital", "were still in the hospital"
    "in hospital": "hospitalised", "in hospitals": "hospitalised", "in the hospital": "hospitalised",
    laid: "cut", cut: "cut", lost: "lost",
    axe: "cut", axed: "cut", axing: "cut", eliminate: "cut", eliminated: "cut", eliminating: "cut", shed: "cut", shedding: "cut", slash: "cut", slashed: "cut", slashing: "cut", scrap: "cut", scrapped: "cut",
    sentenced: "sentenced", jailed: "sentenced", imprisoned: "sentenced", imprisonment: "sentenced", prison: "sentenced", jail: "sentenced",
    suspended: "suspended", sought: "sought", demanded: "sought", "asked for": "sought", demanding: "sought", demands: "sought", seeking: "sought", seeks: "sought", "asking for": "sought",
    // people whose data was taken in a breach ("stolen" and "copied" only with their data: see `quantities.ts`)
    accessed: "exposed", leaked: "exposed", exposed: "exposed", compromised: "exposed", breached: "exposed", hacked: "exposed",
    barred: "banned", banned: "banned", ban: "banned", disqualified: "banned",
    attended: "attended", gathered: "attended", marched: "attended", rallied: "attended", protested: "attended", joined: "attended",
    // "100,000 people took to the streets": a crowd that came out
    "took to the streets": "attended", "taken to the streets": "attended", "take to the streets": "attended", "taking to the streets": "attended",
    "took part": "attended", "taken part": "attended", "take part": "attended", "taking part": "attended",
    arrests: "captured", detentions: "captured",
    // "41,000 ballots were cast", "votes cast": all the votes, not the votes one party received
    cast: "cast",
    // translated police copy: "deprived of liberty 14 persons" is arrested them
    "deprived of liberty": "captured",
    // "inspected 48 containers from the vessel": what was checked, not what was found or seized
    inspected: "inspected", inspect: "inspected", checked: "inspected", screened: "inspected", scanned: "inspected", examined: "inspected",
    // prisoners or hostages set free ("released 26 Telurians", "handed over 21 nationals")
    // ("freed" alone is also said of miners brought out alive: see `quantities.ts`)
    released: "released", "handed over": "released", "walked free": "released", "set free": "released", releasing: "released", releases: "released",
  }),
);

/** Roles that merge: "killed or wounded" is reported as "casualties"; a bare count of troops is a presence. */
export const DEFAULT_ROLE = "unspecified";

/** Verbs and phrases that introduce a statement and its speaker. */
export const REPORTING_VERBS =
  "said|says|say|told|tells|reported|estimated|stated|announced|announces|wrote|writes|noted|claimed|revealed|reveals|confirmed|confirms|added|adds|explained|declared|declares|insisted|argued|warned|warns|believes|believed|assessed|posted|tweeted|according|cited|quoted|put|counted|recorded|acknowledged|admitted|issued|emphasized|emphasised|stressed|underlined|underscored|denounced|described|remarked|observed|asserted|alleged|suggested|indicated|disclosed|mentioned|shared|stating|saying|adding|noting|announcing|writing|telling";

export const HEDGES = /\b(reportedly|allegedly|purportedly|apparently|supposedly|unconfirmed|claimed|claims|is said to|are said to|was said to|were said to|believed to|thought to)\b/i;

/** Titles and offices that stand before a name and are not part of it. */
export const TITLE_WORDS = new Set(
  (
    "president,vice,prime,pm,general,secretary-general,minister,foreign,defence,defense,interior,finance,secretary,state,general,gen.,gen,lt.,col.,colonel,major,maj.,captain,capt.,sgt.,sergeant,admiral,marshal,commander,chief,spokesperson,spokesman,spokeswoman,chancellor,senator,sen.,rep.,representative,governor,gov.,mayor,ambassador,director,head,leader,king,queen,prince,princess,pope,premier,deputy,acting,former,mr.,mrs.,ms.,dr.,mr,mrs,ms,dr,prof.,professor,judge,justice,attorney,envoy,official,officials,minister's,lord,lady,sir,dame,speaker,chairman,chairwoman,chair,ceo,founder,analyst,expert,correspondent,reporter,editor,u.s.,us,uk,u.k.,eu,un,u.n.,white,house,kremlin,foreign-minister,supreme,national,security,adviser,advisor,coordinator,council,communications,press,opposition,regional,local"
  ).split(","),
);

/** Words that mark an organisation when they end or head a proper name. */
export const ORG_WORDS =
  /\b(service|ministry|army|navy|agency|council|union|organi[sz]ation|department|post|times|news|journal|tribune|herald|guardian|telegraph|reuters|press|forces|force|party|office|committee|commission|government|bank|inc|llc|ltd|corp|corporation|company|institute|university|court|parliament|congress|senate|assembly|police|guard|command|staff|brigade|battalion|regiment|division|network|broadcasting|television|radio|bbc|cnn|associated|examiner|kremlin|pentagon|nato|intelligence|federation|league|alliance|coalition|group|foundation|fund|authority|administration|embassy|cabinet|presidency|military|red cross|red crescent|united nations|airlines?|airways|air|motors|holdings|centre|center|trust|hospitals?|clinic|bureau|board|inspectorate|directorate|secretariat|society|association|observatory|laboratory|college|academy|school|museum|charity|consortium|exchange|industries|railways?|railroads?)\b/i;

/** What a firm does, ending its name: "Halvorsen Shipping", "Norrland Energy", "General Dynamics". */
export const TRADE_WORDS =
  /^(?:energy|energies|power|oil|gas|petroleum|steel|metals|minerals|mining|resources|shipping|freight|logistics|transport|dynamics|electronics|electric|aerospace|technology|technologies|pharma|pharmaceuticals|chemicals|telecom|telecoms|media|capital|insurance|investments|ventures|partners|properties|foods|brands|textiles|systems|solutions|construction|engineering|utilities|cement|labs|software|semiconductors|robotics|biotech)$/i;

/**
 * Nouns that follow a place name and are not part of it ("the Kherson region"); a fire is named after
 * where it burns ("the Alder Creek Fire" is at Alder Creek).
 */
export const PLACE_GENERIC = /\s+(region|province|oblast|district|county|state|area|city|town|village|border|front|territory|prefecture|governorate|republic|peninsula|island|islands|coast|valley|basin|fire|wildfire|blaze)$/i;
/** The same nouns right after a name: "Plateau state", "the Kherson region". */
export const PLACE_NOUN_AFTER = /^\s+(?:region|province|oblast|district|county|state|area|city|town|village|territory|prefecture|governorate|peninsula|island|islands|coast|valley|basin)\b/i;

/** Function words: a capitalised one at the start of a sentence is not a name. */
export const STOP_WORDS = new Set(
  (
    "a,an,the,this,that,these,those,it,its,they,their,them,he,his,him,she,her,we,our,us,you,your,i,my,me,in,on,at,to,from,for,with,by,as,of,and,or,but,nor,so,yet,if,when,while,after,before,during,since,until,about,over,under,between,among,into,onto,through,across,against,without,within,despite,although,though,because,however,meanwhile,moreover,also,then,there,here,what,which,who,whom,whose,where,why,how,all,any,both,each,few,more,most,other,some,such,no,not,only,own,same,than,too,very,can,will,just,should,would,could,may,might,must,shall,is,are,was,were,be,been,being,have,has,had,do,does,did,according,following,as,amid,amidst,neither,either,yes,q,a:,q:,s,t,let,like,near,once,upon,via,per,around,toward,towards,along,alongside,beyond,whether,still,even,already,now,today,yesterday,tomorrow,last,next,first,second,third,new,one,two,three,four,five,six,seven,eight,nine,ten,several,many,much,another,every,up,down,out,off,again,further,simultaneously,unlike,including"
  ).split(","),
);

export const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
export const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/** A plural-to-singular fold good enough for matching nouns against the tables above. */
/** Nouns in "-us" whose plural adds "-es" ("buses", "viruses"); "houses", "causes" drop the "s" only. */
const US_PLURAL = /^(?:bus|minibus|virus|bonus|campus|census|status|circus|surplus|stimulus|prospectus|syllabus|chorus|octopus)es$/;

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (NOUN_CLASS.has(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(ches|shes|sses|xes)$/.test(w) || US_PLURAL.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

export function nounClass(word: string): string | undefined {
  const w = word.toLowerCase();
  return NOUN_CLASS.get(w) ?? NOUN_CLASS.get(singular(w));
}
