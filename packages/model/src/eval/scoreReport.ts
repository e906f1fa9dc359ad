/**
 * Scores a conflict report against a gold file, with the rules of the shared scorer
 * (shared/eval/score.mjs, described in GOLD-FORMAT.md). Pure: the article texts are passed in, so
 * the command line and the server can both use it and must agree with the shared scorer line for line.
 */

/** A place in one article: the `occurrence`-th (1-based, default 1) place where `text` stands in `file`. */
export interface GoldMention {
  file: string;
  text: string;
  occurrence?: number;
  value?: string;
}

export interface GoldConflict {
  id: string;
  kind: string;
  about?: string;
  mentions: GoldMention[];
  /** Pairs of file names that must be reported as disagreeing. */
  conflicting_pairs?: [string, string][];
  /** Pairs that may be reported or not; they neither count nor harm. */
  optional_pairs?: [string, string][];
  /** Counted apart from the core recall. */
  stretch?: boolean;
  note?: string;
}

export interface GoldMustNotFlag {
  id: string;
  about?: string;
  /** Conflict kinds the entry forbids; every kind when absent. */
  kinds?: string[];
  mentions: GoldMention[];
  note?: string;
}

export interface Gold {
  event?: string;
  conflicts: GoldConflict[];
  must_not_flag?: GoldMustNotFlag[];
}

/** The part of a report the scorer reads; `Report` and a parsed `check --format json` both fit. */
export interface ScoredReport {
  conflicts?: {
    id: string;
    kind: string;
    claims?: {
      path?: string;
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      text?: string;
    }[];
    disagreements?: [number, number][];
  }[];
}

export interface ScoreOptions {
  /** The run fails when recall is below this (default 0). */
  minRecall?: number;
  /** The run fails when more must-not-flag pairs than this are reported (default no limit). */
  maxFalseAlarms?: number;
}

export interface Score {
  recall: number;
  coreFound: number;
  core: number;
  stretchFound: number;
  stretch: number;
  /** Must-not-flag pairs that were reported. */
  violated: number;
  mustNot: number;
  reportedPairs: number;
  /** Reported disagreements that touch no gold entry. */
  unreviewed: number;
  /** What the verbose scorer prints before the summary: found, missed, false alarms, then unreviewed pairs. */
  lines: string[];
  /** The scorer's last line: `recall=… stretch=… false_alarms=… reported_pairs=… unreviewed=…`. */
  summary: string;
  /** Both thresholds of `opts` are met. */
  passed: boolean;
}

/** A located mention or claim: UTF-16 offsets into one file's text. */
interface Place {
  file: string;
  start: number;
  end: number;
  text: string;
}

interface ReportedPair {
  kind: string;
  id: string;
  a: Place;
  b: Place;
  matched: boolean;
}

/** The base name of a path in either separator style: reports name files by path, gold by base name. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/**
 * @param texts the corpus, keyed by file base name, as read from disk (a UTF-8 BOM kept, as the shared scorer does)
 * @throws when a gold mention does not stand in its file: the gold and the corpus do not belong together
 */
