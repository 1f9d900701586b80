import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A router of a few lines, because the portal has a handful of pages: the History API, a `<Link>` that
 * intercepts plain clicks, and a hook that re-renders on navigation. Moving focus and the page title are the
 * pages' business (see `Page`).
 */
const listeners = new Set<() => void>();
let pendingFocus = false;

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    pendingFocus = true;
    notify();
  });

/** Goes to a path of the portal; the next page's heading takes focus, as after a full page load. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  pendingFocus = true;
  window.scrollTo(0, 0);
  notify();
}

/** Whether the page now showing was reached by navigation inside the portal (then it should take focus). Reading clears it. */
export function takePendingFocus(): boolean {
  const pending = pendingFocus;
  pendingFocus = false;
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => location.pathname + location.search;

/** The current path and query, e.g. `/ho-so/000.00.01.H26-260213-0001?moi=1`. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return new URL(href, 'http://portal.invalid');
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** An ordinary link (it works without script, opens in a new tab with modifiers) that navigates in place. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...props} />;
}
