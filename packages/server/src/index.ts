/** The GraphQL server as a library: start it in-process, or use its schema and store. */
export { startServer, defaultMaxBodyBytes, type ServerOptions, type RunningServer, type Loaded } from "./server.js";
export { defaultQueryLimits, type QueryLimits } from "./queryLimits.js";
export { main } from "./main.js";
export { App, contentUri, defaultLimits, type Limits, type AddSourceResult, type RemoveSourceResult } from "./app.js";
export { schema, printSortedSchema, type Context } from "./schema/index.js";
export { validateArticle, DEFAULT_MAX_ARTICLE_BYTES, type UserError, type UserErrorCode } from "./validateArticle.js";
export type { ArticleStore, Article, NewArticle } from "./store/articleStore.js";
export { SqlArticleStore } from "./store/sqlArticleStore.js";
export { openPgliteStore } from "./store/pglite.js";
export { openPostgresStore } from "./store/postgres.js";
export { migrate } from "./store/migrate.js";
export { serveProcess } from "./serveProcess.js";
