/** What GraphiQL opens with: the conflicts, each claim with its value and where it stands. */
export const defaultQuery = `# Conflicts across the articles, with what each source says.
# Other examples: sources(first: 5) { edges { node { uri title date } } }
#                 events { edges { node { title date sources { uri } } } }
#                 node(id: "…") { ... on Source { uri conflicts { subject } } }
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
