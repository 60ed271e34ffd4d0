/** The bytes of a `data:…;base64,` URL (what tabs.captureVisibleTab gives) as a Blob of its media type. */
export function blobOfDataUrl(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('The browser gave no image.');
  const [, type, base64, data] = match;
  if (!base64) return new Blob([decodeURIComponent(data!)], { type });
  const binary = atob(data!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
