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
  salary: "salary,salaries,wage,wages,pay,bonus,bonuses",
  // what kidnappers, hackers or extortionists ask for
  demand: "ransom,ransoms,extortion,demanded,demanding,demands,seeking,seeks,sought",
};

const CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(TABLE)) for (const w of words.split(",")) CLASS.set(w, cls);

const WORD = /\p{L}+/gu;
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
