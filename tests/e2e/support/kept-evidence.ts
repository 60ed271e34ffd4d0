/**
 * Runs in one of Settle's pages (Chromium or Firefox): what Settle kept as evidence, each blob
 * described — its hash checked against the one recorded, its first bytes or whole HTML text, and
 * an image's size in pixels — since a Blob itself cannot leave the page.
 */
export function keptEvidenceInPage() {
  return new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const open = indexedDB.open('settle');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('evidence').objectStore('evidence').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    };
  }).then((records) =>
    Promise.all(
      records.map(async (r) => {
        const blob = r.blob as Blob;
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
        const image = blob.type.startsWith('image/') ? await createImageBitmap(blob) : undefined;
        return {
          kind: r.kind as string,
          name: r.name as string,
          url: r.url as string,
          pageTitle: r.pageTitle as string,
          capturedWith: r.capturedWith as string,
          capturedAt: r.capturedAt as string,
          sha256: r.sha256 as string,
          hashOk: r.sha256 === Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
          type: blob.type,
          size: blob.size,
          head: (await blob.slice(0, 200).text()).replace(/\r/g, ''),
          text: blob.type === 'text/html' ? await blob.text() : '',
          width: image?.width,
          height: image?.height,
        };
      }),
    ),
  );
}
