import type { Claim, Conflict, Relation } from "@proj/model";
import { builder } from "./builder.js";
import { ClaimRef } from "./Claim.js";

export const ConflictKindEnum = builder.enumType("ConflictKind", {
  values: {
    QUANTITY: { value: "quantity" },
    DATE: { value: "date" },
    ATTRIBUTION: { value: "attribution" },
    QUOTE: { value: "quote" },
    OTHER: { value: "other" },
  } as const,
});

export const SeverityEnum = builder.enumType("Severity", {
  values: { WARNING: { value: "warning" }, INFORMATION: { value: "information" } } as const,
});

interface Disagreement {
  a: Claim;
  b: Claim;
  relation?: Relation;
}

const DisagreementRef = builder.objectRef<Disagreement>("Disagreement").implement({
  description: "Two claims of a conflict that cannot both be true.",
  fields: (t) => ({
    a: t.field({ type: ClaimRef, resolve: (d) => d.a }),
    b: t.field({ type: ClaimRef, resolve: (d) => d.b }),
    kind: t.string({ nullable: true, description: "conflicts, attribution-differs, quote-reworded or dates-inconsistent.", resolve: (d) => d.relation?.kind ?? null }),
    explanation: t.string({ nullable: true, description: "One sentence a person can check against both articles.", resolve: (d) => d.relation?.explanation ?? null }),
  }),
});

function disagreements(c: Conflict): Disagreement[] {
  return c.disagreements.map(([i, j]) => {
    const a = c.claims[i];
    const b = c.claims[j];
    const relation = c.relations.find((r) => (r.a === a.id && r.b === b.id) || (r.a === b.id && r.b === a.id));
    return { a, b, relation };
  });
}

export const ConflictRef = builder.objectRef<Conflict>("Conflict");

builder.node(ConflictRef, {
  description: "Claims about one subject, at least two of which disagree.",
  id: { resolve: (c) => c.id },
  loadOne: (id, ctx) => ctx.app.conflict(id) ?? null,
  fields: (t) => ({
    kind: t.field({ type: ConflictKindEnum, resolve: (c) => c.kind }),
    subject: t.exposeString("subject", { description: "What is measured or said." }),
    message: t.exposeString("message"),
    severity: t.field({ type: SeverityEnum, resolve: (c) => c.severity }),
    claims: t.field({ type: [ClaimRef], description: "Every claim about the subject, agreeing ones included.", resolve: (c) => c.claims }),
    disagreements: t.field({ type: [DisagreementRef], resolve: disagreements }),
  }),
});
