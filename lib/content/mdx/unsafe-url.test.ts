import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, urlScheme } from './unsafe-url';

describe('isUnsafeUrl', () => {
  it('refuses javascript:, vbscript: and data: however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' \u0001javascript:x', 'jav\tascript:x', 'java\nscript:x', 'vbscript:msgbox', 'data:text/html,<b>x</b>', 'DATA:image/png;base64,AA']) {
      expect(isUnsafeUrl(url), url).toBe(true);
    }
  });

  it('lets ordinary addresses through', () => {
    for (const url of ['https://example.com/javascript:', '/posts/x/', '#سرآغاز', 'mailto:a@example.com', 'javascript-guide/', './data:x', '']) {
      expect(isUnsafeUrl(url), url).toBe(false);
    }
    expect(urlScheme('HTTPS://example.com')).toBe('https');
    expect(urlScheme('/a:b')).toBeUndefined();
  });
});
