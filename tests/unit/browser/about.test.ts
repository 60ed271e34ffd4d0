import { describe, expect, it } from 'vitest';
import { browserNameAndVersion } from '@/lib/browser/about';

describe('browserNameAndVersion', () => {
  it('names the browser a package was made in', () => {
    expect(
      browserNameAndVersion(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.7871.100 Safari/537.36',
      ),
    ).toBe('Chrome 150.0.7871.100');
    expect(
      browserNameAndVersion(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 150.0.0.0');
    expect(
      browserNameAndVersion(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.3000.1',
      ),
    ).toBe('Edge 150.0.3000.1');
    expect(browserNameAndVersion('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'Firefox 140.0',
    );
    expect(browserNameAndVersion('Something else')).toBe('Something else');
  });
});
