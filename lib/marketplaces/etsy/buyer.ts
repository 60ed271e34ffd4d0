import type { Buyer } from '../../model/order';
import { textOf } from './page-text';
import { selectors } from './selectors';

/** The username in an etsy.com/people/<username> link, or undefined. */
function handleOf(link: Element | null): string | undefined {
  const href = link ? link.getAttribute('href') : null;
  if (!href) return undefined;
  try {
    const m = /^\/people\/([^/?#]+)\/?$/.exec(new URL(href, 'https://www.etsy.com').pathname);
    return m ? decodeURIComponent(m[1]!) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The buyer an order row or the overlay names: the account name on the buyer's menu button, whose
 * menu links the buyer's profile (the username); the "Ship to" name when there is no such menu.
 * The row's other menus are order actions, each carrying a clg-tooltip (Etsy Auto Tracking v4.3).
 */
export function readBuyer(root: Element): Buyer {
  const menu = [...root.querySelectorAll(selectors.dropdown)].find(
    (m) => !m.querySelector(selectors.actionTooltip) && m.querySelector(selectors.profileLink),
  );
  const buyer: Buyer = {};
  const name = menu
    ? textOf(menu.querySelector(selectors.dropdownButton))
    : textOf(root.querySelector(selectors.shipToName));
  if (name) buyer.name = name;
  const handle = handleOf(menu ? menu.querySelector(selectors.profileLink) : null);
  if (handle) buyer.handle = handle;
  return buyer;
}
