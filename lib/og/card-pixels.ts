/**
 * Card-sized buffers, reused from card to card. A fresh 2.3 MB buffer costs about 2.5 ms before
 * a byte is written (the system maps and zeroes its pages: `Buffer.from` of a drawn background
 * was a tenth of a card's CPU); copying the background into one used before costs 0.06 ms. A
 * buffer goes back to the pool once sharp has encoded it; the pool holds as many as cards were
 * ever drawn at once.
 */
export function cardPixelPool(size: number) {
  const free: Buffer[] = [];
  let made = 0;
  return {
    async using<T>(draw: (pixels: Buffer) => Promise<T>): Promise<T> {
      const pixels = free.pop() ?? (made++, Buffer.allocUnsafe(size));
      try {
        return await draw(pixels);
      } finally {
        free.push(pixels);
      }
    },
    /** Buffers made so far, for tests. */
    get made() {
      return made;
    },
  };
}
