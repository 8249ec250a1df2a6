/**
 * `npm run bench`: the add-on's cost, measured, each figure next to the naive way it replaces.
 * bench/run.mjs bundles this file for Node and calls runBench after `npm run build`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import type { BuildOptions } from 'esbuild';
import {
  createEmulator,
  type Emulator,
  globalsFor,
  loadBundle,
  pasteCsv,
  runGlobal,
  type SheetSnapshot,
  snapshotSpreadsheet,
  unwrap,
} from '../emulator';
import type { CellValue, Grid, SheetSettings } from '../src/core/cells';
import { readDay } from '../src/core/dates';
import { readGoalsTab } from '../src/core/goals/goalsTab';
import { importTabs } from '../src/core/import';
import { parseNumber } from '../src/core/numbers';
import { buildProgressReport } from '../src/core/progress';
import type { ProgressReport } from '../src/core/report';
import { GOAL_DEADLINE, GOAL_START, GOALS, goalsCsv, POSTS_HEADER, postRows, postsCsv, TODAY } from './data';
import { analyseServerBundle, type BundleAnalysis } from './size';

/** The per-call cost model: every service call costs 1 ms, a floor (real calls often take tens of ms). */
const COST = { defaultMs: 1 };
const SETTINGS: SheetSettings = { locale: 'en_US', timeZone: 'UTC' };
const PROGRESS_KEY = 'smartGoals.progress';
const SIZES = [1_000, 10_000, 100_000];
const RUNS = 7;
const COLD_RUNS = 20;

const KB = 1024;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
function timeRuns(runs: number, fn: () => void): { median: number; first: number; runs: number[] } {
  const all = Array.from({ length: runs }, () => time(fn));
  return { median: median(all), first: all[0]!, runs: all };
}

interface Figure {
  readonly figure: string;
  readonly value: string;
  readonly naive: string;
  readonly ratio: string;
  readonly target: string;
  readonly met: boolean;
}

// 1. SpreadsheetApp calls of the Progress build ------------------------------------------------------

/**
 * SpreadsheetApp calls (every service but LockService and Session): `all` of them, and `document`, all
 * but the builder configuration calls (emulator BUILDER_KINDS: asLineChart, addRange, setOption… on an
 * EmbeddedChartBuilder or ConditionalFormatRuleBuilder before build()), which set up an object in the
 * script's memory; newChart and insertChart are document calls.
 */
interface Calls {
  readonly all: number;
  readonly document: number;
}

interface CallFigures {
  readonly rows: number;
  /** A first build, and a rebuild (which also finds, deletes and renames the previous tab). */
  readonly first: Calls;
  readonly rebuild: Calls;
  readonly byMethod: Record<string, number>;
  readonly naiveWrites: number;
  readonly naiveReadsAndWrites: number;
  readonly simulatedMs: number;
  readonly naiveSimulatedMs: number;
  readonly wallMs: number;
}

function spreadsheetCalls(emulator: Emulator): Calls {
  const all = emulator.calls.total - emulator.calls.countOf('Lock') - emulator.calls.countOf('Session.');
  return { all, document: all - emulator.calls.builderCalls() };
}

const DOCUMENT_CALLS_DEFINITION =
  'Document calls: SpreadsheetApp calls (LockService and Session not counted) less the builder ' +
  'configuration calls (asLineChart, addRange, setNumHeaders, setPosition, setOption and build on an ' +
  'EmbeddedChartBuilder, and the like on a ConditionalFormatRuleBuilder), which only set up an object ' +
  'in the script until insertChart (a document call, as newChart is) sends it. The target is judged on them.';

function progressTab(emulator: Emulator): SheetSnapshot {
  const tab = snapshotSpreadsheet(emulator.spreadsheet).sheets.find((s) =>
    s.developerMetadata.some((m) => m.key === PROGRESS_KEY),
  );
  if (!tab) throw new Error('bench: no Progress tab was built');
  return tab;
}

