'use client';

import { useEffect, useState } from 'react';

/** A module part fetched on first use, once; a failed fetch is forgotten so that a retry fetches again. */
export interface LazyPart<T> {
  fetch(): Promise<T>;
  /** Set once fetched: what renders after that renders at once, without a loading state. */
  loaded: T | undefined;
}

export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let pending: Promise<T> | undefined;
  const part: LazyPart<T> = {
    loaded: undefined,
    fetch() {
      pending ??= load().then(
        (value) => {
          part.loaded = value;
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
  return part;
}

/**
 * A lazy part inside a component: `value` once fetched, `failed` if the fetch failed, `retry` to fetch again.
 * (Unlike `React.lazy`, a failure can be retried, and the caller draws the loading and failed states.) Nothing is
 * fetched while `wanted` is false: a part only an interaction needs waits for a sign of that interaction.
 */
export function useLazyPart<T>(
  part: LazyPart<T>,
  wanted = true,
): {
  value: T | undefined;
  failed: boolean;
  retry: () => void;
} {
  // Held in an object: a component is a function, which useState would take for an updater.
  const [state, setState] = useState<{ value: T } | undefined>(() =>
    part.loaded ? { value: part.loaded } : undefined,
  );
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || state || failed) return;
    let live = true;
    part.fetch().then(
      (value) => live && setState({ value }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [part, wanted, state, failed]);
  return { value: state?.value, failed, retry: () => setFailed(false) };
}
