import { describe, expect, it } from 'vitest';
import { checkServiceUrl } from '@/lib/evidence/timestamp/service-url';

describe('checkServiceUrl: the time-stamping service’s address', () => {
  it.each([
    ['https://freetsa.example/tsr', 'https://freetsa.example/*', 'freetsa.example'],
    ['  http://timestamp.example.com  ', 'http://timestamp.example.com/*', 'timestamp.example.com'],
    // The permission leaves the port out: Firefox's match patterns cannot hold one; Chrome reads none as any.
    ['http://127.0.0.1:8318/tsr', 'http://127.0.0.1/*', '127.0.0.1:8318'],
    ['https://[::1]:9443/tsa?policy=1', 'https://[::1]/*', '[::1]:9443'],
    ['https://TSA.Example.COM/Stamp', 'https://tsa.example.com/*', 'tsa.example.com'],
  ])('accepts %s, asking for %s', (input, pattern, host) => {
    expect(checkServiceUrl(input)).toMatchObject({ ok: true, pattern, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['tsa.example.com/tsr', 'not-url'],
    ['https://', 'not-url'],
    ['ftp://tsa.example.com/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['https://user:secret@tsa.example.com/', 'credentials'],
    ['https://user@tsa.example.com/', 'credentials'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkServiceUrl(input)).toEqual({ ok: false, problem });
  });
});
