import { browser } from 'wxt/browser';

/**
 * Asks the browser for an optional host permission (a pattern from the manifest's optional hosts).
 * Call it synchronously from the click that asked for it, before any await: the browser shows its
 * prompt only during a user gesture (Firefox refuses once the handler has returned). Resolves
 * false when the seller declines.
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Whether Settle holds the host permission now (the seller may remove it in the browser's settings at any time). */
export function hasHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Gives a host permission back when the feature that needed it is turned off. */
export function removeHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
