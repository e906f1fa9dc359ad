/**
 * The page's one style sheet. Colours are custom properties: light by default, dark under
 * `prefers-color-scheme: dark`, and in a VS Code webview the editor's own colours (its
 * `--vscode-*` variables and the `vscode-light`/`vscode-dark` body classes) win. Every state colour
 * pair keeps a contrast of at least 4.5:1; the state is also written out and marked with an icon.
 */
const LIGHT = `--bg:#ffffff;--fg:#1c1c1c;--muted:#555555;--border:#c9c9c9;--head:#f2f2f2;--link:#0b57c2;
--agrees-bg:#e2f3e5;--agrees-fg:#12561f;--compatible-bg:#fff2c6;--compatible-fg:#5a4100;
--conflicts-bg:#fde0df;--conflicts-fg:#971a13;--silent-bg:transparent;--silent-fg:#555555;--ins:#c9ecd2;--del:#f8d2d0;`;
const DARK = `--bg:#1e1e1e;--fg:#e8e8e8;--muted:#b4b4b4;--border:#4d4d4d;--head:#2a2a2a;--link:#8cb8ff;
--agrees-bg:#173a21;--agrees-fg:#a6e3b1;--compatible-bg:#3b3112;--compatible-fg:#f2d47c;
--conflicts-bg:#4a1c1a;--conflicts-fg:#ffb8b0;--silent-bg:transparent;--silent-fg:#b4b4b4;--ins:#1f4d2c;--del:#5e2422;`;

export const STYLE = `:root{color-scheme:light dark;${LIGHT}}
@media (prefers-color-scheme:dark){:root{${DARK}}}
body.vscode-light{${LIGHT}}
body.vscode-dark,body.vscode-high-contrast{${DARK}}
*{box-sizing:border-box}
body{margin:0;padding:1rem;background:var(--vscode-editor-background,var(--bg));color:var(--vscode-editor-foreground,var(--fg));
font:15px/1.45 var(--vscode-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif)}
a{color:var(--vscode-textLink-foreground,var(--link))}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:0}h3{font-size:1rem;margin:1.25rem 0 .5rem}h4{font-size:.95rem;margin:.75rem 0 .25rem}
header p,.meta,.note,.none,small{color:var(--vscode-descriptionForeground,var(--muted))}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0;list-style:none}
.legend li{padding:.1rem .5rem;border-radius:.25rem}
nav ol{margin:.25rem 0 0;padding-left:1.25rem}
.filter{display:inline-flex;gap:.4rem;align-items:center;margin:.5rem 0}
.event{border-top:1px solid var(--border);margin-top:1.25rem;padding-top:1rem;content-visibility:auto;contain-intrinsic-size:auto 40rem}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus-visible{outline:2px solid var(--link)}
table.matrix{border-collapse:collapse;min-width:100%}
.matrix caption{text-align:left;color:var(--vscode-descriptionForeground,var(--muted));padding:.25rem 0}
.matrix th,.matrix td{border:1px solid var(--border);padding:.35rem .5rem;text-align:left;vertical-align:top}
.matrix thead th{background:var(--vscode-editorWidget-background,var(--head));min-width:8rem;font-weight:600;word-break:break-all}
.matrix thead th small{display:block;font-weight:400;word-break:normal}
.matrix tbody th{position:sticky;left:0;z-index:1;background:var(--vscode-editor-background,var(--bg));min-width:11rem;max-width:18rem;font-weight:600}
.col{display:inline-block;min-width:1.4em;text-align:center;border:1px solid var(--border);border-radius:.25rem;font-size:.8em}
.cell{min-width:8rem}
.cell .val{display:block}
.cell .val a,.lane a,.qsrc a{color:inherit}
.st{display:block;font-size:.85em;font-weight:600}
.ic{display:inline-block;width:1.1em;text-align:center}
.s-agrees{background:var(--agrees-bg);color:var(--agrees-fg)}
.s-compatible{background:var(--compatible-bg);color:var(--compatible-fg)}
.s-conflicts{background:var(--conflicts-bg);color:var(--conflicts-fg)}
.s-silent{background:var(--silent-bg);color:var(--silent-fg)}
.s-silent .st{font-weight:400}
.badge{display:inline-block;margin-left:.4rem;padding:0 .35rem;border-radius:.25rem;font-size:.8em;font-weight:600;white-space:nowrap}
.reviewed{border:1px solid var(--border)}
.timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--border)}
.timeline li{margin:0 0 .6rem;padding-left:.75rem}
.timeline .what{font-weight:600}
.lanes{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.25rem}
.lane{border:1px solid var(--border);border-radius:.35rem;padding:.3rem .5rem;min-width:10rem;flex:0 1 auto}
.lane time{display:block;font-weight:700}
.lane .who,.lane .where{display:block;font-size:.85em;word-break:break-all}
.disagrees .lanes{flex-wrap:nowrap;overflow-x:auto}
.renderings{padding-left:1.25rem}
.renderings blockquote{margin:.2rem 0 .6rem;padding:.3rem .6rem;border-left:3px solid var(--border)}
ins{background:var(--ins);text-decoration:underline;font-weight:600}
del{background:var(--del);text-decoration:line-through}
ins,del{color:inherit;padding:0 .1rem}
body:has(#only-disputed:checked) .matrix tbody tr:not([data-state=conflicts]),
body:has(#only-disputed:checked) .event[data-conflicts="0"]{display:none}
@media (max-width:40rem){body{padding:.6rem;font-size:14px}.matrix tbody th{min-width:8rem}.cell,.matrix thead th{min-width:6.5rem}}
@media print{.event{content-visibility:visible}.filter{display:none}}`;
