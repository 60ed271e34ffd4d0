import type { CaptureStep, PageMetrics } from '../../messaging/types';
import { pageMetrics } from './page-metrics';
import { restorePage, scrollForSlice } from './scroll-steps';
import { htmlSnapshot } from './html-snapshot';

/** What the capture script provides to the content script (lib/content/extension-module.ts). */
export type CaptureRunner = (doc: Document, step: CaptureStep) => Promise<PageMetrics | string>;

/** Carries out one step of a capture the background drives (lib/evidence/capture). */
export const runCaptureStep: CaptureRunner = async (doc, step) => {
  switch (step.kind) {
    case 'measure':
      return pageMetrics(doc);
    case 'scroll':
      return scrollForSlice(doc, step.y, step.hideFixed);
    case 'restore':
      return restorePage(doc, step.y);
    case 'snapshot':
      return htmlSnapshot(doc, step.capturedAt);
  }
};
