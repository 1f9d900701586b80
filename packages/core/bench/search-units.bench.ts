/**
 * Benchmark of `searchUnits` over all 3,355 current units. Not a test: run `pnpm bench` (node bench/search-units.bench.ts).
 *
 * A self-contained timing loop (no benchmark library): index build timed once, warm-up, then for each query kind
 * enough rounds to fill about 300 ms, measured with process.hrtime.bigint(). Prints queries per second.
 */
import { registerHooks } from 'node:module';

// The sources import their siblings as `./x.js` (what the compiled output is called); Node's type stripping runs the
// `.ts` files themselves, so map a relative `.js` that does not exist to its `.ts`.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});

type Units = typeof import('../src/units/index');
const unitsModule = new URL('../src/units/index.ts', import.meta.url).href;

const QUERIES: ReadonlyArray<{ kind: string; queries: readonly string[] }> = [
  { kind: 'exact, with diacritics', queries: ['Hà Nội', 'Đà Nẵng', 'Phường Ba Đình', 'Thủ Đức'] },
  { kind: 'exact, no diacritics', queries: ['ha noi', 'da nang', 'thu duc', 'can tho', 'hue'] },
  { kind: 'prefix (typing)', queries: ['ph', 'phu', 'tan b', 'long th', 'quang'] },
  { kind: 'word prefix / substring', queries: ['binh', 'an phu', 'son', 'giang'] },
  { kind: 'English', queries: ['hanoi', 'ba dinh ward'] },
  { kind: 'in one province', queries: ['hoa', 'phu'] },
];
const PROVINCE_FILTER = { provinceCode: '01' } as const;
const TARGET_NS = 300_000_000n;

function measure(run: () => void): number {
  for (let i = 0; i < 200; i++) run(); // warm-up
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < TARGET_NS) {
    for (let i = 0; i < 100; i++) run();
    rounds += 100;
    elapsed = process.hrtime.bigint() - start;
  }
  return rounds / (Number(elapsed) / 1e9);
}

const importStart = process.hrtime.bigint();
const { searchUnits } = (await import(unitsModule)) as Units;
const importMs = Number(process.hrtime.bigint() - importStart) / 1e6;
const buildStart = process.hrtime.bigint();
searchUnits('ha noi');
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

const rows: Array<{ kind: string; queries: number; 'queries/s': string; 'µs/query': string }> = [];
const all: Array<() => unknown> = [];
for (const { kind, queries } of QUERIES) {
  const options = kind === 'in one province' ? PROVINCE_FILTER : undefined;
  const calls = queries.map((query) => () => searchUnits(query, options));
  all.push(...calls);
  const perSecond =
    measure(() => {
      for (const call of calls) call();
    }) * calls.length;
  rows.push({
    kind,
    queries: calls.length,
    'queries/s': Math.round(perSecond).toLocaleString('en'),
    'µs/query': (1e6 / perSecond).toFixed(1),
  });
}
const overall =
  measure(() => {
    for (const call of all) call();
  }) * all.length;
rows.push({
  kind: 'overall (mix)',
  queries: all.length,
  'queries/s': Math.round(overall).toLocaleString('en'),
  'µs/query': (1e6 / overall).toFixed(1),
});

console.log(`searchUnits over 3,355 units — Node ${process.version}`);
console.log(
  `import ${importMs.toFixed(1)} ms (incl. type stripping), first search (builds the index) ${buildMs.toFixed(1)} ms`,
);
console.table(rows);
