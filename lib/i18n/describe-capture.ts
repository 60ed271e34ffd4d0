import type { CaptureOutcome } from '../messaging/types';
import { keyFor, t } from './t';

/** What a capture kept and what it could not, in the seller's words: one sentence each. */
export function describeCapture(outcome: CaptureOutcome): { ok: boolean; text: string } {
  const kinds = [...new Set(outcome.kept.map((k) => k.kind))].map((kind) => t(keyFor('evidenceKind', kind)));
  const lines = [
    ...(kinds.length ? [t('captureKept', kinds.join(', '))] : []),
    ...outcome.failed.map((f) =>
      t('captureKindFailed', t(keyFor('evidenceKind', f.kind)), f.error.replace(/[.。]$/, '')),
    ),
  ];
  return { ok: outcome.failed.length === 0 && outcome.kept.length > 0, text: lines.join(' ') };
}
