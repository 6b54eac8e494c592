import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { blendOver, type RawPixels } from './blend-over';

/** Deterministic pseudo-random bytes (a linear congruential generator), so a failure repeats. */
function bytes(length: number, seed: number): Buffer {
  const data = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[index] = state >>> 24;
  }
  return data;
}

/** An RGBA overlay whose alpha runs through transparent, opaque and every level between. */
function overlay(width: number, height: number, seed: number): RawPixels {
  const data = bytes(width * height * 4, seed);
  for (let pixel = 0; pixel < width * height; pixel++) {
    if (pixel % 5 === 0) data[pixel * 4 + 3] = 0;
    if (pixel % 7 === 0) data[pixel * 4 + 3] = 255;
  }
  return { data, width, height };
}

async function sharpOver(base: RawPixels, layer: RawPixels, top: number, left: number): Promise<Buffer> {
  return sharp(base.data, { raw: { width: base.width, height: base.height, channels: 3 } })
    .composite([{ input: layer.data, raw: { width: layer.width, height: layer.height, channels: 4 }, top, left }])
    .removeAlpha()
    .raw()
    .toBuffer();
}

describe('blendOver', () => {
  it('draws as sharp’s composite does (within rounding), leaving pixels outside the overlay as they were', async () => {
    const base = { data: bytes(40 * 30 * 3, 1), width: 40, height: 30 };
    const layer = overlay(17, 9, 2);
    const expected = await sharpOver(base, layer, 11, 6);
    const drawn = { ...base, data: Buffer.from(base.data) };
    blendOver(drawn, layer, 11, 6);

    let largest = 0;
    for (let index = 0; index < expected.length; index++) largest = Math.max(largest, Math.abs(expected[index]! - drawn.data[index]!));
    expect(largest).toBeLessThanOrEqual(1);
    // Rows above the overlay are untouched byte for byte.
    expect(drawn.data.subarray(0, 11 * 40 * 3)).toEqual(base.data.subarray(0, 11 * 40 * 3));
    // And the overlay did change the pixels it covers.
    expect(drawn.data.equals(base.data)).toBe(false);
  });

  it('copies opaque pixels, keeps the base under transparent ones', () => {
    const base = { data: Buffer.alloc(2 * 1 * 3, 10), width: 2, height: 1 };
    blendOver(base, { data: Buffer.from([200, 100, 50, 255, 1, 2, 3, 0]), width: 2, height: 1 }, 0, 0);
    expect([...base.data]).toEqual([200, 100, 50, 10, 10, 10]);
  });

  it('blends half-transparent pixels, rounding to the nearest value', () => {
    const base = { data: Buffer.from([0, 255, 100]), width: 1, height: 1 };
    blendOver(base, { data: Buffer.from([255, 0, 101, 128]), width: 1, height: 1 }, 0, 0);
    // 255·128/255 = 128; 255·127/255 = 127; (101·128 + 100·127)/255 = 100.5 → 101.
    expect([...base.data]).toEqual([128, 127, 101]);
  });

  it('leaves out the parts of an overlay that fall outside the base, on every side', () => {
    const base = { data: Buffer.alloc(3 * 3 * 3), width: 3, height: 3 };
    const white = { data: Buffer.alloc(2 * 2 * 4, 255), width: 2, height: 2 };
    blendOver(base, white, -1, -1);
    blendOver(base, white, 2, 2);
    const lit = (x: number, y: number) => base.data[(y * 3 + x) * 3] === 255;
    const map = [0, 1, 2].map((y) => [0, 1, 2].map((x) => (lit(x, y) ? '#' : '.')).join(''));
    expect(map).toEqual(['#..', '...', '..#']);
  });

  it('clips an overlay wider than the base at both sides, never spilling into the rows next to it', () => {
    const base = { data: Buffer.alloc(4 * 3 * 3), width: 4, height: 3 };
    // Six pixels wide from x = -1: its first and last pixels fall outside, on the left and the right.
    blendOver(base, { data: Buffer.alloc(6 * 1 * 4, 255), width: 6, height: 1 }, 1, -1);
    const lit = (x: number, y: number) => base.data[(y * 4 + x) * 3] === 255;
    const map = [0, 1, 2].map((y) => [0, 1, 2, 3].map((x) => (lit(x, y) ? '#' : '.')).join(''));
    expect(map).toEqual(['....', '####', '....']);
  });

  it('refuses pixels of the wrong layout rather than drawing garbage', () => {
    const rgba = { data: Buffer.alloc(4), width: 1, height: 1 };
    expect(() => blendOver(rgba, rgba, 0, 0)).toThrow(/base must be RGB/);
    const rgb = { data: Buffer.alloc(3), width: 1, height: 1 };
    expect(() => blendOver(rgb, rgb, 0, 0)).toThrow(/overlay must be RGBA/);
  });
});
