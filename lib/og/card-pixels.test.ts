import { describe, expect, it } from 'vitest';
import { cardPixelPool } from './card-pixels';

describe('card pixel pool', () => {
  it('hands one buffer from card to card, and a card drawn meanwhile its own', async () => {
    const pool = cardPixelPool(12);
    const seen: Buffer[] = [];
    await pool.using(async (pixels) => seen.push(pixels));
    await pool.using(async (pixels) => seen.push(pixels));
    expect(seen[1]).toBe(seen[0]);
    expect(pool.made).toBe(1);

    let release!: () => void;
    const first = pool.using(async (pixels) => {
      await new Promise<void>((resolve) => (release = resolve));
      return pixels;
    });
    const second = await pool.using(async (pixels) => pixels);
    release();
    expect(second).not.toBe(await first);
    expect(pool.made).toBe(2);
  });

  it('takes a buffer back when drawing fails', async () => {
    const pool = cardPixelPool(12);
    await expect(pool.using(async () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
    await pool.using(async (pixels) => expect(pixels).toHaveLength(12));
    expect(pool.made).toBe(1);
  });
});
