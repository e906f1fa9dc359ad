#!/usr/bin/env node
// What the libraries the engine is built on cost by themselves, against wink-nlp's bare tokenizer on
// the same articles (the reference of the "half the tokenizer's throughput" target).
//
//   node bench/floor.mjs [--n 1000] [--seed 1] [--rounds 3]
//
// A throughput of half the tokenizer's leaves the whole analysis twice the tokenizer's time. This
// prints how much of that the sentence splitter (Intl.Segmenter, and the engine's splitter built on
// it) and the date parser (chrono-node, on each sentence that has a date word) take alone, with no
// extraction, no relating and no report. Best of `rounds` runs, after a warm-up. Exit code always 0.

import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import * as chrono from "chrono-node";
import { splitSentences } from "@proj/model";
import { generateCorpus } from "./generate.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i < 0 ? dflt : args[i + 1]; };
const n = Number(opt("n", 1000));
const rounds = Number(opt("rounds", 3));
const texts = generateCorpus(n, Number(opt("seed", 1))).files.map((f) => f.text);
const warm = generateCorpus(60, 1001).files.map((f) => f.text);
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

const bare = winkNLP(model, []);
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// the words that send a sentence to the date parser (months, weekdays, years, relative days)
const DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow|ago|(?:19|20)\d\d)\b/i;
const datedSentences = texts.map((t) => splitSentences(t).map((s) => s.text).filter((s) => DATE_WORD.test(s)));
const warmDated = warm.map((t) => splitSentences(t).map((s) => s.text).filter((s) => DATE_WORD.test(s)));
const ref = new Date(Date.UTC(2025, 0, 15));

const jobs = {
  "wink-nlp bare tokenizer (reference)": (all) => { for (const t of all.texts) bare.readDoc(t).tokens().length(); },
  "Intl.Segmenter sentences": (all) => { for (const t of all.texts) for (const _ of segmenter.segment(t)); },
  "engine's sentence splitter": (all) => { for (const t of all.texts) splitSentences(t); },
  "chrono-node on sentences with a date word": (all) => { for (const list of all.dated) for (const s of list) chrono.parse(s, ref, { forwardDate: false }); },
};

for (const job of Object.values(jobs)) job({ texts: warm, dated: warmDated });
const best = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, job] of Object.entries(jobs)) {
    const t = performance.now();
    job({ texts, dated: datedSentences });
    const s = (performance.now() - t) / 1000;
    best[name] = Math.min(best[name] ?? Infinity, s);
  }
}
const ref0 = best["wink-nlp bare tokenizer (reference)"];
console.log(`floor: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB, ${datedSentences.reduce((s, l) => s + l.length, 0)} sentences with a date word; best of ${rounds}`);
console.log(`${"".padEnd(44)}${"s".padStart(8)}${"articles/s".padStart(12)}${"x tokenizer time".padStart(18)}`);
for (const [name, s] of Object.entries(best)) console.log(`${name.padEnd(44)}${s.toFixed(3).padStart(8)}${(n / s).toFixed(0).padStart(12)}${(s / ref0).toFixed(2).padStart(18)}`);
const libs = best["engine's sentence splitter"] + best["chrono-node on sentences with a date word"];
console.log(`half the tokenizer's throughput allows the whole analysis ${(2 * ref0).toFixed(3)} s (2.00 x tokenizer time);`);
console.log(`splitting and date parsing alone take ${libs.toFixed(3)} s (${(libs / ref0).toFixed(2)} x), leaving ${Math.max(0, 2 * ref0 - libs).toFixed(3)} s (${Math.max(0, 2 - libs / ref0).toFixed(2)} x) for everything else.`);
