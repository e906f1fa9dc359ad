import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import "./Span.js";
import "./Source.js";
import "./Claim.js";
import "./Conflict.js";
import "./Entity.js";
import "./Event.js";
import "./UserError.js";
import "./Query.js";
import "./Mutation.js";
import "./Subscription.js";

export type { Context } from "./builder.js";

export const schema: GraphQLSchema = builder.toSchema();

/** The schema as SDL, sorted so that the printed file changes only when the schema does. */
export function printSortedSchema(): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
