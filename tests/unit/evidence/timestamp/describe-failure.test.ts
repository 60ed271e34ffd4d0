import { describe, expect, it } from 'vitest';
import { describeStampFailure } from '@/lib/evidence/timestamp/describe-failure';
import { useLocale } from '../../support/i18n';

describe('describeStampFailure: why, in the seller’s language', () => {
  it('names the host and what it said, in English and Chinese', () => {
    useLocale('en');
    expect(
      describeStampFailure(
        'rejected',
        {
          status: 2,
          statusName: 'rejection',
          failInfo: ['badAlg'],
          text: 'Message digest algorithm is not supported.',
        },
        'tsa.example',
      ),
    ).toBe(
      'tsa.example refused to stamp it: PKIStatus 2 (rejection) · badAlg · “Message digest algorithm is not supported”.',
    );
    expect(describeStampFailure('timeout', {}, 'tsa.example')).toBe('tsa.example did not answer within 30 seconds.');
    expect(describeStampFailure('http', { status: 503 }, 'tsa.example')).toBe(
      'tsa.example answered with HTTP error 503.',
    );
    useLocale('zh_CN');
    expect(describeStampFailure('network', { text: 'Failed to fetch' }, 'tsa.example')).toBe(
      '无法连接 tsa.example（Failed to fetch）。',
    );
    useLocale('zh_TW');
    expect(describeStampFailure('imprint', {}, 'tsa.example')).toBe(
      'tsa.example 加蓋時間戳記的並不是本證據包的清單，因此未保留該時間戳記。',
    );
  });

  it('cuts an authority’s long text short', () => {
    useLocale('en');
    expect(describeStampFailure('bad-response', { text: 'x'.repeat(500) }, 'tsa.example').length).toBeLessThan(260);
  });
});
