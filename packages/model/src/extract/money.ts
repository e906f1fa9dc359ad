/**
 * What a sum of money is: a sum is named by a word near it ("a restructuring charge of $450 million",
 * "embezzled €18m", "$1.2bn in annual savings"), folded to one class each, so that two sums are
 * compared only when they are the same kind of sum.
 */
const TABLE: Record<string, string> = {
  cost: "cost,costs,costing,charge,charges,bill,expense,expenses,spend,spending,price tag",
  savings: "save,saves,saving,savings",
  embezzled: "embezzled,embezzling,embezzlement,stole,stolen,stealing,siphoned,diverted,misappropriated,misappropriating,laundered,laundering,defrauded,defrauding,bribes,bribe",
  fine: "fine,fined,fines,penalty,penalties",
  revenue: "revenue,revenues,sales,turnover",
  profit: "profit,profits,earnings,income",
  loss: "loss,losses",
  compensation: "compensation,damages,payout,settlement",
  aid: "aid,funding,funds,grant,grants,loan,loans,package,bailout",
  value: "worth,valued,valuation,deal,acquisition,takeover,bid,buy,bought,acquire,acquired",
  // "roughly €70m at wholesale prices": the same goods at another price, another sum
  wholesale: "wholesale",
  salary: "salary,salaries,wage,wages,pay,bonus,bonuses",
  dividend: "dividend,dividends",
  // what kidnappers, hackers or extortionists ask for
  demand: "ransom,ransoms,extortion,demanded,demanding,demands,seeking,seeks,sought",
};

const CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(TABLE)) for (const w of words.split(",")) CLASS.set(w, cls);

