/** The words of an element that may be absent (an empty text then), spacing collapsed as the page shows it. */
export const textOf = (el: Element | null) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : '');
