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
            range: {
                start: {
                    line: number;
                    character: number;
                };
                end: {
                    line: number;
                    character: number;
                };
            };
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
/**
 * @param texts the corpus, keyed by file base name, as read from disk (a UTF-8 BOM kept, as the shared scorer does)
 * @throws when a gold mention does not stand in its file: the gold and the corpus do not belong together
 */
export declare function scoreReport(gold: Gold, texts: Map<string, string>, report: ScoredReport, opts?: ScoreOptions): Score;
//# sourceMappingURL=scoreReport.d.ts.map