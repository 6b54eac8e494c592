import { describe, expect, it } from 'vitest';
import { tokenizeWithoutTimeLimit } from './options';

describe('code highlighting', () => {
  it('tokenizes every line to its end however long it takes, so a busy machine colours code as an idle one', () => {
    const options: { lang: string; tokenizeTimeLimit?: number } = { lang: 'ts' };
    tokenizeWithoutTimeLimit.preprocess!.call({} as never, 'const a = 1;', options as never);
    // Shiki's default is 500 ms per line; 0 is no limit in vscode-textmate.
    expect(options.tokenizeTimeLimit).toBe(0);
  });
});
