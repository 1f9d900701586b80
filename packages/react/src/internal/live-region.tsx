'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** The shortest gap between two announcements of a changing value: JAWS and NVDA repeat faster updates endlessly. */
export const ANNOUNCE_INTERVAL_MS = 15_000;

/**
 * A polite live region that exists before anything is announced (screen readers ignore regions inserted together
 * with their text). Visually hidden; `role="status"` implies `aria-live="polite"`.
 */
export function LiveRegion({ message, id }: { message: string; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" aria-atomic="true" className="motcua-visually-hidden">
      {message}
    </div>
  );
}

/**
 * Announces text through a polite live region, at most once per `interval` ms. Messages arriving sooner are not
 * dropped: the latest one waits and is spoken when the interval has passed (intermediate ones are superseded, since
 * only the newest state matters). Use `immediate: true` for discrete events a user caused (a file they uploaded),
 * which are announced at once and do not repeat.
 *
 * @example
 * const { message, announce } = useAnnouncer();
 * announce('Hồ sơ chuyển sang trạng thái: Đang xử lý');
 * return <LiveRegion message={message} />;
 */
export function useAnnouncer(interval: number = ANNOUNCE_INTERVAL_MS) {
  const [message, setMessage] = useState('');
  const last = useRef(Number.NEGATIVE_INFINITY);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const speak = useCallback((text: string) => {
    last.current = Date.now();
    // Re-announcing identical text: clear first so the region really changes.
    setMessage((current) => (current === text ? `${text}\u00a0` : text));
  }, []);

  const announce = useCallback(
    (text: string, options: { immediate?: boolean } = {}) => {
      const wait = last.current + interval - Date.now();
      if (options.immediate || wait <= 0) {
        clearTimeout(timer.current);
        timer.current = undefined;
        pending.current = null;
        speak(text);
        return;
      }
      pending.current = text;
      if (timer.current === undefined)
        timer.current = setTimeout(() => {
          timer.current = undefined;
          if (pending.current !== null) speak(pending.current);
          pending.current = null;
        }, wait);
    },
    [interval, speak],
  );

  return { message, announce };
}
