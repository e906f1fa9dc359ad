import { EnvelopArmor } from "@escape.tech/graphql-armor";
import type { Plugin } from "graphql-yoga";

/**
 * Limits against abusive queries, checked before anything runs. Tuned so that the Relay queries in
 * docs/API.md and GraphiQL's default query pass with room to spare: the default query has depth 7,
 * 54 tokens and cost 3,411 (graphql-armor multiplies a selection's cost by a literal `first`, so the
 * same query with `first: 100` costs about 17,000 and still passes).
 */
export interface QueryLimits {
  /** Deepest selection (fields nested in fields, fragments flattened). */
  maxDepth: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** Lexical tokens in one document; checked while parsing. */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /**
   * graphql-armor's cost: an object 2, a scalar 1, a child's cost × 1.5 per level, and a selection
   * with a literal `first: n` × n (a `first` given as a variable is not counted).
   */
  maxCost: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 20_000,
};

/** graphql-armor's envelop plugins for these limits; field suggestions are hidden when `hideSuggestions`. */
export function queryLimitPlugins(limits: QueryLimits, hideSuggestions: boolean): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  return armor.protect().plugins as Plugin[];
}
