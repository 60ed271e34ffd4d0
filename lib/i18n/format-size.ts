import { numberFormat } from './intl-cache';

/**
 * A file size as people read it, "12.5 MB" or "300 kB": units of 1,024, the ones the venues'
 * limits are written in (PayPal's "10 MB" is 10,485,760 bytes in Settle).
 */
export function formatSize(bytes: number, locale: string): string {
  const unit = bytes < 1_048_576 ? 'kilobyte' : 'megabyte';
  const format = numberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 });
  return format.format(unit === 'kilobyte' ? bytes / 1024 : bytes / 1_048_576);
}
