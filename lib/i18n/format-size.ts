/** One formatter per locale and unit (making one costs ~0.1 ms). */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A file size as people read it, "12.5 MB" or "300 kB": units of 1,024, the ones the venues'
 * limits are written in (PayPal's "10 MB" is 10,485,760 bytes in Settle).
 */
export function formatSize(bytes: number, locale: string): string {
  const unit = bytes < 1_048_576 ? 'kilobyte' : 'megabyte';
  let format = formatters.get(`${locale} ${unit}`);
  if (!format)
    formatters.set(
      `${locale} ${unit}`,
      (format = new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 })),
    );
  return format.format(unit === 'kilobyte' ? bytes / 1024 : bytes / 1_048_576);
}
