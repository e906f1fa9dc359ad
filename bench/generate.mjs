#!/usr/bin/env node
// Deterministic generator of a synthetic multi-source news corpus with known conflicts.
//
//   node bench/generate.mjs [N=50] [--seed S] [--out DIR]
//     writes DIR (default bench/.corpus/<N>/) with N .txt articles and gold.json
//     (format: shared/eval/GOLD-FORMAT.md, so `corroborate eval` and score.mjs can score it)
//
//   import { generateCorpus } from "./generate.mjs";
//   const { files, gold } = generateCorpus(1000, 1); // files: [{ name, text }]
//
// Events (floods, factory fires, earthquakes, strikes, elections, ferry sinkings, protests,
// wildfires) are each reported by 3-6 articles of about 4 KB from outlets with different styles.
// Every figure and date an article states is consistent with the event's true value, except the
// injected conflicts, which the gold records together with must-not-flag pairs:
//   <event>-<fact>            conflicts: one article states an incompatible figure or date
//   <event>-ok-<fact>         compatible wordings of the same fact ("more than 3,000" / "about 3,400")
//   <event>-trap-<what>       different measures that look alike (town population vs evacuees,
//                             deaths vs injuries, publication date vs event date)
//   xev-<e1>-<e2>-<fact>      the same measure in two different events
// Math.random is never used: the same (N, seed) gives the same bytes.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CIVIC_GENERIC, DISASTER_GENERIC, EXPLAINER, FACTS, GENERIC, SOURCES, TRANSLATED_FACT, TRANSLATED_FACT_NOUNLESS, TRANSLATED_PREFIX, TYPES, UK_SPELLING,
} from "./prose.mjs";

// ---------------------------------------------------------------------------------------------
// PRNG (sfc32 seeded through splitmix32)

function splitmix32(a) {
  return () => {
    a |= 0;
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

class Rng {
  constructor(seed) {
    const s = splitmix32(seed >>> 0);
    this.a = s(); this.b = s(); this.c = s(); this.d = s();
    for (let i = 0; i < 12; i++) this.next();
  }
  next() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return (t >>> 0) / 4294967296;
  }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  real(lo, hi) { return lo + this.next() * (hi - lo); }
  logInt(lo, hi) { return Math.round(Math.exp(this.real(Math.log(lo), Math.log(hi)))); }
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [arr[i], arr[j]] = [arr[j], arr[i]];
    }
    return arr;
  }
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

// ---------------------------------------------------------------------------------------------
// Invented names: syllables, never real people (there are no people at all).

const ONSETS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr", "st", "g", "h", "p", "f", "sk", "gl", "th", "vr"];
const NUCLEI = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou"];
const CODAS = ["", "", "", "n", "r", "l", "s", "m", "rk", "nd", "sh", "v", "t", "z"];
const ENDINGS = ["a", "ora", "ovo", "esk", "ine", "avia", "ar", "ano", "eth", "ira", "ul", "enk", "ia", "ost", "ada"];

function makeName(rng, syllables) {
  let s = "";
  for (let i = 0; i < syllables; i++) s += rng.pick(ONSETS) + rng.pick(NUCLEI) + (i < syllables - 1 ? rng.pick(CODAS) : "");
  s += rng.pick(ENDINGS);
  s = s.replace(/(.)\1\1+/g, "$1$1").replace(/([aeiou])([aeiou])([aeiou])/g, "$1$2");
  return s[0].toUpperCase() + s.slice(1);
}

