/**
 * The page the keystroke benchmark drives (built by ../keystroke.bench.ts, not shipped): a 300-field form rendered
 * either by DossierForm or by a react-hook-form baseline with the same fields and markup, chosen by `location.hash`,
 * plus the harness that times each keystroke to the next paint.
 */
import '../../src/tokens.css';
import '../../src/base.css';
import '../../src/dossier-form/dossier-form.css';
import '../../src/zod-config.ts';
import type { FieldSpec, FormSpec } from '@motcua/core';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { DossierForm } from '../../src/dossier-form/DossierForm.tsx';
import { MotcuaProvider } from '../../src/provider/MotcuaProvider.tsx';

const SECTIONS = 10;
const PER_SECTION = 30;

/** 300 text fields in 10 sections; `conditional` makes field 151 depend on field 150 (a condition reads it). */
function bigSpec(conditional: boolean): FormSpec {
  const fields: FieldSpec[] = [];
  for (let s = 0; s < SECTIONS; s++) {
    const inner: FieldSpec[] = [];
    for (let f = 0; f < PER_SECTION; f++) {
      const n = s * PER_SECTION + f;
      inner.push({
        type: 'text',
        name: `f${n}`,
        label: { vi: `Trường thông tin số ${n}` },
        hint: n % 5 === 0 ? { vi: 'Ghi đúng như trên giấy tờ tùy thân' } : undefined,
        required: n % 3 === 0,
        maxLength: 200,
        ...(conditional && n === 151 ? { visibleWhen: { field: 'f150', notEmpty: true as const } } : {}),
      } as FieldSpec);
    }
    inner.forEach((field) => {
      if ((field as { hint?: unknown }).hint === undefined) delete (field as { hint?: unknown }).hint;
    });
    fields.push({ type: 'section', name: `s${s}`, title: { vi: `Phần ${s + 1}` }, fields: inner });
  }
  return { id: 'bench-300', version: 1, title: { vi: 'Tờ khai 300 trường' }, fields };
}

const SECTION_IDS = Array.from({ length: SECTIONS }, (_, s) => s);
const FIELD_IDS = Array.from({ length: PER_SECTION }, (_, f) => f);

/** The 300 fields as plain markup; `bind` wires each input (react-hook-form's `register`, or nothing). */
function PlainFields({
  bind,
  onSubmit,
}: {
  bind: (name: string, n: number) => object;
  onSubmit?: () => void;
}) {
  return (
    <form className="motcua-dossier-form__form" noValidate onSubmit={onSubmit}>
      {SECTION_IDS.map((s) => (
        <section key={`s${s}`} className="motcua-dossier-form__section">
          <h2 className="motcua-dossier-form__section-title">Phần {s + 1}</h2>
          {FIELD_IDS.map((f) => {
            const n = s * PER_SECTION + f;
            const id = `bench-f${n}`;
            return (
              <div key={n} className="motcua-form-group motcua-dossier-form__field">
                <label className="motcua-label" htmlFor={id}>
                  Trường thông tin số {n}
                </label>
                {n % 5 === 0 ? <div className="motcua-hint">Ghi đúng như trên giấy tờ tùy thân</div> : null}
                <div className="motcua-dossier-form__input-row">
                  <input
                    id={id}
                    className="motcua-input motcua-dossier-form__input"
                    type="text"
                    {...bind(`f${n}`, n)}
                  />
                </div>
              </div>
            );
          })}
        </section>
      ))}
      <button type="submit" className="motcua-button">
        Tiếp tục
      </button>
    </form>
  );
}

function Baseline() {
  const { register, handleSubmit } = useForm({ mode: 'onSubmit' });
  return (
    <PlainFields
      bind={(name, n) => register(name, { required: n % 3 === 0, maxLength: 200 })}
      onSubmit={handleSubmit(() => undefined)}
    />
  );
}

/** No JavaScript reacts to typing: what the browser alone costs per keystroke on this page (the floor). */
const noBinding = () => ({});

const variant = location.hash.slice(1) || 'dossier';
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <MotcuaProvider locale="vi" theme="light">
    {variant === 'floor' ? (
      <PlainFields bind={noBinding} />
    ) : variant === 'baseline' ? (
      <Baseline />
    ) : (
      <DossierForm
        id="bench"
        spec={bigSpec(variant === 'conditional')}
        procedureCode="0.000000"
        dossier={{ applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' } }}
        layout="single"
        autosave={variant !== 'no-autosave'}
        prefill={false}
      />
    )}
  </MotcuaProvider>,
);

// ── Harness. For each keydown: t0 its timestamp; t1 when the input event has been handled (a window listener in the
// bubble phase runs after React's root listener, so after React rendered and committed); t2 the next animation
// frame; t3 the first task after that frame was painted (a message posted from rAF). `paint` = t3 − t0, what the
// user waits for, frame alignment included; `work` = (t1 − t0) + (t3 − t2), the main thread's own cost, without
// the idle wait for the next vsync.
const samples: number[] = [];
const work: number[] = [];
const handled: number[] = [];
const channel = new MessageChannel();
let t0 = 0;
let t1 = 0;
let t2 = 0;
// Waiters are woken by the sample itself: polling with timers would add tasks to the very frames being timed.
const waiters: { count: number; resolve: () => void }[] = [];
channel.port1.onmessage = () => {
  const t3 = performance.now();
  samples.push(t3 - t0);
  work.push(t1 - t0 + (t3 - t2));
  handled.push(t1 - t0);
  for (const waiter of waiters.filter((w) => w.count <= samples.length)) {
    waiters.splice(waiters.indexOf(waiter), 1);
    waiter.resolve();
  }
};
document.addEventListener(
  'keydown',
  (event) => {
    t0 = event.timeStamp;
    t1 = t0;
    requestAnimationFrame(() => {
      t2 = performance.now();
      channel.port2.postMessage(null);
    });
  },
  { capture: true },
);
window.addEventListener('input', () => {
  t1 = performance.now();
});
const slow: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.name === 'keydown' || entry.name === 'input') slow.push(entry.duration);
}).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

Object.assign(window, {
  __bench: {
    ready: () => document.getElementById('bench-f150') !== null,
    /** Resolves once `count` keystrokes have been painted. */
    waitFor: (count: number) =>
      new Promise<void>((resolve, reject) => {
        if (samples.length >= count) return resolve();
        const timer = setTimeout(() => reject(new Error(`keystroke ${count} was never painted`)), 10_000);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
    samples: () => samples.slice(),
    work: () => work.slice(),
    handled: () => handled.slice(),
    slow: () => slow.slice(),
    reset: () => {
      samples.length = 0;
      work.length = 0;
      handled.length = 0;
      slow.length = 0;
    },
  },
});
