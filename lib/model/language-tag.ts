/**
 * A language as a console says it: a WordPress locale (`en_US`, `zh_CN`, `de_DE_formal`, `ja`) or a
 * BCP 47 tag (`zh-TW`). The reader keeps nothing else, and the background's schema takes nothing else.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i;