/** Calls to write a snapshot's cells one at a time: getRange, then setValue or setFormula and one setter per format. */
function naiveCellWrites(tab: SheetSnapshot): number {
  const emulator = createEmulator({ sheets: ['Naive'], cost: COST });
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Naive')!;
  const rows = tab.values.length;
  const columns = Math.max(0, ...tab.values.map((r) => r.length));
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  emulator.resetCalls();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const formula = tab.formulas[r]?.[c] ?? '';
      const value = tab.values[r]?.[c] ?? '';
      const numberFormat = tab.formats.numberFormat?.[r]?.[c] ?? null;
      const background = tab.formats.background?.[r]?.[c] ?? null;
      const weight = tab.formats.fontWeight?.[r]?.[c] ?? null;
      const styled =
        (numberFormat !== null && numberFormat !== 'General') || background !== null || weight !== null;
      if (formula === '' && value === '' && !styled) continue;
      const cell = sheet.getRange(r + 1, c + 1);
      if (formula !== '') cell.setFormula(formula);
      else if (value !== '') cell.setValue(value as never);
      if (numberFormat !== null && numberFormat !== 'General') cell.setNumberFormat(String(numberFormat));
      if (background !== null) cell.setBackground(String(background));
      if (weight !== null) cell.setFontWeight(String(weight) as 'bold');
    }
  return emulator.calls.total;
}

function progressBuildCalls(bundle: string, rows: number): CallFigures {
  const emulator = createEmulator({ sheets: ['Goals'], cost: COST });
  pasteCsv(emulator.sheet('Goals'), goalsCsv(), { split: true });
  pasteCsv(emulator.spreadsheet.insertSheet('Posts'), postsCsv(postRows(rows)), { split: true });
  const context = loadBundle(bundle, emulator);
  emulator.resetCalls();
  const wallMs = time(() => runGlobal(emulator, context, 'buildProgressTab'));
  if (emulator.ui.alerts.length) throw new Error(`bench: the build alerted ${emulator.ui.alerts[0]!.prompt}`);
  const first = spreadsheetCalls(emulator);
  const byMethod = { ...emulator.calls.byMethod };
  const simulatedMs = emulator.calls.simulatedMs;
  const tab = progressTab(emulator);
  if (tab.charts.length !== GOALS.length)
    throw new Error(`bench: ${tab.charts.length} charts, not ${GOALS.length}`);
  emulator.resetCalls();
  runGlobal(emulator, context, 'buildProgressTab');
  const rebuild = spreadsheetCalls(emulator);

  // The naive build: the same reads and charts, but every cell of the tab written on its own (document
  // calls both ways: the chart builder's configuration is the same).
  const gridWrites = ['setValues', 'setNumberFormats', 'setBackgrounds', 'setFontWeights'].reduce(
    (sum, m) => sum + (byMethod[`Range.${m}`] ?? 0),
    0,
  );
  const naiveWrites = first.document - gridWrites + naiveCellWrites(tab);
  // …and every cell of every tab it reads fetched with getRange + getValue instead of one getValues.
  let cells = 0;
  let tabsRead = 0;
  for (const name of ['Goals', 'Posts']) {
    const sheet = unwrap(emulator.sheet(name));
    cells += sheet.getLastRow() * sheet.getLastColumn();
    tabsRead++;
  }
  const naiveReadsAndWrites = naiveWrites - 2 * tabsRead + 2 * cells;
  return {
    rows,
    first,
    rebuild,
    byMethod,
    naiveWrites,
    naiveReadsAndWrites,
    simulatedMs,
    naiveSimulatedMs: naiveReadsAndWrites * COST.defaultMs,
    wallMs,
  };
}

// 2. Parse + compute in Node ---------------------------------------------------------------------------

/** The posts tab as getValues returns it after a paste (Dates and numbers), and as one column of CSV lines. */
function pastedGrids(rows: number): { typed: Grid; text: Grid } {
  const emulator = createEmulator({ sheets: ['Posts'] });
  const csv = postsCsv(postRows(rows));
  pasteCsv(emulator.sheet('Posts'), csv, { split: true });
  const typed = unwrap(emulator.sheet('Posts')).getDataRange().getValues() as Grid;
  const text = csv.split('\n').map((line): CellValue[] => [line]);
  return { typed, text };
}

