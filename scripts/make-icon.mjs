// Draws the extension's icon (128×128 PNG): two overlapping pages, one with a highlighted line that
// does not match the other. Run once: node scripts/make-icon.mjs; the PNG is committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const W = 128;
const px = new Uint8Array(W * W * 4);
const fill = (x0, y0, x1, y1, [r, g, b, a = 255]) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) px.set([r, g, b, a], (y * W + x) * 4);
};
fill(0, 0, W, W, [0, 0, 0, 0]);
fill(14, 20, 78, 112, [60, 90, 140]); // back page frame
fill(17, 23, 75, 109, [236, 241, 248]);
for (let y = 34; y < 100; y += 12) fill(24, y, 68, y + 4, [150, 165, 190]);
fill(50, 14, 114, 106, [40, 60, 100]); // front page frame
fill(53, 17, 111, 103, [255, 255, 255]);
for (let y = 28; y < 96; y += 12) fill(60, y, 104, y + 4, [160, 170, 185]);
fill(58, 50, 106, 58, [232, 150, 30]); // the line that disagrees
fill(24, 58, 68, 62, [232, 150, 30]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(W, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(W * (W * 4 + 1));
for (let y = 0; y < W; y++) Buffer.from(px.subarray(y * W * 4, (y + 1) * W * 4)).copy(raw, y * (W * 4 + 1) + 1);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
writeFileSync(new URL("../packages/vscode-ext/images/icon.png", import.meta.url), png);
