import { Kind, print, type DocumentNode, type ExecutionResult } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { App } from "./app.js";

/**
 * Answers to queries, kept until the corpus changes: every answer is computed from the corpus alone,
 * so the same query with the same variables over the same corpus version gets the same answer.
 * Mutations and subscriptions are never cached, nor answers with errors.
 */
export function responseCache(app: App, maxEntries = 256): Plugin {
  let version = -1;
  const answers = new Map<string, ExecutionResult>();
  // yoga keeps one parsed document per query text: printing each once is enough
  const printed = new WeakMap<DocumentNode, string>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = args.document.definitions.find(
        (d: DocumentNode["definitions"][number]) => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
      );
      if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== "query") return;
      if (app.version !== version) {
        answers.clear();
        version = app.version;
      }
      let text = printed.get(args.document);
      if (text === undefined) printed.set(args.document, (text = print(args.document)));
      const key = `${args.operationName ?? ""}\n${JSON.stringify(args.variableValues ?? {})}\n${text}`;
      const cached = answers.get(key);
      if (cached) return setResultAndStopExecution(cached);
      const computedAt = app.version;
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || result.errors?.length || app.version !== computedAt || version !== computedAt) return;
          // the oldest answer goes first once the cache is full
          if (answers.size >= maxEntries) answers.delete(answers.keys().next().value!);
          answers.set(key, result);
        },
      };
    },
  };
}
