/**
 * The key under which spelling variants of a name meet. Transliterations of the same name differ in
 * y/i/ie/iy and doubled letters (a surname ending -sky, -skiy or -skyy; a city spelt -yiv or -iev), and possessives and
 * articles are noise. The key folds exactly those differences and nothing else.
 */
const memo = new Map<string, string>();

export function nameKey(name: string): string {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (memo.size > 20000) memo.clear();
  memo.set(name, key);
  return key;
}

function computeKey(name: string): string {
  let k = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  k = k
    .replace(/iy|yi|yy|ie|y/g, "i")
    .replace(/kh/g, "h")
    .replace(/ck/g, "k")
    .replace(/(.)\1+/g, "$1");
  return k;
}

/** Initials of the significant words: "Security Service of Ukraine" → "ssu". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(of|the|and|for|in|on|de|du|la|le)$/i.test(w))
    .map((w) => w[0]?.toLowerCase() ?? "")
    .join("");
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