function goalsGrid(): Grid {
  const emulator = createEmulator({ sheets: ['Goals'] });
  pasteCsv(emulator.sheet('Goals'), goalsCsv(), { split: true });
  return unwrap(emulator.sheet('Goals')).getDataRange().getValues() as Grid;
}

function parseAndCompute(posts: Grid, goals: Grid): ProgressReport {
  const dataset = importTabs([{ name: 'Posts', values: posts }], SETTINGS, { today: TODAY });
  return buildProgressReport(readGoalsTab(goals, SETTINGS), dataset, { today: TODAY, builtAt: 0 });
}

/**
 * The straightforward script it replaces: for each goal, walk every row and read its date and metric
 * cells with the generic cell readers (no per-column caches, no typed fast path), summing the window.
 */
function naiveTotals(posts: Grid): number[] {
  const header = posts[0]!.map(String);
  const network = header.indexOf('Network');
  return GOALS.map((goal) => {
    if (goal.column === null) return Number.NaN;
    const column = header.indexOf(goal.column);
    let total = 0;
    for (let r = 1; r < posts.length; r++) {
      const row = posts[r]!;
      const day = readDay(row[0], SETTINGS);
      if (day === null || day < GOAL_START || day > GOAL_DEADLINE) continue;
      if (goal.platform !== 'All' && row[network] !== goal.platform) continue;
      total += parseNumber(row[column], false) ?? 0;
    }
    return total;
  });
}

/** The bench checks itself: the report's count goals must equal the naive sums. */
function checkAgainstNaive(report: ProgressReport, naive: readonly number[]): void {
  GOALS.forEach((goal, i) => {
    if (goal.column === null) return;
    const current = report.goals[i]?.current;
    if (current !== naive[i])
      throw new Error(`bench: ${goal.goal} is ${current} in the report, ${naive[i]} naively`);
  });
}

// 3. One custom function over a column -------------------------------------------------------------------

function customFunction(bundle: string, rows: number) {
  const emulator = createEmulator({ cost: COST });
  const context = loadBundle(bundle, emulator);
  const posts = postRows(rows);
  const engagements = posts.map((p) => [p.values[2]!]);
  const reach = posts.map((p) => [p.values[1]!]);
  const rate = context.ENGAGEMENT_RATE as (...args: unknown[]) => unknown;
  const asSheets = <T>(fn: () => T) => emulator.withAuthMode('CUSTOM_FUNCTION', fn);
  let result: unknown;
  emulator.resetCalls();
  const range = timeRuns(RUNS, () => {
    result = asSheets(() => rate(engagements, reach));
  });
  const callsPerEvaluation = emulator.calls.total / RUNS;
  if (!Array.isArray(result) || result.length !== rows)
    throw new Error('bench: ENGAGEMENT_RATE gave no column');
  if ((result[7] as number[])[0] !== engagements[7]![0]! / reach[7]![0]!)
    throw new Error('bench: ENGAGEMENT_RATE gave a wrong rate');
  // Filled down, Sheets calls it once per cell: time 10,000 such calls here and scale to the column.
  const sample = Math.min(rows, 10_000);
  const perCell = timeRuns(3, () => {
    for (let i = 0; i < sample; i++) asSheets(() => rate(engagements[i]![0], reach[i]![0]));
  });
  return {
    rows,
    medianMs: range.median,
    firstMs: range.first,
    runsMs: range.runs,
    callsPerEvaluation,
    perCellMs: (perCell.median * rows) / sample,
    perCellSample: sample,
  };
}

// 5. Cold evaluation ----------------------------------------------------------------------------------------

/** Evaluates a script in fresh vm contexts; a unique trailing comment keeps V8's compile cache out of it. */
function coldEvaluation(source: string, runs: number): number[] {
  const emulator = createEmulator();
  return Array.from({ length: runs }, (_, i) =>
    time(() => {
      const context = vm.createContext(globalsFor(emulator));
      new vm.Script(`${source}\n// cold ${i} ${Math.random()}`).runInContext(context);
    }),
  );
}

