import { keyFor, t } from '../i18n/t';
import { formatSize } from '../i18n/format-size';
import { escapeHtml as h } from './html';
import type { VenueCopies } from './venue-copies';
import type { Misfit } from './venue-fit';

/** "12 MB (12,582,912 bytes)": the rounded size a limit is read against, and the exact one. */
const size = (bytes: number, locale: string) => t('pkgSize', formatSize(bytes, locale), bytes.toLocaleString(locale));

/**
 * The report's part on the case venue's upload limits: the limits and their source, each copy
 * Settle made for the venue (from which original, and why), and each file that cannot go there
 * and could not be copied to fit. Every name is escaped.
 */
export function copiesSection(copies: VenueCopies, locale: string): string {
  const venue = t(keyFor('venue', copies.venue));
  const max = copies.maxFileBytes !== undefined ? formatSize(copies.maxFileBytes, locale) : undefined;
  const types = copies.fileTypes?.join(', ');
  const limits =
    max && types
      ? t('pkgCopiesLimitsBoth', venue, max, types, copies.source)
      : max
        ? t('pkgCopiesLimitsSize', venue, max, copies.source)
        : t('pkgCopiesLimitsTypes', venue, types ?? '', copies.source);
  const why = (reasons: Misfit[]) =>
    reasons
      .map((r) => (r === 'too-large' ? t('pkgCopyTooLarge', venue, max ?? '') : t('pkgCopyWrongType', venue)))
      .join(t('pkgCopyReasonsJoin'));
  const made = copies.copies.length
    ? `<p>${h(t('pkgCopiesMade', venue))}</p>
<ul class="evidence copies">${copies.copies
        .map(
          (c) =>
            `<li><div><strong>${h(c.path)}</strong> · ${h(size(c.bytes, locale))}${c.part ? ` · ${h(t('pkgCopyPart', c.part.index, c.part.of))}` : ''}<br>${h(t('pkgCopyFrom', c.from.path, size(c.from.bytes, locale), why(c.reasons)))}<br><code>SHA-256 ${h(c.sha256)}</code></div></li>`,
        )
        .join('')}</ul>`
    : '';
  const unfit = copies.unfit.length
    ? `<p class="broken">${h(t('pkgCopiesUnfit', venue))}</p>
<ul class="unfit">${copies.unfit.map((u) => `<li>${h(t('pkgUnfit', u.path, size(u.bytes, locale), why(u.reasons)))} ${h(u.shrinkFailed ? t('pkgUnfitShrinkFailed') : t('pkgUnfitCannotShrink'))}</li>`).join('')}</ul>`
    : '';
  return `<h3>${h(t('pkgCopiesTitle', venue))}</h3>
<p>${h(limits)}</p>
${made || unfit ? `${made}${unfit}` : `<p>${h(t('pkgCopiesNone', venue))}</p>`}`;
}
