import { describe, expect, it } from 'vitest';
import { adapterForHost, SITES } from '../../src/sites';

describe('which site a page is on', () => {
  it('knows the four sites by hostname, including their subdomains', () => {
    expect(adapterForHost('x.com')?.platform).toBe('x');
    expect(adapterForHost('mobile.x.com')?.platform).toBe('x');
    expect(adapterForHost('twitter.com')?.platform).toBe('x');
    expect(adapterForHost('www.facebook.com')?.platform).toBe('facebook');
    expect(adapterForHost('business.facebook.com')?.platform).toBe('facebook');
    expect(adapterForHost('www.linkedin.com')?.platform).toBe('linkedin');
    expect(adapterForHost('www.instagram.com')?.platform).toBe('instagram');
  });

  it('does not mistake look-alike hosts for them', () => {
    for (const host of ['x.com.example.org', 'notinstagram.com', 'facebook.example.org', 'linkedin.com.evil.test', 'fx.com']) {
      expect(adapterForHost(host)).toBeUndefined();
    }
  });

  it('has one adapter per platform', () => {
    expect(SITES.map((s) => s.platform)).toEqual(['x', 'facebook', 'linkedin', 'instagram']);
  });
});
