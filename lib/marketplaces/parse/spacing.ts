/** White space a page's text may hold beyond single spaces between words. */
const LOOSE_SPACING = /\s\s|[^\S ]|^ | $/;

/**
 * `text` with its spacing as the page shows it: each run of white space one space, none at the
 * ends. Text already so (most labels and cells) is returned as it is, without building it again.
 */
export const collapseSpacing = (text: string) => (LOOSE_SPACING.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