export function scoreReport(gold: Gold, texts: Map<string, string>, report: ScoredReport, opts: ScoreOptions = {}): Score {
  // The shared scorer counts lines by "\n" alone; so must we, or CR-only files would score differently.
  const lineStarts = new Map<string, number[]>();
  const startsOf = (file: string): number[] | undefined => {
    const text = texts.get(file);
    if (text === undefined) return undefined;
    let starts = lineStarts.get(file);
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
      lineStarts.set(file, starts);
    }
    return starts;
  };
  const offset = (starts: number[], pos: { line: number; character: number }): number =>
    pos.line >= starts.length ? Infinity : starts[pos.line] + pos.character;

  const locate = (m: GoldMention): Place => {
    const text = texts.get(m.file);
    const occurrence = m.occurrence ?? 1;
    let at = -1;
    for (let n = 0; n < occurrence; n++) {
      at = text === undefined ? -1 : text.indexOf(m.text, at + 1);
      if (at < 0) throw new Error(`gold mention not found: ${m.file}: ${JSON.stringify(m.text)} #${occurrence}`);
    }
    return { file: m.file, start: at, end: at + m.text.length, text: m.text };
  };

  const pairs: ReportedPair[] = [];
  for (const c of report.conflicts ?? []) {
    const claims = (c.claims ?? []).map((cl): Place | null => {
      const file = baseName(cl.path ?? "");
      const starts = startsOf(file);
      if (!starts) return null;
      return { file, start: offset(starts, cl.range.start), end: offset(starts, cl.range.end), text: cl.text ?? "" };
    });
    for (const [i, j] of c.disagreements ?? []) {
      const a = claims[i];
      const b = claims[j];
      if (a && b) pairs.push({ kind: c.kind, id: c.id, a, b, matched: false });
    }
  }

  const overlaps = (cl: Place, m: Place) => cl.file === m.file && cl.start < m.end && m.start < cl.end;
  const hit = (cl: Place, ms: Place[]) => ms.filter((m) => overlaps(cl, m));
  // A disagreement covers two mention sets when its claims overlap one mention of each, and not the
  // same mention: with A = B, one long claim over two mentions must not count as a pair.
  const covers = (p: ReportedPair, msA: Place[], msB: Place[]) => {
    const pick = (x: Place, y: Place) => hit(x, msA).some((m) => hit(y, msB).some((n) => n !== m));
    return pick(p.a, p.b) || pick(p.b, p.a);
  };

  let core = 0;
  let coreFound = 0;
  let stretch = 0;
  let stretchFound = 0;
  const lines: string[] = [];
  for (const c of gold.conflicts) {
    const ms = c.mentions.map(locate);
    const inFile = (f: string) => ms.filter((m) => m.file === f);
    for (const [fa, fb] of [...(c.conflicting_pairs ?? []), ...(c.optional_pairs ?? [])]) {
      const hits = pairs.filter((p) => covers(p, inFile(fa), inFile(fb)));
      for (const p of hits) p.matched = true;
      const optional = (c.optional_pairs ?? []).some(([x, y]) => x === fa && y === fb);
      if (optional) continue;
      if (c.stretch) {
        stretch++;
        if (hits.length) stretchFound++;
      } else {
        core++;
        if (hits.length) coreFound++;
      }
      lines.push(`${hits.length ? "found " : "MISSED"} ${c.stretch ? "(stretch) " : ""}${c.id}: ${fa} ~ ${fb}`);
    }
  }

  let mustNot = 0;
  let violated = 0;
  for (const e of gold.must_not_flag ?? []) {
    const ms = e.mentions.map(locate);
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        if (ms[i].file === ms[j].file) continue;
        mustNot++;
        const bad = pairs.filter(
          (p) =>
            (!e.kinds || e.kinds.includes(p.kind)) &&
            ((overlaps(p.a, ms[i]) && overlaps(p.b, ms[j])) || (overlaps(p.a, ms[j]) && overlaps(p.b, ms[i]))),
        );
        for (const p of bad) p.matched = true;
        if (bad.length) {
          violated++;
          lines.push(
            `FALSE ALARM ${e.id}: ${ms[i].file} "${ms[i].text}" ~ ${ms[j].file} "${ms[j].text}" ` +
              `(reported as ${bad[0].kind} in ${bad[0].id})`,
          );
        }
      }
    }
  }

  const unmatched = pairs.filter((p) => !p.matched);
  for (const p of unmatched) lines.push(`unreviewed ${p.kind} ${p.id}: ${p.a.file} "${p.a.text}" ~ ${p.b.file} "${p.b.text}"`);

  const recall = core ? coreFound / core : 1;
  const summary =
    `recall=${recall.toFixed(2)} (${coreFound}/${core}) stretch=${stretchFound}/${stretch} ` +
    `false_alarms=${violated}/${mustNot} reported_pairs=${pairs.length} unreviewed=${unmatched.length}`;
  const passed = recall >= (opts.minRecall ?? 0) && violated <= (opts.maxFalseAlarms ?? Infinity);
  return {
    recall,
    coreFound,
    core,
    stretchFound,
    stretch,
    violated,
    mustNot,
    reportedPairs: pairs.length,
    unreviewed: unmatched.length,
    lines,
    summary,
    passed,
  };
}