const WORD = /\p{L}+/gu;
const VALUE_OF = /\b(?:(?:street|market|estimated|total|resale|retail)\s+)value\s+of\b[^.;]{0,60}$/i;
const COST_CUT = /^(?:drive|cuts?|cutting|savings|reductions?|programme|program|plan)$/;
/** A clause ends at these; the sum's name stands within its clause. */
const CLAUSE_END = /[;:()“”"—–]|,\s|\.\s/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, "g");

/**
 * The kind of a sum standing at [start, end) of the sentence: the nearest word of the table in its
 * clause, six words back and ten words on ("$450 million, most of it" looks back only; "€20 million earmarked for
 * the bridge over the river was siphoned off" finds its verb late).
 */
export function moneyPurpose(sentence: string, start: number, end: number): string | undefined {
  let back = sentence.slice(Math.max(0, start - 80), start);
  let cut = -1;
  for (const m of back.matchAll(CLAUSE_ENDS)) cut = m.index! + m[0].length;
  if (cut >= 0) back = back.slice(cut);
  let ahead = sentence.slice(end, end + 120);
  const stop = ahead.search(CLAUSE_END);
  if (stop >= 0) ahead = ahead.slice(0, stop);
  // "the street value of the seized cocaine amounts to 180 million euros": the value of a thing
  if (VALUE_OF.test(back)) return "value";
  const before = [...back.matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(-6).reverse();
  const after = [...ahead.matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(0, 10);
  // "a $1.2 billion cost drive", "£300m of cost cuts": what is cut is saved
  const costCut = (words: string[], i: number) => words[i] === "cost" && COST_CUT.test(words[i + 1] ?? "");
  for (let i = 0; i < 10; i++) {
    if (costCut(after, i) || costCut(before.slice().reverse(), before.length - 1 - i)) return "savings";
    // "the price tag of", then single words, nearest first, before the sum ahead of after it
    for (const w of [before[i], after[i]]) {
      if (!w) continue;
      const cls = CLASS.get(w);
      if (cls) return cls;
    }
    if (before[i] === "tag" && before[i + 1] === "price") return "cost";
  }
  return undefined;
}

/** "a final dividend", "a full-year dividend", "the interim dividend": which of a year's dividends a sum is. */
const DIVIDEND_KIND = /\b(final|interim|special|full[-\s]year|total|annual|half[-\s]year|first[-\s]half|quarterly)\s+dividends?\b[^.;]{0,30}$/i;
export function dividendKind(before: string): string {
  const k = DIVIDEND_KIND.exec(before)?.[1].toLowerCase().replace(/\s+/g, "-");
  if (!k) return "dividend";
  return k === "full-year" || k === "total" || k === "annual" ? "dividend:total" : k === "half-year" || k === "first-half" ? "dividend:interim" : `dividend:${k}`;
}

const METRIC: Record<string, string> = { revenue: "revenue", revenues: "revenue", sales: "revenue", turnover: "revenue", profit: "profit", profits: "profit", earnings: "profit", income: "profit", loss: "loss", losses: "loss", shares: "shares", stock: "shares", price: "shares", margin: "margin", margins: "margin", volumes: "volume", volume: "volume", orders: "orders", costs: "cost", cost: "cost", spending: "cost", dividend: "dividend" };
const METRIC_KIND = /^(?:pre-?tax|pretax|operating|net|underlying|adjusted|gross|core|like-for-like|organic|comparable|same-store)$/;
const RISE = /^(?:rose|risen|rises|rise|rising|climbed|climbs|climb|increased|increases|increase|grew|grown|grow|grows|growth|jumped|jump|jumps|gained|gain|gains|up|advanced|surged|surge|soared|lifted|raised|higher|improved|improvement)$/;
const FALL = /^(?:fell|fallen|falls|fall|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|slipped|slid|slide|down|lost|plunged|plunge|slumped|slump|tumbled|lower|shrank|shrunk|contracted|cut|cuts)$/;
const FORECAST = /\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|projects?|projected|targets?|guidance|outlook|aims?|plans?|will|would|could|should|may|might|next\s+year|this\s+year)\b/i;

/**
 * A percentage that says how much something rose or fell ("revenue rose 6.3%", "sales up 6.3 per cent",
 * "a 16 per cent jump in annual profits", "revenue growth of 3%", "profit of £512m (2024: £449m), up
 * 14%"): what changed (its kind kept: pre-tax, operating and bare profit are three), which way, and
 * whether the sentence forecasts it. Undefined when no verb or noun of change stands next to the figure.
 */
export function percentChange(sentence: string, start: number, end: number): { metric?: string; down: boolean; forecast: boolean } | undefined {
  const back = sentence.slice(Math.max(0, start - 100), start);
  const words = [...back.matchAll(/[\p{L}-]+/gu)].map((m) => m[0].toLowerCase());
  const ahead = [...sentence.slice(end, end + 60).matchAll(/[\p{L}-]+/gu)].map((m) => m[0].toLowerCase());
  let verb: string | undefined;
  let metricWords: string[] = [];
  // "rose 6.3%", "up by 14%", "growth of 3%"
  const w = words.filter((x) => x !== "by" && x !== "of" && x !== "a" && x !== "an");
  const last = w[w.length - 1];
  if (last && (RISE.test(last) || FALL.test(last)) && /\b(?:by|of)?\s*$/.test(back)) {
    verb = last;
    metricWords = w.slice(0, -1).reverse();
  } else if (last && METRIC[last] && w.length >= 2 && (RISE.test(w[w.length - 2]) || FALL.test(w[w.length - 2])) && /\bby\s*$/.test(back)) {
    // "lifted sales by 9 per cent", "cut costs by 5%"
    verb = w[w.length - 2];
    metricWords = [last, ...w.slice(0, -2).reverse()];
  } else if (ahead[0] && (RISE.test(ahead[0]) || FALL.test(ahead[0])) && ahead[1] === "in") {
    // "a 16 per cent jump in annual profits"
    verb = ahead[0];
    metricWords = ahead.slice(2, 6);
  }
  if (!verb) return undefined;
  let metric: string | undefined;
  // "earnings per share rose 12%" is no change of profit
  if (/\b(?:earnings|profits?|income|dividends?)\s+per\s+share\b|\bEPS\b/.test(back + sentence.slice(end, end + 40))) metricWords = [];
  for (let i = 0; i < metricWords.length && i < 12; i++) {
    const m = METRIC[metricWords[i]];
    if (!m) continue;
    const before = verb === ahead[0] ? metricWords[i - 1] : metricWords[i + 1];
    const kind = before && METRIC_KIND.test(before) ? `${before.replace(/^pre-?tax|^pretax/, "pre-tax")} ` : "";
    metric = `${kind}${m}`;
    break;
  }
  // a forecast is said in the figure's own clause: "said it would cut jobs, even as revenue climbed 8.3%" is a result
  const clause = back.slice(Math.max(back.lastIndexOf(","), back.lastIndexOf(";")) + 1);
  return { metric, down: FALL.test(verb), forecast: FORECAST.test(clause) };
}

const QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b|\bQ([1-4])\b/i;
const HALF = /\b(first|second)[-\s]half\b|\bH([12])\b/i;
const ORDINAL: Record<string, string> = { first: "1", "1st": "1", second: "2", "2nd": "2", third: "3", "3rd": "3", fourth: "4", "4th": "4" };

/**
 * The reporting period a company's figure is for, when its clause names one other than the year:
 * "fourth-quarter revenue", "revenue in the third quarter", "first-half sales", "quarterly profit",
 * "the six months to June". A quarter's, a half's and a year's figures are never one figure.
 */
export function reportingPeriod(sentence: string, start: number, end: number): string | undefined {
  const back = sentence.slice(Math.max(0, start - 100), start);
  const cut = Math.max(back.lastIndexOf(","), back.lastIndexOf(";"));
  let ahead = sentence.slice(end, end + 60);
  const stop = ahead.search(/[,;]|\.\s/);
  if (stop >= 0) ahead = ahead.slice(0, stop);
  const clause = `${back.slice(cut + 1)} ${ahead}`;
  const q = QUARTER.exec(clause);
  if (q) return `q${q[2] ?? ORDINAL[q[1].toLowerCase()]}`;
  const h = HALF.exec(clause);
  if (h) return `h${h[2] ?? ORDINAL[h[1].toLowerCase()]}`;
  if (/\bquarter(?:ly)?\b/i.test(clause)) return "quarter";
  if (/\bhalf[-\s]year(?:ly)?\b|\bsix\s+months\b|\binterim\b/i.test(clause)) return "half";
  if (/\bnine\s+months\b/i.test(clause)) return "nine months";
  return undefined;
}
