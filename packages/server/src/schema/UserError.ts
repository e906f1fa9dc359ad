import type { UserError } from "../validateArticle.js";
import { builder } from "./builder.js";

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  values: ["BLANK", "BINARY", "TOO_LARGE", "INVALID", "DUPLICATE", "NOT_FOUND"] as const,
});

export const UserErrorRef = builder.objectRef<UserError>("UserError").implement({
  description: "Input the server refused, as data: which field, why, and a message for a person.",
  fields: (t) => ({
    field: t.exposeStringList("field", { description: 'Path to the input field at fault, such as ["input", "text"].' }),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
    message: t.exposeString("message"),
  }),
});
