/** The command line as a library: run it with your own streams, or use its parts. */
export { main } from "./main.js";
export { checkCommand } from "./commands/check.js";
export { evalCommand } from "./commands/eval.js";
export type { Io, Output } from "./io.js";
export { readInputs, DEFAULT_MAX_SIZE, type InputFile, type InputError, type ReadOptions } from "./readInputs.js";
export { decodeArticle, type Decoded } from "@proj/model";
export { analyse } from "./analyse.js";
export { formatStylish, formatInputErrors, type StylishOptions } from "./formats/stylish.js";
export { formatJson } from "./formats/json.js";
export { formatSarif, type SarifOptions } from "./formats/sarif.js";
export { formatJsonLd } from "./formats/jsonld.js";
