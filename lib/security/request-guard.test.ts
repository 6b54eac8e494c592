import { describe, expect, it } from 'vitest';
import { isDecodablePath, rejectRequest } from './request-guard';

describe('isDecodablePath', () => {
  it('accepts plain and correctly encoded Persian paths', () => {
    expect(isDecodablePath('/posts/large-language-models-training/')).toBe(true);
    expect(isDecodablePath(`/posts/${encodeURIComponent('جست-وجوی-دودویی')}/`)).toBe(true);
    expect(isDecodablePath('/tags/%25/')).toBe(true);
  });

  it('refuses broken escapes and UTF-8 cut in the middle of a letter', () => {
    expect(isDecodablePath('/tags/%ZZ/')).toBe(false);
    expect(isDecodablePath('/posts/%E0%A4%A/')).toBe(false);
    // The first byte of «ج» (D8 AC) alone.
    expect(isDecodablePath('/posts/%D8/')).toBe(false);
    expect(isDecodablePath('/%')).toBe(false);
  });
});

describe('rejectRequest', () => {
  it('lets GET and HEAD of a well-formed path through', () => {
    expect(rejectRequest('GET', '/')).toBeNull();
    expect(rejectRequest('HEAD', '/posts/x/')).toBeNull();
    expect(rejectRequest('get', '/')).toBeNull();
  });

  it('answers 400 to an undecodable path', () => {
    expect(rejectRequest('GET', '/tags/%ZZ/')).toEqual({ status: 400, reason: expect.stringMatching(/percent-encoding/) });
  });

  it('answers 405 to every other method, before looking at the path', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'BREW', 'OPTIONS']) {
      expect(rejectRequest(method, '/tags/%ZZ/')?.status).toBe(405);
    }
  });
});
