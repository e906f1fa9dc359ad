/**
 * A corpus of hostile files, generated (never committed): what a user's folder may hold besides
 * articles. Shared by the engine's, the command line's and the language server's reliability tests.
 * Each file says whether a face must refuse it (and with which words in the reason) or analyse it.
 */

export interface NastyFile {
  name: string;
  bytes: Uint8Array;
  /** Refused with a reason matching this; undefined: analysed (maybe with nothing to say). */
  refused?: RegExp;
  /** Refused only because of a size limit (the engine itself has none). */
  tooLarge?: boolean;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};

/**
 * A short article invented for these tests, about nothing the seeds report. It has no date line:
 * undated articles are read against the median date of the dated ones (see docs/RELIABILITY.md), so
 * a dated file would move the dates of the other undated ones, hostile or not.
 */
export const PLAIN = `Bridge reopens after repairs

The river bridge reopened on Sunday after repairs that cost about 2.5 million, the council said.
About 300 workers took part, according to the contractor. “It is safer than before,” the engineer said.
`;

/** Every decimal digit set Unicode has (\p{Nd}): the same figures in each script. */
function everyDigitSet(): string {
  const zeros: number[] = [];
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(cp)) && !/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) zeros.push(cp);
  }
  const inScript = (zero: number, digits: string) => [...digits].map((d) => String.fromCodePoint(zero + Number(d))).join("");
  return zeros.map((z) => `About ${inScript(z, "1200")} people and ${inScript(z, "3")},${inScript(z, "500")} homes were counted on Monday.`).join("\n");
}

/** Every other number character (\p{No}, \p{Nl}): fractions, superscripts, circled, Roman numerals. */
function everyNumberForm(): string {
  const chars: string[] = [];
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    const c = String.fromCodePoint(cp);
    if (/[\p{No}\p{Nl}]/u.test(c)) chars.push(c);
  }
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += 40) lines.push(`About ${chars.slice(i, i + 40).join(" ")} were reported.`);
  return lines.join("\n");
}

/** Digit groupings of many conventions, and separators that look like spaces or are invisible. */
const GROUPINGS = [
  "1,000,000", "1.000.000", "1 000 000", "1\u00a0000\u00a0000", "1\u202f000\u202f000", "1\u2009000\u2009000", "1'000'000",
  "1\u2019000\u2019000", "10,00,000", "1_000_000", "1,0,0,0", ",,,1", "1,,000", "1..5", "0.000000000000001", "1e308", "1e-308",
  "9".repeat(400), "1,".repeat(200) + "0", "-0", "+-5", "½", "1½", "3¼ million", "2⁵", "10²", "٣٫٥", "١٬٠٠٠", "1.5bn", "$1.2tn",
  "12,5 %", "15–20", "15—20", "15−20", "between 5 and", "from to 5", "NaN", "Infinity", "0x1F", "1/0",
];
const numbers = () =>
  `Figures in every form\n\n${GROUPINGS.map((g) => `Officials said ${g} people were evacuated on Monday.`).join("\n")}\n${everyDigitSet()}\n${everyNumberForm()}\n`;

const QUOTES = `Quotes nested and unbalanced

“He said ‘they told us “leave now” and we left’ before dawn,” a resident said.
«Nous avons dit „genug“ et ‹ assez ›», the mayor said.
"Straight "quotes" inside "straight" quotes," he said.
“An opening mark that never closes, said the spokesman, and the text goes on for a while.
” A closing mark with no opening one, said the official.
‘‘‘ ’’’ “““ ””” """ ''' 「引用」『二重』 ‚low‘ ‹›
“${"“".repeat(500)}${"”".repeat(300)}”
`;

const RTL = `خبر عاجل

قال المتحدث إن 1,200 شخص أُجلوا يوم الاثنين، وفق الدفاع المدني.
הדובר אמר כי 300 בתים נפגעו ביום שני, לפי העירייה.
Mixed \u202eReversed text 5,000 troops\u202c said the \u202bministry\u202c on Monday.
\u200f“\u05e9\u05dc\u05d5\u05dd,” said \u200eAbout 40\u200f people.
About \u2067400\u2069 residents were evacuated, \u2066the council\u2069 said.
`;

const ZERO_WIDTH = `Zero\u200bwidth\u200c characters\u200d everywhere\u2060

About 1\u200b000 people\u200b were\u200b evacuated\u200b on\u200b Monday, officials said.
\ufeffAbout 2\u2060500 homes lost power on Tuesday, the utility said.
“We\u200d are\u200c safe,” the\u00ad mayor\u034f said.
${"\u200b".repeat(5000)}
About 12${"\u200b".repeat(100)}000 troops were deployed, a spokesman said.
`;

const HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bridge reopens after repairs</title>
<script>var x = "About 900 people were evacuated"; if (a < b && c > d) { alert("“quoted”"); }</script>
<style>p { color: red; } /* 500 workers */</style></head>
<body><h1>Bridge reopens after repairs</h1>
<p class="dateline">The river bridge reopened on <b>Sunday</b> after repairs that cost about 2.5&nbsp;million, the council said.</p>
<p>About <span>300</span> workers took part, according to the contractor. &ldquo;It is safer than before,&rdquo; the engineer said.</p>
<!-- About 9,999 comments --><![CDATA[ 1,000 ]]>
<a href="https://example.com/?a=1&amp;b=2">Related Articles</a>
</body></html>
`;

/** 100,000 short lines: many sentences, many line breaks. */
function manyLines(): string {
  const out: string[] = ["One hundred thousand lines", ""];
  for (let i = 0; i < 100_000; i++) out.push(i % 10 === 0 ? `About ${i} homes were flooded on Monday.` : `line ${i}`);
  return out.join("\n") + "\n";
}

/** The hostile files, smallest first. `big` adds the 50 MB one-line file (about 50 MB in memory). */
export function nastyFiles(opts: { big?: boolean } = {}): NastyFile[] {
  const random = new Uint8Array(4096);
  let seed = 12345;
  for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const files: NastyFile[] = [
    { name: "empty.txt", bytes: new Uint8Array(), refused: /empty/ },
    { name: "only-bom.txt", bytes: Uint8Array.from([0xef, 0xbb, 0xbf]), refused: /whitespace/ },
    { name: "binary.txt", bytes: concat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), random), refused: /binary/ },
    { name: "controls.txt", bytes: utf8("\x01\x02\x03\x04\x05\x06\x07\x08 abc".repeat(50)), refused: /binary/ },
    { name: "invalid-utf8.txt", bytes: concat(utf8("Bridge reopens\n\nThe caf"), Uint8Array.from([0xe9]), utf8(" reopened on Sunday.\n")), refused: /not valid UTF-8 \(byte 0xE9 on line 3\)/ },
    { name: "truncated-utf8.txt", bytes: concat(utf8("About 300 workers took part"), Uint8Array.from([0xe2, 0x80])), refused: /not valid UTF-8/ },
    { name: "overlong-utf8.txt", bytes: concat(utf8("About "), Uint8Array.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), utf8(" 300 workers.\n")), refused: /not valid UTF-8/ },
    { name: "utf16le-bom.txt", bytes: utf16(PLAIN, false) },
    { name: "utf16be-bom.txt", bytes: utf16(PLAIN, true) },
    { name: "utf16-odd-length.txt", bytes: concat(utf16("About 300 workers took part.", false), Uint8Array.from([0x41])), refused: /UTF-16LE byte order mark but is not valid/ },
    { name: "utf8-bom.txt", bytes: concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(PLAIN)) },
    { name: "crlf.txt", bytes: utf8(PLAIN.replace(/\n/g, "\r\n")) },
    { name: "lone-cr.txt", bytes: utf8(PLAIN.replace(/\n/g, "\r")) },
    { name: "mixed-breaks.txt", bytes: utf8(PLAIN.replace(/\n/g, (_, i: number) => ["\n", "\r\n", "\r", "\u2028", "\u0085"][i % 5])) },
    { name: "numbers.txt", bytes: utf8(numbers()) },
    { name: "quotes.txt", bytes: utf8(QUOTES) },
    { name: "rtl.txt", bytes: utf8(RTL) },
    { name: "zero-width.txt", bytes: utf8(ZERO_WIDTH) },
    { name: "really-html.txt", bytes: utf8(HTML) },
    { name: "lone-surrogate-escape.txt", bytes: utf8("About 300 \\ud800 workers \uFFFD\uFFFE\uFFFF took part.\n") },
    { name: "many-lines.txt", bytes: utf8(manyLines()) },
  ];
  if (opts.big) files.push({ name: "one-line-50mb.txt", bytes: oneLine(50 * 1024 * 1024), tooLarge: true });
  return files;
}

/** One line of news-like words without a single line break, `size` bytes long. */
export function oneLine(size: number): Uint8Array {
  const unit = utf8("About 1,000 people were evacuated on Monday, officials said, and “the water rose” by 2.5 metres ");
  const out = new Uint8Array(size);
  for (let at = 0; at < size; at += unit.length) out.set(unit.subarray(0, Math.min(unit.length, size - at)), at);
  return out;
}
