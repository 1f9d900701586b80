'use client';

import type { DossierEvent } from '@motcua/contract';
import { type DossierStatusCode, isFinalStatus } from '@motcua/core';
import type { Dossier, MotcuaClient } from '@motcua/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

type Step = Dossier['history'][number];
type Supplement = Dossier['supplementRequests'][number];

/** What the tracker shows, derived from a dossier at a moment. */
export interface DossierProgress {
  status: DossierStatusCode;
  /** Processing steps, oldest first; the last one is the current step. */
  steps: Step[];
  appointmentAt: string | undefined;
  /** Whole days past the appointment date, when processing is late; 0 otherwise. */
  overdueDays: number;
  /** The supplement request waiting for the applicant, if any. */
  openSupplement: Supplement | undefined;
}

const DAY = 86_400_000;

/**
 * Reads a dossier's progress. Late means: past the appointment date while the agency holds the dossier; not
 * when it is finished (processed or closed) or waiting for the applicant (documents or fees requested).
 *
 * @example
 * describeProgress(dossier, new Date()).overdueDays // 2
 */
export function describeProgress(dossier: Dossier, now: Date): DossierProgress {
  const status = dossier.status as DossierStatusCode;
  const steps = [...dossier.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const appointmentAt = dossier.dates.appointmentAt;
  const agencysTurn = status !== 0 && status !== 5 && status !== 6 && status !== 9 && !isFinalStatus(status);
  const late = appointmentAt && agencysTurn ? now.getTime() - Date.parse(appointmentAt) : 0;
  const openSupplement =
    status === 5 ? dossier.supplementRequests.findLast((request) => !request.answeredAt) : undefined;
  return { status, steps, appointmentAt, overdueDays: late > 0 ? Math.ceil(late / DAY) : 0, openSupplement };
}

/**
 * Applies a streamed event to a dossier without reading it again: the new status becomes the current step; an
 * appointment it carries replaces the old. The tracker re-reads instead (an event lacks the officer's words and the
 * supplement request); this serves lists that follow many dossiers and fixtures that play a platform.
 *
 * @example
 * const next = applyEvent(dossier, { ...event, status: 9 }); // next.history.at(-1)?.status === 9
 */
export function applyEvent(dossier: Dossier, event: DossierEvent): Dossier {
  if (event.status === null || event.status === dossier.status) return dossier;
  const appointment = event.data.appointmentAt ?? event.data.appointmentDate;
  return {
    ...dossier,
    status: event.status,
    dates: typeof appointment === 'string' ? { ...dossier.dates, appointmentAt: appointment } : dossier.dates,
    history: [
      ...dossier.history,
      {
        actor: event.actor.role,
        at: event.at,
        startedAt: event.at,
        content: '',
        status: event.status,
      } as Step,
    ],
  };
}

export interface UseStatusTrackerOptions {
  client: MotcuaClient | undefined;
  /** Loads the dossier by code (or id) through the client. */
  dossierCode?: string;
  /** Or gives it directly (server-rendered pages); it is still watched when `live` and a client exist. */
  dossier?: Dossier;
  /** Follow `client.dossiers.watch(code)`, re-reading the dossier after each event (default true). */
  live?: boolean;
  /** Called when a re-read after a live event finds a new status. */
  onStatusChange?: (status: DossierStatusCode, event: DossierEvent) => void;
}

export type StatusTrackerState =
  | { state: 'loading'; dossier?: undefined; error?: undefined }
  | { state: 'error'; dossier?: undefined; error: unknown }
  | { state: 'ready'; dossier: Dossier; error?: undefined };

/**
 * Loads a dossier through the SDK and follows its events: after each one the dossier is read again, so the history
 * carries the officer's name and words and an open supplement request shows.
 *
 * @example
 * const { state, dossier, reload } = useStatusTracker({ client, dossierCode: '000.00.14.H56-250701-0001' });
 */
export function useStatusTracker({
  client,
  dossierCode,
  dossier: given,
  live = true,
  onStatusChange,
}: UseStatusTrackerOptions) {
  const [result, setResult] = useState<StatusTrackerState>(
    given ? { state: 'ready', dossier: given } : { state: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (given) {
      setResult({ state: 'ready', dossier: given });
      return;
    }
    void attempt;
    if (!client || !dossierCode) {
      setResult({
        state: 'error',
        error: new Error('@motcua/react: StatusTracker needs a client and a dossierCode'),
      });
      return;
    }
    const controller = new AbortController();
    setResult({ state: 'loading' });
    client.dossiers.get(dossierCode, { signal: controller.signal }).then(
      (dossier) => {
        if (!controller.signal.aborted) setResult({ state: 'ready', dossier });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [client, dossierCode, given, attempt]);

  const callback = useRef(onStatusChange);
  // The dossier on screen, readable from the watch without re-subscribing.
  const shown = useRef(result.dossier);
  useEffect(() => {
    callback.current = onStatusChange;
    shown.current = result.dossier;
  });

  const code = result.dossier?.code ?? dossierCode;
  const ready = result.state === 'ready';
  useEffect(() => {
    if (!live || !client || !code || !ready) return;
    const controller = new AbortController();
    const { signal } = controller;
    // An event says that something changed; the dossier says what: the officer's words, the supplement request,
    // the new appointment. So each event re-reads it, one read at a time, the last one after the last event. The
    // stream starts from the dossier's first event, and a replayed one re-reads a dossier that has not changed.
    let reading = false;
    let cause: DossierEvent | undefined;
    const reread = async () => {
      reading = true;
      while (cause && !signal.aborted) {
        const event: DossierEvent = cause;
        cause = undefined;
        try {
          const dossier = await client.dossiers.get(code, { signal });
          if (signal.aborted) break;
          const before = shown.current?.status;
          shown.current = dossier;
          setResult({ state: 'ready', dossier });
          if (dossier.status !== before) callback.current?.(dossier.status as DossierStatusCode, event);
        } catch {
          // Keep showing the last known state, which was true; the next event reads again.
        }
      }
      reading = false;
    };
    (async () => {
      for await (const event of client.dossiers.watch(code, { signal })) {
        if (signal.aborted) return;
        cause = event;
        if (!reading) void reread();
      }
    })().catch(() => {
      // The SDK reconnects by itself; an error here means the watch was aborted or gave up. The page keeps showing
      // the last known state, which is still true.
    });
    return () => controller.abort();
  }, [live, client, code, ready]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, reload };
}
