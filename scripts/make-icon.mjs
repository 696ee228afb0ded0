#!/usr/bin/env node
// Draws the extension icon (images/icon.png, 128×128) without any image tool: an orange rounded
// square with a white lens ring and handle. Run it again after changing the drawing.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 128;
const pixels = Buffer.alloc(size * size * 4);

function coverage(x, y) {
  // Rounded square background.
  const r = 24;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  const inside = Math.hypot(x - cx, y - cy) <= r;
  // Lens ring centred at (54, 54), radius 30, width 10; handle towards the lower right.
  const d = Math.hypot(x - 54, y - 54);
  const ring = d >= 25 && d <= 35;
  const t = ((x - 76) + (y - 76)) / 2;
  const handle = t >= 0 && t <= 30 && Math.abs((x - 76) - (y - 76)) <= 10;
  // Three bars inside the lens: an ordered list of behaviors.
  const bar = (y0, w) => y >= y0 && y <= y0 + 5 && x >= 40 && x <= 40 + w;
  const bars = bar(41, 28) || bar(51, 20) || bar(61, 12);
  return { inside, white: inside && (ring || handle || bars) };
}

for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const { inside, white } = coverage(x + 0.5, y + 0.5);
    const i = (y * size + x) * 4;
    if (!inside) continue;
    const shade = 1 - y / (size * 3);
    pixels[i] = white ? 255 : Math.round(236 * shade);
    pixels[i + 1] = white ? 255 : Math.round(114 * shade);
    pixels[i + 2] = white ? 255 : Math.round(17 * shade);
    pixels[i + 3] = 255;
  }
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
