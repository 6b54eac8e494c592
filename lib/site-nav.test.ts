import { describe, expect, it } from 'vitest';
import { headerSections, isCurrentSection } from './site-nav';

describe('isCurrentSection', () => {
  it('marks home on the home page and its later pages only', () => {
    expect(isCurrentSection('/', '/')).toBe(true);
    expect(isCurrentSection('/', '/page/2/')).toBe(true);
    expect(isCurrentSection('/', '/tags/')).toBe(false);
    expect(isCurrentSection('/', '/posts/x/')).toBe(false);
  });

  it('marks a section on its index and everything under it', () => {
    expect(isCurrentSection('/tags/', '/tags')).toBe(true);
    expect(isCurrentSection('/tags/', '/tags/%D8%A7%D9%84%DA%AF%D9%88/')).toBe(true);
    expect(isCurrentSection('/tags/', '/tags-other/')).toBe(false);
    expect(isCurrentSection('/about/', '/about/')).toBe(true);
    expect(isCurrentSection('/about/', '/archive/')).toBe(false);
  });

  it('ignores query and fragment', () => {
    expect(isCurrentSection('/search/', '/search/?q=git')).toBe(true);
  });
});

describe('headerSections', () => {
  it('links the about page only where the site has one', () => {
    const withAbout = headerSections({ hasAboutPage: true }).map((section) => section.href);
    expect(withAbout).toEqual(['/', '/archive/', '/tags/', '/search/', '/about/']);
    expect(headerSections({ hasAboutPage: false }).map((section) => section.href)).toEqual(withAbout.slice(0, -1));
  });
});
