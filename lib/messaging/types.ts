import type { PageReading } from '../marketplaces/types';

/**
 * Message names, by direction (content script → background, extension page → background).
 * This file has no runtime dependencies so content scripts can import it without pulling in valibot.
 */
export const CsToBg = {
  PAGE_READ: 'cs-bg-page-read',
} as const;

export interface PageReadMessage {
  type: typeof CsToBg.PAGE_READ;
  url: string;
  reading: PageReading;
}

export type BgMessage = PageReadMessage;

export type BgErrorCode = 'invalid-message' | 'forbidden' | 'storage-full' | 'internal';

export type BgResponse<T = unknown> = { ok: true; result: T } | { ok: false; error: BgErrorCode; detail: string };

/** What the background answers to a page read. */
export interface PageReadResult {
  created: number;
  changed: number;
  unchanged: number;
  openCount: number;
}
