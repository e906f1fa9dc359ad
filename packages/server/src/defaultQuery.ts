/**
 * What GraphiQL opens with: one tab per question an analyst asks first, each ready to run without
 * variables (the lists' first item stands for "one event", "one source").
 */

/** All conflicts with their claims and sources: the first tab, and what GraphiQL shows on a fresh start. */
export const defaultQuery = `# Every conflict, with what each source says.
# Other tabs: one event and its sources;
# what one source says that others contradict.
# Pictures of the stored articles (claim matrix,
# timeline, quotes): /report; as JSON-LD: /report.jsonld
query Conflicts {
  conflicts(first: 20) {
    edges {
      node {
        id
        kind
        subject
        message
        claims {
          text
          value
          source { uri title }
          range { start { line character } end { line character } }
        }
        disagreements { explanation }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export const eventQuery = `# One event with the sources that report it
# (next: events(first: 1, after: "<endCursor>");
# its conflicts: conflicts(event: "<id>")).
query EventWithSources {
  events(first: 1) {
    edges {
      node {
        id
        title
        date
        places
        participants
        sources { uri title date publisher }
        subEvents { what date places }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export const sourceQuery = `# What one source says that others contradict:
# its claims in conflicts, and each conflict with
# every source's claim. One article: source(uri: "…").
query WhatOneSourceSaysThatOthersContradict {
  sources(first: 1, onlyConflicting: true) {
    edges {
      node {
        uri
        title
        date
        claims(onlyConflicting: true) { kind text value range { start { line character } } }
        conflicts {
          kind
          subject
          message
          claims { value text source { uri title } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/** GraphiQL's tabs on a first visit (a browser that has used it before keeps its own). */
export const exampleTabs = [{ query: defaultQuery }, { query: eventQuery }, { query: sourceQuery }];
