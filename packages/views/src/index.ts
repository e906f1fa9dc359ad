export { renderReport, type RenderOptions } from "./renderReport.js";
export { renderArticle, type ArticlePage } from "./renderArticle.js";
export { fileHref, type Href, type LinkTarget } from "./links.js";
export { esc } from "./html.js";
