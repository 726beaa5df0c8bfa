// Writes build/icons/icon.svg and build/icons/icon.png (512x512) from one list of shapes.
// Only node:zlib is used to encode the PNG, so the icon can be regenerated anywhere: `node build/icons/generate-icon.mjs`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SUPERSAMPLE = 4;

// A rounded tile with three bars of falling length: the announcement tiers.
const SHAPES = [
  { x: 16, y: 16, width: 480, height: 480, radius: 104, color: '#3730a3' },
  { x: 112, y: 136, width: 288, height: 56, radius: 28, color: '#ffffff' },
  { x: 112, y: 228, width: 216, height: 56, radius: 28, color: '#c7d2fe' },
  { x: 112, y: 320, width: 144, height: 56, radius: 28, color: '#818cf8' },
];

function toSvg() {
  const rects = SHAPES.map(
    (s) =>
      `  <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.radius}" fill="${s.color}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n${rects.join('\n')}\n</svg>\n`;
}

function inside(shape, px, py) {
  const cx = Math.min(Math.max(px, shape.x + shape.radius), shape.x + shape.width - shape.radius);
  const cy = Math.min(Math.max(py, shape.y + shape.radius), shape.y + shape.height - shape.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= shape.radius ** 2;
}

function rgb(hex) {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

/** Straight (non-premultiplied) RGBA pixels, shapes painted in order with supersampled edges. */
function rasterize() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  const colors = SHAPES.map((s) => rgb(s.color));
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const px = x + (sx + 0.5) / SUPERSAMPLE;
          const py = y + (sy + 0.5) / SUPERSAMPLE;
          for (let i = SHAPES.length - 1; i >= 0; i -= 1) {
            if (inside(SHAPES[i], px, py)) {
              const [cr, cg, cb] = colors[i];
              r += cr;
              g += cg;
              b += cb;
              a += 1;
              break;
            }
          }
        }
      }
      const offset = (y * SIZE + x) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((a / SUPERSAMPLE ** 2) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function toPng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y += 1) {
    // Each scanline starts with filter type 0 (none).
    pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.dirname(fileURLToPath(import.meta.url));
writeFileSync(path.join(dir, 'icon.svg'), toSvg());
writeFileSync(path.join(dir, 'icon.png'), toPng(rasterize()));
console.log('Wrote build/icons/icon.svg and build/icons/icon.png');