// Report ------------------------------------------------------------------------------------------------------

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f1 = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const ratio = (naive: number, ours: number) => `${f0(naive / ours)}×`;
const duration = (ms: number) =>
  ms >= 3_600_000
    ? `${f1(ms / 3_600_000)} h`
    : ms >= 60_000
      ? `${f1(ms / 60_000)} min`
      : ms >= 1000
        ? `${f1(ms / 1000)} s`
        : `${f1(ms)} ms`;

function printTable(figures: readonly Figure[]): string {
  const head = ['figure', 'measured', 'naive way', 'ratio', 'target', ''];
  const rows = figures.map((f) => [f.figure, f.value, f.naive, f.ratio, f.target, f.met ? 'met' : 'NOT MET']);
  const lines = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
  return lines.join('\n');
}

export async function runBench(root: string, serverBuildOptions: BuildOptions): Promise<void> {
  const codePath = path.join(root, 'build', 'Code.js');
  const sidebarPath = path.join(root, 'build', 'sidebar.html');
  const bundle = readFileSync(codePath, 'utf8');
  const log = (text: string) => console.log(text);
  const figures: Figure[] = [];
  log(`Benchmarking build/Code.js on ${cpus()[0]?.model ?? 'an unknown CPU'}, Node ${process.version}…`);

  // 1.
  const calls = SIZES.map((rows) => progressBuildCalls(bundle, rows));
  const budget = 15 + 3 * GOALS.length;
  const key = (c: CallFigures) => JSON.stringify([c.first, c.rebuild]);
  const same = calls.every((c) => key(c) === key(calls[0]!));
  for (const c of calls) {
    figures.push({
      figure: `SpreadsheetApp calls, Progress tab, ${f0(c.rows)} rows × ${GOALS.length} goals: document calls, first build (rebuild); all calls`,
      value: `${c.first.document} (${c.rebuild.document}); ${c.first.all} (${c.rebuild.all}), ${duration(c.simulatedMs)} at 1 ms a call`,
      naive: `${f0(c.naiveWrites)} writing cell by cell; ${f0(c.naiveReadsAndWrites)} reading cell by cell too (${duration(c.naiveSimulatedMs)})`,
      ratio: `${ratio(c.naiveWrites, c.first.document)}; ${ratio(c.naiveReadsAndWrites, c.first.document)}`,
      target: `identical across sizes; ≤ ${budget} document calls (15 + 3 per goal)`,
      met: same && c.first.document <= budget,
    });
  }
  log('1. SpreadsheetApp calls measured.');

  // 2.
  const grids = pastedGrids(100_000);
  const goals = goalsGrid();
  let report: ProgressReport | null = null;
  const typed = timeRuns(RUNS, () => {
    report = parseAndCompute(grids.typed, goals);
  });
  const text = timeRuns(RUNS, () => {
    parseAndCompute(grids.text, goals);
  });
  let naive: number[] = [];
  const naiveRun = timeRuns(3, () => {
    naive = naiveTotals(grids.typed);
  });
  checkAgainstNaive(report!, naive);
  const issues = (report as ProgressReport | null)?.issues.length ?? -1;
  if (issues !== 0) throw new Error(`bench: the clean export gave ${issues} data-quality issues`);
  figures.push({
    figure: `parse + compute, 100,000 pasted rows × ${GOALS.length} goals (median of ${RUNS}; first run)`,
    value: `${duration(typed.median)} (${duration(typed.first)})`,
    naive: `${duration(naiveRun.median)} re-reading every row per goal with the generic cell readers`,
    ratio: ratio(naiveRun.median, typed.median),
    target: '< 1 s',
    met: typed.median < 1000,
  });
  figures.push({
    figure: `the same, CSV pasted into one column (every cell text) (median of ${RUNS}; first run)`,
    value: `${duration(text.median)} (${duration(text.first)})`,
    naive: '—',
    ratio: '—',
    target: '< 1 s',
    met: text.median < 1000,
  });
  log('2. parse + compute measured.');

  // 5 first: a formula filled down costs one execution, so one evaluation of Code.js, per cell.
  const analysis: BundleAnalysis = await analyseServerBundle(root, serverBuildOptions, bundle);
  coldEvaluation(bundle, 3); // let Node itself warm up; the script is still compiled afresh each time
  const cold = median(coldEvaluation(bundle, COLD_RUNS));
  const unminified =
    analysis.unminifiedSource === null ? null : median(coldEvaluation(analysis.unminifiedSource, COLD_RUNS));

  // 3.
  const fn = customFunction(bundle, 100_000);
  const perCellExecutionMs = cold + fn.callsPerEvaluation * COST.defaultMs;
  const filledDownMs = fn.perCellMs + fn.rows * perCellExecutionMs;
  figures.push({
    figure: `ENGAGEMENT_RATE over a 100,000-row range, built bundle (median of ${RUNS}; first run)`,
    value: `${duration(fn.medianMs)} (${duration(fn.firstMs)}), ${fn.callsPerEvaluation} service calls`,
    naive:
      `100,000 one-cell formulas: ${duration(fn.perCellMs)} of compute (${f0(fn.perCellSample)} timed, scaled); ` +
      `${duration(filledDownMs)} counting one execution per cell (cold evaluation + ${fn.callsPerEvaluation} calls at 1 ms)`,
    ratio: `${ratio(fn.perCellMs, fn.medianMs)}; ${ratio(filledDownMs, fn.medianMs + perCellExecutionMs)}`,
    target: '< 100 ms',
    met: fn.medianMs < 100,
  });
  log('3. custom function measured.');

  // 4.
  const codeBytes = statSync(codePath).size;
  const sidebarBytes = statSync(sidebarPath).size;
  figures.push({
    figure: 'build/Code.js',
    value: `${f1(codeBytes / KB)} KB`,
    naive: `${f1(analysis.unminifiedBytes / KB)} KB unminified`,
    ratio: ratio(analysis.unminifiedBytes, codeBytes),
    target: '≤ 80 KB',
    met: codeBytes <= 80 * KB,
  });
  figures.push({
    figure: 'build/sidebar.html',
    value: `${f1(sidebarBytes / KB)} KB`,
    naive: '—',
    ratio: '—',
    target: '≤ 80 KB',
    met: sidebarBytes <= 80 * KB,
  });
  log('4. sizes measured.');

  // 5.
  figures.push({
    figure: `cold evaluation of Code.js in a fresh vm context (median of ${COLD_RUNS})`,
    value: duration(cold),
    naive: unminified === null ? '—' : `${duration(unminified)} unminified`,
    ratio: unminified === null ? '—' : `${(unminified / cold).toFixed(1)}×`,
    target: '< 20 ms',
    met: cold < 20,
  });
  log('5. cold evaluation measured.\n');

  const table = printTable(figures);
  log(table);
  log(
    `\nCost model: ${COST.defaultMs} ms per SpreadsheetApp call (the emulator's simulated time; no real waiting).`,
  );
  log(`${DOCUMENT_CALLS_DEFINITION} A rebuild also finds, deletes and renames the previous Progress tab.`);
  log('\nLargest contributors to build/Code.js (esbuild metafile, minified bytes):');
  for (const c of analysis.contributors) log(`  ${f1(c.bytes / KB).padStart(6)} KB  ${c.name}`);
  if (!analysis.matchesBuild)
    log('  (warning: the re-bundle differs from build/Code.js: was build/ built from other sources?)');

  const cpu = cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGB: Math.round(totalmem() / 1024 ** 3),
    },
    costModel: COST,
    figures,
    raw: {
      calls: calls.map(({ byMethod, ...rest }) => ({ ...rest, byMethod })),
      parseCompute: { typedMs: typed.runs, textMs: text.runs, naiveMs: naiveRun.runs, header: POSTS_HEADER },
      customFunction: { ...fn, perCellExecutionMs, filledDownMs },
      bytes: { code: codeBytes, sidebar: sidebarBytes, unminifiedCode: analysis.unminifiedBytes },
      contributors: analysis.contributors,
      coldEvaluationMs: { median: cold, unminifiedMedian: unminified },
    },
  };
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('\nWrote bench/results.json.');
}
