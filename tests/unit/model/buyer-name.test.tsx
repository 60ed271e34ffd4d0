import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { buyerDisplayName } from '@/lib/model/buyer-name';
import { OrderRow } from '@/components/OrderRow';
import type { OrderRecord } from '@/lib/model/order-record';
import { createSnapshot } from '../factories';
import { useLocale } from '../support/i18n';

describe('the buyer’s display name: one helper for every page, notification, reminder and letter', () => {
  it('takes the name, else the handle, else the email, else the phone, else the caller’s words', () => {
    expect(
      buyerDisplayName(
        { name: 'Jane Doe', handle: 'jdoe', email: 'jane@example.com', phone: '+1 555 0100' },
        'Buyer not shown',
      ),
    ).toBe('Jane Doe');
    expect(buyerDisplayName({ handle: 'jdoe', email: 'jane@example.com' }, 'Buyer not shown')).toBe('jdoe');
    expect(buyerDisplayName({ email: 'jane@example.com', phone: '+1 555 0100' }, 'Buyer not shown')).toBe(
      'jane@example.com',
    );
    expect(buyerDisplayName({ phone: '+1 555 0100' }, 'Buyer not shown')).toBe('+1 555 0100');
    expect(buyerDisplayName({}, 'Buyer not shown')).toBe('Buyer not shown');
  });

  it('skips blank values (a console showing an empty name field) and trims the one it takes', () => {
    expect(buyerDisplayName({ name: '   ', handle: '', email: ' jane@example.com ' }, 'Customer')).toBe(
      'jane@example.com',
    );
    expect(buyerDisplayName({ name: '\n\t' }, '')).toBe('');
  });

  it('keeps hostile page text as text where it is shown', () => {
    useLocale('en');
    const hostile = '<img src=x onerror="globalThis.__settlePwned = 1">';
    expect(buyerDisplayName({ name: hostile }, 'Buyer not shown')).toBe(hostile);
    const root = document.createElement('div');
    const order: OrderRecord = {
      ...createSnapshot({ buyer: { name: hostile } }),
      open: 1,
      buyerKey: 'x',
      firstSeenAt: '2026-11-19T15:00:00.000Z',
      lastActivityAt: '2026-11-19T15:00:00.000Z',
      chase: { stage: 'unpaid', remindersSent: 0, paid: 0, paused: false },
    };
    render(<OrderRow order={order} locale="en-US" onOpen={() => undefined} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.order-buyer')!.textContent).toBe(hostile);
  });
});
