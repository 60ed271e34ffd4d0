/** An ISO 8601 time with this machine's own offset, as a record kept for a court reads best: "2026-12-02T18:05:00+08:00". */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}
