/**
 * An id for a debt added by hand, such as M-20261123-E636 (the date, then four random base-36
 * characters), tried again in the rare case it is taken.
 */
export async function newManualOrderId(
  date: string,
  taken: (id: string) => Promise<boolean>,
  random = Math.random,
): Promise<string> {
  for (;;) {
    const suffix = Array.from(
      { length: 4 },
      () => '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(random() * 36)],
    ).join('');
    const id = `M-${date.replace(/-/g, '')}-${suffix}`;
    if (!(await taken(id))) return id;
  }
}
