import { describe, expect, it } from 'vitest';
import { currentSectionIndex } from './toc-highlighter';

describe('currentSectionIndex', () => {
  it('is the last heading at or above the line', () => {
    expect(currentSectionIndex([-500, -20, 100, 900], 150)).toBe(2);
    expect(currentSectionIndex([-500, -20, 151, 900], 150)).toBe(1);
    expect(currentSectionIndex([-500, 150, 151], 150)).toBe(1);
  });

  it('is the first section before any heading reaches the line, and the last at the end', () => {
    expect(currentSectionIndex([300, 900], 150)).toBe(0);
    expect(currentSectionIndex([-900, -300], 150)).toBe(1);
  });
});
