#!/usr/bin/env node
// The reference for bench/server.mjs: a bare graphql-yoga server answering { hello } on node:http,
// with yoga's defaults (no limits, no store). Prints its URL on stdout.
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";

const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
  graphiql: false,
  logging: false,
});
const server = createServer(yoga);
server.listen(0, "127.0.0.1", () => console.log(`listening at http://127.0.0.1:${server.address().port}/graphql`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
