'use client';

import { useEffect } from 'react';

/**
 * Prefixes `document.title` (e.g. with 'Lỗi: ') while `active`, and puts the original back afterwards, GOV.UK's
 * way of telling screen-reader users on page load that the form has errors.
 */
export function useDocumentTitlePrefix(prefix: string, active: boolean): void {
  useEffect(() => {
    if (!active || typeof document === 'undefined') return;
    const original = document.title;
    const prefixed = original.startsWith(prefix) ? original : `${prefix}${original}`;
    document.title = prefixed;
    return () => {
      // Restore only if nobody retitled the page meanwhile (a route change, say).
      if (document.title === prefixed) document.title = original;
    };
  }, [prefix, active]);
}