class NamePool {
  constructor(rng) { this.rng = rng; this.used = new Set(); }
  take(syllables = 2) {
    for (let tries = 0; ; tries++) {
      const n = makeName(this.rng, syllables + Math.floor(tries / 20));
      if (n.length >= 5 && n.length <= 12 + Math.floor(tries / 20) && !this.used.has(n)) { this.used.add(n); return n; }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Outlets and styles

const OUTLETS = [
  { name: "Meridian Press Agency", short: "Meridian", style: "wire" },
  { name: "Continental Newswire", short: "CNW", style: "wire" },
  { name: "The Harbour Gazette", style: "uk" },
  { name: "Northern Ledger", style: "uk" },
  { name: "The Daily Courier", style: "us" },
  { name: "Valley Tribune", style: "us" },
  { name: "Eastern Herald International", style: "translated" },
  { name: "Global Tidings Service", style: "translated" },
  { name: "The Briefing Desk", style: "explainer" },
  { name: "Civic Notes", style: "explainer" },
  { name: "Lakeside Observer", style: "uk" },
  { name: "Metro Evening Post", style: "us" },
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const DAY = 86400000;

const iso = (t) => new Date(t).toISOString().slice(0, 10);
const ordinal = (d) => d + (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");

function explicitDate(t, style, rng) {
  const d = new Date(t);
  const day = d.getUTCDate(), mon = MONTHS[d.getUTCMonth()];
  if (style === "uk") return { pre: "on ", text: `${day} ${mon}` };
  if (style === "translated") return rng.chance(0.6) ? { pre: "on the ", text: `${ordinal(day)} of ${mon}` } : { pre: "on ", text: `${mon} ${ordinal(day)}` };
  if (style === "explainer") return rng.chance(0.5) ? { pre: "on ", text: `${day} ${mon}` } : { pre: "on ", text: `${mon} ${day}` };
  return { pre: "on ", text: `${mon} ${day}` };
}

/** How an article dates the event: weekday relative to its own date, "yesterday", or explicit. */
function stateDate(t, pub, style, rng) {
  const lag = pub === null ? null : Math.round((pub - t) / DAY);
  let s;
  if (lag !== null && lag >= 0 && lag <= 5 && rng.chance(0.55)) {
    s = { pre: rng.weighted([["on ", 6], ["early on ", 1], ["late on ", 1]]), text: WEEKDAYS[new Date(t).getUTCDay()] };
  } else if (lag === 1 && (style === "translated" || style === "uk") && rng.chance(0.3)) {
    s = { pre: "", text: "yesterday" };
  } else {
    s = explicitDate(t, style, rng);
  }
  return { ...s, iso: iso(t), kind: "date" };
}

function pubDateLines(pub, style, outlet, rng) {
  const d = new Date(pub);
  const day = d.getUTCDate(), m = d.getUTCMonth(), y = d.getUTCFullYear(), wd = WEEKDAYS[d.getUTCDay()];
  const hh = String(rng.int(5, 22)).padStart(2, "0"), mm = String(rng.int(0, 59)).padStart(2, "0");
  switch (style) {
    case "wire": return [`Published ${iso(pub)} ${hh}:${mm} UTC`];
    case "uk": return [rng.chance(0.5) ? `${wd} ${day} ${MONTHS[m]} ${y}` : `${day} ${MONTHS[m]} ${y}`, `By the ${outlet.name.replace(/^The /, "")} news desk`];
    case "us": return [rng.chance(0.5) ? `${MONTHS[m]} ${day}, ${y}` : `Updated ${MONTHS[m]} ${day}, ${y}`, `By ${outlet.name.replace(/^The /, "")} staff`];
    case "translated": return [`${String(day).padStart(2, "0")}.${String(m + 1).padStart(2, "0")}.${y}`, outlet.name];
    default: return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Figures and how they are stated

const FACT_NUM = {
  evacuated: { lo: 300, hi: 40000 },
  killed: { lo: 2, hi: 40 },
  injured: { lo: 6, hi: 300 },
  missing: { lo: 2, hi: 30 },
  homes: { lo: 25, hi: 3000 },
  firefighters: { lo: 40, hi: 400 },
  magnitude: { lo: 4.6, hi: 7.4, decimals: 1, exactOnly: true },
  strikers: { lo: 800, hi: 60000 },
  facilities: { lo: 4, hi: 60 },
  turnout: { lo: 38, hi: 78, decimals: 1, percent: true },
  seats: { exactOnly: true },
  stations: { lo: 300, hi: 4000 },
  onboard: { lo: 80, hi: 600 },
  rescued: {},
  protesters: { lo: 1500, hi: 120000, noExact: true },
  arrested: { lo: 5, hi: 200 },
  hospitalized: { lo: 3, hi: 90 },
  hectares: { lo: 300, hi: 25000 },
};

const LABEL = {
  evacuated: "people evacuated", killed: "people killed", injured: "people injured", missing: "people missing",
  homes: "homes destroyed", firefighters: "firefighters deployed", magnitude: "earthquake magnitude",
  strikers: "workers on strike", facilities: "sites shut by the strike", turnout: "turnout", seats: "seats won by the governing coalition",
  stations: "polling stations", onboard: "people on board", rescued: "people rescued", protesters: "size of the crowd",
  arrested: "people arrested", hospitalized: "people hospitalised", hectares: "hectares burned",
};

const fmtInt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function fmtNum(x, def, style, rng, allowWords) {
  if (def.decimals) return Number.isInteger(x) && !def.percent ? x.toFixed(1) : String(Math.round(x * 10) / 10);
  if (allowWords && x <= 9 && rng.chance(style === "translated" || style === "explainer" ? 0.4 : 0.85)) return WORDS[x];
  return fmtInt(x);
}
function withUnit(s, def, style) {
  if (!def.percent) return s;
  if (style === "uk") return `${s} per cent`;
  if (style === "translated") return `${s}%`;
  return `${s} percent`;
}

const STEPS = [10000, 5000, 1000, 500, 100, 50, 10, 5, 1, 0.5];
const roundTo = (x, s) => Math.round(x / s) * s;
const QUALS = {
  approx: ["about", "around", "approximately", "an estimated", "roughly", "some"],
  above: ["more than", "over"],
  atleast: ["at least"],
  near: ["nearly", "almost"],
};

/** Interval a statement allows at relative tolerance t (mirrors the engine's documented reading). */
function interval(st, t) {
  const x = st.x;
  switch (st.mode) {
    case "exact": return [x * (1 - t / 2), x * (1 + t / 2), false, false];
    case "approx": return [x * (1 - t), x * (1 + t), false, false];
    case "above": return [x, Infinity, true, false];
    case "atleast": return [x, Infinity, false, false];
    case "near": return [x * (1 - 2 * t), x, false, true];
    case "vague": return [st.lo, st.hi, false, false];
  }
}
function compatible(a, b, t) {
  const [al, ah, alo, aho] = interval(a, t), [bl, bh, blo, bho] = interval(b, t);
  if (ah < bl || bh < al) return false;
  if (ah === bl && (aho || blo)) return false;
  if (bh === al && (bho || alo)) return false;
  return true;
}

/** Round x for an "about"/"more than"/"nearly" statement; undefined when no round figure fits. */
function roundFor(mode, v, def) {
  const steps = def.decimals ? STEPS.filter((s) => s <= 10) : STEPS.filter((s) => s >= 5);
  for (const s of steps) {
    if (s > v / 3) continue;
    if (mode === "approx") {
      const x = roundTo(v, s);
      if (x > 0 && Math.abs(x - v) <= 0.025 * v) return x;
    } else if (mode === "above") {
      let x = Math.floor(v / s) * s;
      if (x >= v) x -= s;
      if (x >= 0.6 * v && x <= 0.97 * v) return x;
    } else if (mode === "atleast") {
      const x = Math.floor(v / s) * s;
      if (x >= 0.85 * v && x <= v) return x;
    } else if (mode === "near") {
      let x = Math.ceil(v / s) * s;
      if (x <= v) x += s;
      if (v / x >= 0.95) return x;
    }
  }
  return undefined;
}

/** One article's wording of the figure v: { mode, x, text, value }. */
function stateQuantity(v, key, style, rng, forceModes) {
  const def = FACT_NUM[key];
  const small = !def.decimals && v < 40;
  let modes = forceModes ?? (def.exactOnly ? [["exact", 1]] : small ? [["exact", 7], ["atleast", 3]]
    : [["exact", def.noExact ? 0 : 2], ["approx", 4], ["above", 2], ["atleast", 0.5], ["near", 1.5]]);
  for (let tries = 0; tries < 6; tries++) {
    const mode = rng.weighted(modes);
    let x = v;
    if (mode !== "exact") {
      x = small && mode === "atleast" ? v : roundFor(mode, v, def);
      if (x === undefined) { modes = modes.filter(([m]) => m !== mode); if (!modes.length) break; continue; }
    }
    const q = mode === "exact" ? "" : rng.pick(QUALS[mode]);
    const num = withUnit(fmtNum(x, def, style, rng, true), def, style);
    const sym = { exact: "", approx: "~", above: ">", atleast: ">=", near: "<~" }[mode];
    return { kind: "quantity", mode, x, text: q ? `${q} ${num}` : num, value: `${sym}${x}${def.percent ? "%" : ""}` };
  }
  return { kind: "quantity", mode: "exact", x: v, text: withUnit(fmtNum(v, def, style, rng, true), def, style), value: `${v}${def.percent ? "%" : ""}` };
}

/** A clearly wrong figure for an injected conflict. */
function wrongValue(v, key, rng, total) {
  const def = FACT_NUM[key];
  if (key === "magnitude") return Math.round((v + (rng.chance(0.5) ? 1 : -1) * rng.real(0.7, 1.2)) * 10) / 10;
  if (key === "turnout") { const w = v + (rng.chance(0.5) || v > 68 ? -1 : 1) * rng.real(12, 20); return Math.round(w * 10) / 10; }
  const up = key === "seats" ? v * 1.35 < total : rng.chance(0.5);
  const f = up ? rng.real(1.5, 1.9) : rng.real(0.45, 0.65);
  let w = v * f;
  if (v < 40) w = Math.max(1, Math.round(w));
  else w = Number(w.toPrecision(rng.chance(0.5) ? 2 : 3));
  if (Math.abs(w - v) < 2) w = v + 3;
  if (def.decimals) w = Math.round(w * 10) / 10;
  return w;
}

const VAGUE = [
  [24, 99, "dozens"], [200, 999, "hundreds"], [2000, 9999, "thousands"], [20000, 99999, "tens of thousands"],
];
const vagueOf = (v) => VAGUE.find(([lo, hi]) => v >= lo * 1.1 && v <= hi * 0.9);

// ---------------------------------------------------------------------------------------------
// Events

const TYPE_NAMES = Object.keys(TYPES);
const CIVIC_TYPES = new Set(["strike", "election", "protest"]);
const PLANTS = [
  ["textile factory", "fabrics and work clothing"], ["plastics recycling plant", "recycled pellets for packaging"],
  ["furniture factory", "kitchen and office furniture"], ["paint warehouse", "paints and varnishes for the construction trade"],
  ["chemical plant", "fertilizers and industrial cleaning products"], ["tire depot", "retreaded tires for trucks"],
  ["food processing plant", "canned vegetables and frozen meals"],
];
const SECTORS = [
  { sector: "port workers", service: "container traffic", facilities: "container terminals", max: 12 },
  { sector: "rail workers", service: "most passenger and freight trains", facilities: "rail depots", max: 40 },
  { sector: "bus drivers", service: "bus services", facilities: "bus depots", max: 40 },
  { sector: "miners", service: "coal production", facilities: "mines", max: 25 },
  { sector: "hospital staff", service: "all but emergency care", facilities: "hospitals", max: 30 },
  { sector: "refinery workers", service: "fuel deliveries", facilities: "fuel depots", max: 20 },
];
const REASONS = [
  "a rise in fuel prices", "the pension reform", "a new mining law", "higher water tariffs", "cuts to public transport",
  "the closure of rural schools", "a planned toll on the coastal motorway",
];

function kmText(km, style) {
  const miles = Math.round(km * 0.621371);
  if (style === "us") return `${km} kilometers (${miles} miles)`;
  if (style === "wire") return `${km} km (${miles} miles)`;
  if (style === "uk") return `${km} km`;
  return `${km} kilometers`;
}

function makeEvent(id, type, rng, names, t0) {
  const date = t0 + rng.int(0, 900) * DAY;
  const town = names.take(rng.int(1, 2));
  const region = names.take(2);
  const capital = names.take(rng.int(1, 2));
  const ctx = {
    town, region, capital,
    river: names.take(1), port: names.take(1), island: names.take(1), square: `${names.take(1)} Square`,
    popV: rng.logInt(9000, 300000), distKm: rng.int(4, 40) * 10, year: rng.int(1987, 2019),
    levelM: rng.int(18, 52) / 10, raindays: rng.pick(["two", "three", "four", "five"]), epiKm: rng.int(8, 60),
    depthKm: rng.pick([8, 10, 12, 15, 20]), age: rng.int(22, 45), windKmh: rng.int(6, 12) * 10,
    hours: rng.pick([24, 48, 72]), demandPct: rng.int(8, 20), seatsTotal: rng.pick([80, 100, 120, 150]),
    votersM: rng.int(8, 45) / 10, reason: rng.pick(REASONS), employees: rng.int(12, 90) * 10,
  };
  [ctx.plant, ctx.product] = rng.pick(PLANTS);
  Object.assign(ctx, rng.pick(SECTORS));
  const facts = {};
  for (const key of TYPES[type].facts) {
    const d = FACT_NUM[key];
    if (key === "magnitude") facts[key] = Math.round(rng.real(d.lo, d.hi) * 10) / 10;
    else if (key === "turnout") facts[key] = Math.round(rng.real(d.lo, d.hi) * 10) / 10;
    else if (key === "seats") facts[key] = Math.round(ctx.seatsTotal * rng.real(0.4, 0.66));
    else if (key === "facilities") facts[key] = rng.int(4, ctx.max);
    else if (d.lo !== undefined) facts[key] = rng.logInt(d.lo, d.hi);
  }
  if (type === "shipwreck") {
    facts.killed = rng.int(2, Math.max(3, Math.round(facts.onboard * 0.25)));
    facts.missing = rng.int(2, Math.max(3, Math.round(facts.onboard * 0.12)));
    facts.rescued = facts.onboard - facts.killed - facts.missing;
  }
  if (type === "quake") { facts.killed = rng.logInt(3, 120); facts.homes = rng.logInt(60, 6000); }
  if (type === "fire") facts.evacuated = rng.logInt(150, 4000);
  if (facts.evacuated && ctx.popV < facts.evacuated * 3) ctx.popV = facts.evacuated * rng.int(3, 12);
  ctx.pop = roundFor("approx", ctx.popV, {}) ?? ctx.popV;
  return { id, type, date, ctx, facts, articles: [] };
}

// ---------------------------------------------------------------------------------------------
// Writing one article

class Writer {
  constructor() { this.buf = ""; this.mentions = []; }
  add(s) { this.buf += s; }
  mention(key, text, stmt) {
    this.mentions.push({ key, text, start: this.buf.length, stmt });
    this.buf += text;
  }
  atSentenceStart() { return this.buf === "" || /(?:^|\n|[.!?]["”]?\s|—\s)$/.test(this.buf); }
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

function ukSpell(s) {
  for (const [us, uk] of UK_SPELLING) {
    if (s.includes(us)) s = s.replace(new RegExp(`\\b${us}\\b`, "g"), uk);
    const Us = cap(us);
    if (Us !== us && s.includes(Us)) s = s.replace(new RegExp(`\\b${Us}\\b`, "g"), cap(uk));
  }
  return s;
}

const SLOT = /\{(\w+)(?::([\w*]+))?\}/g;

function slotKeys(tpl) {
  const n = [], v = [];
  for (const m of tpl.matchAll(SLOT)) {
    if (m[1] === "N") n.push(m[2]);
    else if (m[1] === "V") v.push(m[2]);
  }
  return { n, v, when: tpl.includes("{when}") };
}

function usable(tpl, art, factKey) {
  const { n, v } = slotKeys(tpl);
  for (const k of n) {
    const key = k === "*" ? factKey : k;
    if (!art.pending.has(key)) return false;
  }
  for (const k of v) {
    if (art.injectedKey === k || !art.event.facts[k] || !vagueOf(art.event.facts[k]) || art.usedVague) return false;
  }
  return true;
}

class Article {
  constructor(event, outlet, rng) {
    this.event = event;
    this.outlet = outlet;
    this.style = outlet.style;
    this.rng = rng;
    this.pub = this.style === "explainer" ? null : event.date + rng.weighted([[0, 2], [1, 4], [2, 2], [3, 1]]) * DAY;
    this.statements = new Map(); // fact key -> statement (or "date")
    this.injectedKey = null;
    this.pending = new Set();
    this.usedVague = false;
    this.spell = this.style === "uk" || (this.style === "translated" && outlet.name.startsWith("Eastern")) ? ukSpell : (s) => s;
  }

  ctxValue(name) {
    const c = this.event.ctx, st = this.style;
    switch (name) {
      case "dist": return kmText(c.distKm, st);
      case "epi": return kmText(c.epiKm, st);
      case "depth": return st === "uk" || st === "wire" ? `${c.depthKm} km` : `${c.depthKm} kilometers`;
      case "level": return st === "uk" ? `${c.levelM.toFixed(1)} metres` : `${c.levelM.toFixed(1)} meters`;
      case "wind": return st === "us" ? `${c.windKmh} km/h (${Math.round(c.windKmh * 0.621371)} mph)` : `${c.windKmh} km/h`;
      case "demand": return `a pay rise of ${c.demandPct} ${st === "uk" ? "per cent" : st === "translated" ? "%" : "percent"}`.replace(" %", "%");
      case "voters": return `${c.votersM.toFixed(1)} million`;
      case "SectorCap": return cap(c.sector);
      case "noun": return TYPES[this.event.type].noun;
      case "nounCap": return cap(TYPES[this.event.type].noun);
      case "year": case "seatsTotal": case "hours": case "age": case "employees":
        return name === "employees" ? fmtInt(c.employees) : String(c[name]);
      default:
        if (c[name] === undefined) throw new Error(`unknown slot {${name}}`);
        return String(c[name]);
    }
  }

  /** Render one template into w. factKey resolves {N:*}. */
  fill(w, tpl, factKey, srcList) {
    let last = 0;
    let src = null;
    for (const m of tpl.matchAll(SLOT)) {
      w.add(this.spell(tpl.slice(last, m.index)));
      last = m.index + m[0].length;
      const [, name, arg] = m;
      const start = w.atSentenceStart();
      const put = (s) => w.add(start ? cap(s) : s);
      if (name === "N") {
        const key = arg === "*" ? factKey : arg;
        const st = this.statements.get(key);
        this.pending.delete(key);
        w.mention(key, start ? cap(st.text) : st.text, st);
      } else if (name === "V") {
        const [lo, hi, word] = vagueOf(this.event.facts[arg]);
        this.usedVague = true;
        w.mention(arg, start ? cap(word) : word, { kind: "quantity", mode: "vague", lo, hi, x: (lo + hi) / 2, text: word, value: word });
      } else if (name === "when") {
        const st = this.statements.get("date");
        if (st && this.pending.has("date")) {
          this.pending.delete("date");
          put(st.pre);
          w.mention("date", start && !st.pre ? cap(st.text) : st.text, st);
        } else {
          w.buf = w.buf.replace(/ $/, "");
        }
      } else if (name === "src" || name === "Src") {
        src ??= this.rng.pick(srcList ?? SOURCES[this.event.type]).replace(/\{(\w+)\}/g, (_, k) => this.ctxValue(k));
        put(this.spell(src));
      } else if (name === "pop" || name === "employees") {
        const text = `${this.rng.pick(["about", "some", "around"])} ${fmtInt(this.event.ctx[name === "pop" ? "pop" : "employees"])}`;
        w.mention(name, start ? cap(text) : text, { kind: "quantity", mode: "approx", x: this.event.ctx[name], text, value: `~${this.event.ctx[name]}` });
      } else if (name === "count" || name === "subj" || name === "pass") {
        put(this.spell(FACTS[factKey][name].replace(/\{(\w+)\}/g, (_, k) => this.ctxValue(k))));
      } else {
        put(this.spell(this.ctxValue(name)));
      }
    }
    w.add(this.spell(tpl.slice(last)));
  }

  /** One sentence: maybe with a translated-register connector in front. */
  sentence(w, tpl, factKey) {
    if (w.buf && !w.buf.endsWith("\n")) w.add(" ");
    if (this.style === "translated" && this.rng.chance(0.25) && /^[A-Z][a-z]/.test(tpl) && !tpl.startsWith("{")) {
      w.add(this.rng.pick(TRANSLATED_PREFIX));
      tpl = tpl[0].toLowerCase() + tpl.slice(1);
    }
    this.fill(w, tpl, factKey);
  }

  factSentence(w, key) {
    const def = FACTS[key];
    let pool = def.t;
    if (this.style === "translated" && this.rng.chance(0.6)) pool = def.subj ? TRANSLATED_FACT : TRANSLATED_FACT_NOUNLESS;
    this.sentence(w, this.rng.pick(pool.filter((t) => usable(t, this, key))), key);
  }

  /** Sentences from a pool, without repeating any sentence within the article. */
  draw(pool, n) {
    const out = [];
    const avail = pool.filter((t) => !this.drawn.has(t) && usable(t, this));
    this.rng.shuffle(avail);
    for (const t of avail.slice(0, n)) { this.drawn.add(t); out.push(t); }
    return out;
  }

  para(tpls, facts = []) {
    const w = new Writer();
    const items = [...tpls.map((t) => ({ t })), ...facts.map((k) => ({ k }))];
    if (facts.length && tpls.length) this.rng.shuffle(items);
    for (const it of items) it.k ? this.factSentence(w, it.k) : this.sentence(w, it.t);
    return w;
  }

  write() {
    const T = TYPES[this.event.type];
    const rng = this.rng;
    this.drawn = new Set();
    this.pending = new Set(this.statements.keys());
    const target = rng.int(3700, 4400);
    const head = [];
    const body = [];
    const lineW = (tpl) => { const w = new Writer(); this.fill(w, tpl); return w; };
    const lit = (s) => { const w = new Writer(); w.add(s); return w; };

    // headline and date lines
    const titles = this.style === "explainer" ? EXPLAINER.titles : T.headlines;
    head.push(lineW(rng.pick(titles.filter((t) => usable(t, this)))));
    const dateLines = pubDateLines(this.pub ?? 0, this.style, this.outlet, rng).map((s) => {
      const w = new Writer();
      const m = /(\d{4}-\d\d-\d\d|\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4}|\d\d\.\d\d\.\d{4})/.exec(s);
      if (m) { w.add(s.slice(0, m.index)); w.mention("pubdate", m[0], { kind: "date", iso: iso(this.pub) }); w.add(s.slice(m.index + m[0].length)); } else w.add(s);
      return w;
    });
    head.push(...dateLines);

    // lede: prefer one that carries the date and at least one figure
    const ledes = T.ledes.filter((t) => usable(t, this));
    const score = (t) => { const k = slotKeys(t); return (k.when && this.pending.has("date") ? 2 : 0) + (k.n.length ? 1 : 0) + rng.next(); };
    const lede = ledes.sort((a, b) => score(b) - score(a))[0];
    const ledeW = new Writer();
    if (this.style === "wire") {
      const d = new Date(this.pub);
      const place = rng.chance(0.7) ? this.event.ctx.town : this.event.ctx.capital;
      ledeW.add(`${place.toUpperCase()}, `);
      ledeW.mention("pubdate", `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, { kind: "date", iso: iso(this.pub) });
      ledeW.add(` (${this.outlet.short}) — `);
    }
    this.fill(ledeW, lede);

    const facts = rng.shuffle([...this.pending].filter((k) => k !== "date"));
    const perPara = this.style === "wire" ? 1 : 2;
    const factParas = [];
    for (let i = 0; i < facts.length; i += perPara) {
      factParas.push(this.para(this.draw(T.background.concat(T.response), this.style === "wire" ? rng.int(0, 1) : 1), facts.slice(i, i + perPara)));
    }
    const quote = this.para(this.draw(T.quotes, 1));
    const background = this.para(this.draw(T.background, this.style === "wire" ? 2 : 3));
    const response = this.para(this.draw(T.response, this.style === "wire" ? 2 : 3));
    const outlook = this.para(this.draw(T.outlook, this.style === "wire" ? 1 : 2));

    const fillers = [];
    const length = () => [...head, ledeW, ...factParas, quote, background, response, outlook, ...fillers].reduce((s, w) => s + w.buf.length + 2, 0);
    while (length() < target) {
      const more = this.draw(GENERIC.concat(CIVIC_TYPES.has(this.event.type) ? CIVIC_GENERIC : DISASTER_GENERIC, T.background, T.response), this.style === "wire" ? 2 : 3);
      if (!more.length) break;
      fillers.push(this.para(more));
    }

    if (this.style === "explainer") {
      const q = EXPLAINER.q;
      const h = (pool) => lineW(rng.pick(pool));
      body.push(this.para([rng.pick(EXPLAINER.intros)]));
      body.push(h(q.what), ledeW, quote);
      body.push(h(q.numbers), ...factParas);
      body.push(h(q.response), response, ...fillers.slice(0, Math.ceil(fillers.length / 2)));
      body.push(h(q.background), background, ...fillers.slice(Math.ceil(fillers.length / 2)));
      body.push(h(q.next), outlook);
    } else {
      const half = Math.ceil(factParas.length / 2);
      body.push(ledeW, ...factParas.slice(0, half), quote, background, ...factParas.slice(half), response);
      body.push(...fillers, outlook);
      if (this.style === "wire") body.push(lit(`(Reporting by the ${this.outlet.short} newsroom in ${this.event.ctx.capital}; editing by the regional desk)`));
    }

    // assemble: headline, date lines, blank line, paragraphs separated by blank lines
    const parts = [head[0], ...head.slice(1)];
    let text = "";
    const mentions = [];
    const append = (w, sep) => {
      text += sep;
      for (const m of w.mentions) mentions.push({ ...m, start: m.start + text.length });
      text += w.buf;
    };
    append(parts[0], "");
    parts.slice(1).forEach((w, i) => append(w, i === 0 ? "\n\n" : "\n"));
    body.forEach((w) => append(w, "\n\n"));
    text += "\n";
    if (this.pending.size) throw new Error(`${this.event.id}: facts left unstated: ${[...this.pending]}`);
    this.text = text;
    this.mentions = mentions;
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus and its gold

/**
 * @param {number} nArticles
 * @param {number} [seed]
 * @returns {{ files: { name: string, text: string }[], gold: object }}
 */
export function generateCorpus(nArticles, seed = 1, opts = {}) {
  const conflictShare = opts.conflictShare ?? 0.35;
  const dateConflictShare = opts.dateConflictShare ?? 0.12;
  const rng = new Rng(seed * 7919 + nArticles);
  const names = new NamePool(rng);
  const t0 = Date.UTC(2023, 0, 2);
  const events = [];
  const articles = [];

  // how many articles each event gets (3-6; the last event absorbs the remainder)
  const sizes = [];
  let left = nArticles;
  while (left > 0) {
    let k = rng.int(3, 6);
    if (left - k < 3) k = left;
    sizes.push(k);
    left -= k;
  }
  if (sizes.length > 1 && sizes[sizes.length - 1] < 3) sizes[sizes.length - 2] += sizes.pop();

  for (let e = 0; e < sizes.length; e++) {
    const type = TYPE_NAMES[(e + rng.int(0, TYPE_NAMES.length - 1)) % TYPE_NAMES.length];
    const ev = makeEvent(`e${String(e).padStart(4, "0")}`, type, rng, names, t0);
    events.push(ev);
    const outlets = rng.shuffle([...OUTLETS]).slice(0, sizes[e]);
    for (const o of outlets) {
      const a = new Article(ev, o, rng);
      const keys = TYPES[type].facts.filter(() => rng.chance(0.7));
      while (keys.length < 2) { const k = rng.pick(TYPES[type].facts); if (!keys.includes(k)) keys.push(k); }
      for (const k of keys) a.statements.set(k, stateQuantity(ev.facts[k], k, a.style, rng));
      if (rng.chance(a.style === "explainer" ? 0.6 : 0.9)) a.statements.set("date", stateDate(ev.date, a.pub, a.style, rng));
      ev.articles.push(a);
    }

    // injected figure conflict
    ev.injected = [];
    if (rng.chance(conflictShare)) {
      const keys = TYPES[type].facts.filter((k) => ev.articles.filter((a) => a.statements.has(k)).length >= 2);
      if (keys.length) {
        const key = rng.pick(keys);
        const x = rng.pick(ev.articles.filter((a) => a.statements.has(key)));
        for (let tries = 0; tries < 8; tries++) {
          const w = wrongValue(ev.facts[key], key, rng, ev.ctx.seatsTotal);
          const modes = w > ev.facts[key] ? [["exact", 3], ["approx", 4], ["atleast", 1]] : [["exact", 3], ["approx", 4]];
          const st = stateQuantity(w, key, x.style, rng, FACT_NUM[key].exactOnly ? [["exact", 1]] : modes);
          const others = ev.articles.filter((a) => a !== x && a.statements.has(key));
          if (others.some((a) => !compatible(st, a.statements.get(key), 0.08))) {
            x.statements.set(key, { ...st, injected: true, trueValue: ev.facts[key] });
            x.injectedKey = key;
            ev.injected.push({ key, article: x });
            break;
          }
        }
      }
    }
    // injected date conflict
    if (rng.chance(dateConflictShare)) {
      const dated = ev.articles.filter((a) => a.statements.has("date"));
      if (dated.length >= 2) {
        const x = rng.pick(dated);
        let shift = rng.pick([-1, -2, 1]);
        if (x.pub !== null && ev.date + shift * DAY > x.pub) shift = -1;
        const st = stateDate(ev.date + shift * DAY, x.pub, x.style, rng);
        x.statements.set("date", { ...st, injected: true, trueValue: iso(ev.date) });
        ev.injected.push({ key: "date", article: x });
      }
    }
    for (const a of ev.articles) { a.write(); articles.push(a); }
  }

  // file names: shuffled so events interleave, as in a folder of downloaded news
  const order = rng.shuffle(articles.map((_, i) => i));
  const files = order.map((ai, i) => {
    const a = articles[ai];
    a.name = `${String(i).padStart(5, "0")}_${fnv1a(a.text + i)}.txt`;
    return { name: a.name, text: a.text };
  });
  for (const a of articles) {
    for (const m of a.mentions) m.occurrence = occurrenceOf(a.text, m.text, m.start);
  }

  const gold = buildGold(events, nArticles, seed);
  return { files, gold };
}

function occurrenceOf(text, needle, start) {
  let at = -1;
  for (let n = 1; ; n++) {
    at = text.indexOf(needle, at + 1);
    if (at === start) return n;
    if (at < 0 || at > start) throw new Error(`mention not found at ${start}: ${JSON.stringify(needle)}`);
  }
}

const goldMention = (a, m) => {
  const g = { file: a.name, text: m.text };
  if (m.occurrence > 1) g.occurrence = m.occurrence;
  const v = m.stmt?.value ?? m.stmt?.iso;
  if (v !== undefined) g.value = String(v);
  return g;
};

function buildGold(events, nArticles, seed) {
  const conflicts = [];
  const mustNot = [];
  const mentionsOf = (ev, key, skip) =>
    ev.articles.flatMap((a) => (a === skip ? [] : a.mentions.filter((m) => m.key === key).map((m) => ({ a, m }))));

  for (const ev of events) {
    const where = `the ${TYPES[ev.type].noun} at ${ev.ctx.town}, ${ev.ctx.region} (${iso(ev.date)}, ${ev.id})`;
    const injectedBy = new Map(ev.injected.map((i) => [i.key, i.article]));
    for (const { key, article: x } of ev.injected) {
      const all = mentionsOf(ev, key);
      const bad = x.statements.get(key);
      const conflicting = [], optional = [];
      for (const a of ev.articles) {
        if (a === x || !a.mentions.some((m) => m.key === key)) continue;
        const clash = key === "date"
          ? a.mentions.some((m) => m.key === "date" && m.stmt.iso !== bad.iso)
          : a.mentions.some((m) => m.key === key && m.stmt.mode !== "vague" && !compatible(bad, m.stmt, 0.08));
        (clash ? conflicting : optional).push([x.name, a.name]);
      }
      const c = {
        id: `${ev.id}-${key}`,
        kind: key === "date" ? "date" : "quantity",
        about: key === "date" ? `date of ${where}` : `${LABEL[key]} in ${where}`,
        mentions: all.map(({ a, m }) => goldMention(a, m)),
        conflicting_pairs: conflicting,
      };
      if (optional.length) c.optional_pairs = optional;
      c.note = key === "date"
        ? `injected: ${x.name} dates the event ${bad.iso}, the others ${iso(ev.date)}`
        : `injected: ${x.name} says "${bad.text}" (true figure ${ev.facts[key]}); pairs with compatible wordings are optional`;
      conflicts.push(c);
    }

    // compatible wordings of the same fact, across files
    for (const key of [...TYPES[ev.type].facts, "date"]) {
      const ms = mentionsOf(ev, key, injectedBy.get(key));
      const files = new Set(ms.map(({ a }) => a));
      const texts = new Set(ms.map(({ m }) => m.text.toLowerCase()));
      if (files.size < 2 || texts.size < 2) continue;
      if (key !== "date") {
        for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
          if (!compatible(ms[i].m.stmt, ms[j].m.stmt, 0.03)) throw new Error(`generator bug: ${ev.id} ${key} ${ms[i].m.text} vs ${ms[j].m.text}`);
        }
      }
      mustNot.push({
        id: `${ev.id}-ok-${key}`,
        about: key === "date" ? `date of ${where}` : `${LABEL[key]} in ${where}`,
        kinds: [key === "date" ? "date" : "quantity"],
        mentions: ms.map(({ a, m }) => goldMention(a, m)),
        note: key === "date" ? `all resolve to ${iso(ev.date)}` : `all wordings are compatible with ${ev.facts[key]}`,
      });
    }

    // traps: different measures that look alike
    const trap = (name, keyA, keyB, about, kinds) => {
      const A = mentionsOf(ev, keyA, injectedBy.get(keyA)), B = mentionsOf(ev, keyB, injectedBy.get(keyB));
      for (const p of A) {
        const q = B.find((b) => b.a !== p.a);
        if (q) {
          mustNot.push({ id: `${ev.id}-trap-${name}`, about: `${about} in ${where}`, kinds, mentions: [goldMention(p.a, p.m), goldMention(q.a, q.m)], note: "different measures" });
          return;
        }
      }
    };
    trap("population-vs-evacuated", "pop", "evacuated", "population of the town vs people evacuated", ["quantity"]);
    trap("employees-vs-evacuated", "employees", "evacuated", "plant workforce vs people evacuated", ["quantity"]);
    trap("killed-vs-injured", "killed", "injured", "deaths vs injuries", ["quantity"]);
    trap("onboard-vs-rescued", "onboard", "rescued", "people on board vs people rescued", ["quantity"]);
    // publication dates vs the event's date
    const pubs = ev.articles.filter((a) => a.pub !== null && a.pub !== ev.date && a !== injectedBy.get("date"));
    const evDate = mentionsOf(ev, "date", injectedBy.get("date"));
    if (pubs.length && evDate.length) {
      const ms = pubs.flatMap((a) => a.mentions.filter((m) => m.key === "pubdate").map((m) => goldMention(a, m)));
      const other = evDate.find(({ a }) => !pubs.includes(a)) ?? evDate.find(({ a }) => a !== pubs[0]);
      if (other) ms.push(goldMention(other.a, other.m));
      if (new Set(ms.map((m) => m.file)).size >= 2) {
        mustNot.push({ id: `${ev.id}-trap-pubdate`, about: `publication dates vs the date of ${where}`, kinds: ["date"], mentions: ms, note: "a publication date is not a claim about when the event happened" });
      }
    }
  }

  // the same measure in two different events of the same type
  const byType = new Map();
  for (const ev of events) byType.set(ev.type, [...(byType.get(ev.type) ?? []), ev]);
  for (const list of byType.values()) {
    for (let i = 0; i + 1 < list.length; i++) {
      const [e1, e2] = [list[i], list[i + 1]];
      const inj1 = new Map(e1.injected.map((x) => [x.key, x.article])), inj2 = new Map(e2.injected.map((x) => [x.key, x.article]));
      for (const key of TYPES[e1.type].facts) {
        const a = mentionsOf(e1, key, inj1.get(key)).find(({ m }) => m.stmt.mode !== "vague");
        const b = mentionsOf(e2, key, inj2.get(key)).find(({ m }) => m.stmt.mode !== "vague");
        if (a && b && !compatible(a.m.stmt, b.m.stmt, 0.08)) {
          mustNot.push({
            id: `xev-${e1.id}-${e2.id}-${key}`,
            about: `${LABEL[key]}: ${e1.ctx.town} (${iso(e1.date)}) vs ${e2.ctx.town} (${iso(e2.date)}), two different events`,
            kinds: ["quantity"],
            mentions: [goldMention(a.a, a.m), goldMention(b.a, b.m)],
            note: "different events",
          });
          break;
        }
      }
    }
  }

  return {
    event: `synthetic news corpus: ${nArticles} articles about ${events.length} events (seed ${seed})`,
    generator: { script: "bench/generate.mjs", articles: nArticles, seed, events: events.length },
    events: events.map((ev) => ({
      id: ev.id, type: ev.type, date: iso(ev.date), town: ev.ctx.town, region: ev.ctx.region, facts: ev.facts,
      files: ev.articles.map((a) => a.name),
    })),
    conflicts,
    must_not_flag: mustNot,
  };
}

/** Write a corpus to dir (its .txt files and gold.json are replaced). */
export function writeCorpus(dir, { files, gold }) {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(".txt") || f === "gold.json") rmSync(join(dir, f));
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  writeFileSync(join(dir, "gold.json"), JSON.stringify(gold, null, 2) + "\n");
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i < 0 ? dflt : args[i + 1]; };
  const n = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith("--")) ?? 50);
  const seed = Number(opt("seed", 1));
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(opt("out", join(here, ".corpus", String(n))));
  const t = performance.now();
  const corpus = generateCorpus(n, seed);
  writeCorpus(out, corpus);
  const bytes = corpus.files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  const pairs = corpus.gold.conflicts.reduce((s, c) => s + c.conflicting_pairs.length, 0);
  console.log(
    `wrote ${corpus.files.length} articles (${(bytes / 1e6).toFixed(2)} MB, ${corpus.gold.generator.events} events) and gold.json to ${out}\n` +
    `gold: ${corpus.gold.conflicts.length} injected conflicts (${pairs} conflicting pairs), ${corpus.gold.must_not_flag.length} must-not-flag entries ` +
    `in ${((performance.now() - t) / 1000).toFixed(2)} s`,
  );
}
