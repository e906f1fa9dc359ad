/**
 * What the server accepts as an article, with a reason a person can act on when it refuses. What
 * counts as binary is the engine's rule, shared with the command line and the editor.
 */

import { binaryReason } from "@proj/model";

export type UserErrorCode = "BLANK" | "BINARY" | "TOO_LARGE" | "INVALID" | "DUPLICATE" | "NOT_FOUND";

export interface UserError {
  /** Path to the input field at fault, as GraphQL clients expect it: ["input", "text"]. */
  field: string[];
  code: UserErrorCode;
  message: string;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;
const MAX_URI_LENGTH = 2048;
const MAX_TITLE_LENGTH = 500;

export interface ArticleInput {
  text: string;
  uri?: string | null;
  title?: string | null;
}

export function validateArticle(input: ArticleInput, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): UserError[] {
  const errors: UserError[] = [];
  const text = input.text;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) {
    errors.push({ field: ["input", "text"], code: "TOO_LARGE", message: `text is ${bytes} bytes; the limit is ${maxBytes} bytes` });
  } else if (/^\s*$/.test(text)) {
    errors.push({ field: ["input", "text"], code: "BLANK", message: "text is empty or only whitespace" });
  } else {
    const binary = binaryReason(text);
    if (binary) errors.push({ field: ["input", "text"], code: "BINARY", message: `text looks binary, not prose: ${binary}` });
  }
  if (input.uri != null) {
    const uri = input.uri;
    if (uri.length > MAX_URI_LENGTH) {
      errors.push({ field: ["input", "uri"], code: "INVALID", message: `uri is longer than ${MAX_URI_LENGTH} characters` });
    } else if (/\s/.test(uri) || !URL.canParse(uri)) {
      errors.push({ field: ["input", "uri"], code: "INVALID", message: "uri must be an absolute URI without spaces, such as https://example.com/story or file:///path/story.txt" });
    }
  }
  if (input.title != null && (input.title.length > MAX_TITLE_LENGTH || /[\r\n]/.test(input.title) || !input.title.trim())) {
    errors.push({ field: ["input", "title"], code: "INVALID", message: `title must be one non-empty line of at most ${MAX_TITLE_LENGTH} characters` });
  }
  return errors;
}
