// Builders that record what was built: conditional format rules and embedded charts. Citations are
// pages under developers.google.com/apps-script/reference/spreadsheet/ with the method's anchor.
// One builder class serves every chart type: asLineChart() etc. only set the type.
import { type CallCounter, Emulated } from './calls';
import type { Range, Sheet } from './sheet';
import { cssColor } from './values';

// ---- conditional formats ---------------------------------------------------------------------

export interface ConditionalFormatSpec {
  /** Sheet-qualified A1 of each range the rule applies to. */
  ranges: string[];
  /** SpreadsheetApp.BooleanCriteria name and its values, or null for a gradient rule. */
  condition: { type: string; values: unknown[] } | null;
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null;
}

export interface GradientPoint {
  color: string;
  type: string;
  value?: string;
}

interface RuleState {
  ranges: Range[];
  condition: { type: string; values: unknown[] } | null;
  format: ConditionalFormatSpec['format'];
  gradient: ConditionalFormatSpec['gradient'];
}

function copyState(state: RuleState): RuleState {
  return {
    ranges: [...state.ranges],
    condition: state.condition ? { type: state.condition.type, values: [...state.condition.values] } : null,
    format: { ...state.format },
    gradient: state.gradient ? { ...state.gradient } : null,
  };
}

/** conditional-format-rule-builder; anchors below are on that page. */
export class ConditionalFormatRuleBuilder extends Emulated {
  get kind(): string {
    return 'ConditionalFormatRuleBuilder';
  }
  private state: RuleState;

  constructor(counter: CallCounter, state?: RuleState) {
    super(counter);
    this.state = state ? copyState(state) : { ranges: [], condition: null, format: {}, gradient: null };
  }

  /**
   * The when… conditions (conditional-format-rule-builder#whencellempty … #whentextstartswithtext)
   * and #withcriteriacriteria,-args, by BooleanCriteria name. Not documented: a rule has either a
   * condition or a gradient, so setting one drops the other. Not emulated: whenDate… conditions.
   */
  private when(type: string, ...values: unknown[]): ConditionalFormatRuleBuilder {
    this.state.condition = { type, values };
    this.state.gradient = null;
    return this;
  }

  whenCellEmpty() {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberBetween(start: number, end: number) {
    return this.when('NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number) {
    return this.when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(number: number) {
    return this.when('NUMBER_EQUAL_TO', number);
  }
  whenNumberNotEqualTo(number: number) {
    return this.when('NUMBER_NOT_EQUAL_TO', number);
  }
  whenNumberGreaterThan(number: number) {
    return this.when('NUMBER_GREATER_THAN', number);
  }
  whenNumberGreaterThanOrEqualTo(number: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }
  whenNumberLessThan(number: number) {
    return this.when('NUMBER_LESS_THAN', number);
  }
  whenNumberLessThanOrEqualTo(number: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string) {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string) {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string) {
    return this.when('TEXT_ENDS_WITH', text);
  }
  withCriteria(criteria: string, args: unknown[]) {
    return this.when(String(criteria), ...(args ?? []));
  }

  // #setbackgroundcolor, #setfontcolorcolor, #setboldbold, #setitalicitalic, #setstrikethroughstrikethrough,
  // #setunderlineunderline: "null removes this setting"; false removes bold etc. where the rule applies.
  setBackground(color: string | null) {
    return this.setFormat('background', color === null ? undefined : cssColor(String(color)));
  }
  setFontColor(color: string | null) {
    return this.setFormat('fontColor', color === null ? undefined : cssColor(String(color)));
  }
  setBold(bold: boolean | null) {
    return this.setFormat('bold', bold === null ? undefined : Boolean(bold));
  }
  setItalic(italic: boolean | null) {
    return this.setFormat('italic', italic === null ? undefined : Boolean(italic));
  }
  setStrikethrough(strikethrough: boolean | null) {
    return this.setFormat('strikethrough', strikethrough === null ? undefined : Boolean(strikethrough));
  }
  setUnderline(underline: boolean | null) {
    return this.setFormat('underline', underline === null ? undefined : Boolean(underline));
  }

  private setFormat<K extends keyof ConditionalFormatSpec['format']>(
    key: K,
    value: ConditionalFormatSpec['format'][K] | undefined,
  ): ConditionalFormatRuleBuilder {
    if (value === undefined) delete this.state.format[key];
    else this.state.format[key] = value;
    return this;
  }

  /**
   * #setgradientminpointcolor / #setgradientmaxpointcolor use the range's minimum / maximum;
   * #setgradientminpointwithvaluecolor,-type,-value and the mid and max forms set a point, and a null
   * midpoint type "clears all of the midpoint fields".
   */
  setGradientMinpoint(color: string) {
    return this.setPoint('min', { color: cssColor(String(color)), type: 'MIN' });
  }
  setGradientMaxpoint(color: string) {
    return this.setPoint('max', { color: cssColor(String(color)), type: 'MAX' });
  }
  setGradientMinpointWithValue(color: string, type: string, value: string) {
    return this.setPoint('min', point(color, type, value));
  }
  setGradientMidpointWithValue(color: string, type: string | null, value: string) {
    return this.setPoint('mid', type === null ? undefined : point(color, type, value));
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string) {
    return this.setPoint('max', point(color, type, value));
  }

  private setPoint(
    which: 'min' | 'mid' | 'max',
    value: GradientPoint | undefined,
  ): ConditionalFormatRuleBuilder {
    const gradient = { ...(this.state.gradient ?? {}) };
    if (value) gradient[which] = value;
    else delete gradient[which];
    this.state.gradient = gradient;
    this.state.condition = null;
    return this;
  }

  /**
   * Replaces the ranges; "A rule must have at least one range" — #setrangesranges (checked when the
   * rule reaches a sheet). #getranges gives them back.
   */
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.state.ranges = [...ranges];
    return this;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  // "A rule builder preset with this rule's settings" — #copy
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.counter, this.state);
  }

  /** #build; not documented: a rule with neither condition nor gradient fails here, in this wording. */
  build(): ConditionalFormatRule {
    if (!this.state.condition && !this.state.gradient)
      throw new Error('Exception: Conditional format rule must have a condition.');
    return new ConditionalFormatRule(this.counter, this.state);
  }
}

/** conditional-format-rule: #getranges, #getbooleancondition, #getgradientcondition, #copy. */
export class ConditionalFormatRule extends Emulated {
  get kind(): string {
    return 'ConditionalFormatRule';
  }
  private readonly state: RuleState;

  constructor(counter: CallCounter, state: RuleState) {
    super(counter);
    this.state = copyState(state);
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  /** null when the rule does not use a boolean condition — conditional-format-rule#getbooleancondition */
  getBooleanCondition(): BooleanCondition | null {
    return this.state.condition ? new BooleanCondition(this.counter, this.state) : null;
  }

  /** null when not a gradient; not emulated: a GradientCondition, this is a plain copy of the points. */
  getGradientCondition(): object | null {
    return this.state.gradient ? { ...this.state.gradient } : null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.counter, this.state);
  }

  /** Plain record of the rule, for snapshots and the playground's renderer. */
  _spec(): ConditionalFormatSpec {
    const s = copyState(this.state);
    return {
      ranges: s.ranges.map((r) => r._qualifiedA1()),
      condition: s.condition,
      format: s.format,
      gradient: s.gradient,
    };
  }
}

/**
 * boolean-condition: #getcriteriatype, #getcriteriavalues, and the format set (#getbackground,
 * #getfontcolor, #getbold…; null when the rule does not set it).
 */
export class BooleanCondition extends Emulated {
  get kind(): string {
    return 'BooleanCondition';
  }

  constructor(
    counter: CallCounter,
    private readonly state: RuleState,
  ) {
    super(counter);
  }

  getCriteriaType(): string {
    return this.state.condition?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return [...(this.state.condition?.values ?? [])];
  }
  getBackground(): string | null {
    return this.state.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.state.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.state.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.state.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.state.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.state.format.underline ?? null;
  }
}

// ---- charts -------------------------------------------------------------------------------

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartSpec {
  /** Null until the chart is inserted. */
  chartId: number | null;
  /** Charts.ChartType name: "LINE", "BAR", "COLUMN"… */
  type: string;
  /** Sheet-qualified A1 of each data range, in the order added. */
  ranges: string[];
  position: ChartPosition;
  /** Options set with setOption or the typed setters (setTitle → "title", setXAxisTitle → "hAxis.title"…). */
  options: Record<string, unknown>;
  numHeaders: number | null;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  transposeRowsAndColumns: boolean;
}

interface ChartState {
  type: string;
  ranges: Range[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number | null;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
  transposeRowsAndColumns: boolean;
}

function copyChart(state: ChartState): ChartState {
  return {
    ...state,
    ranges: [...state.ranges],
    position: { ...state.position },
    options: { ...state.options },
  };
}

/**
 * Typed setters that only set an option, as [method, option key] — embedded-line-chart-builder
 * (#settitlecharttitle, #setxaxistitletitle, #setcolorscssvalues…). Not documented: which Google
 * Charts option each writes; these keys are the emulator's record.
 */
const OPTION_SETTERS: readonly [string, string][] = [
  ['setTitle', 'title'],
  ['setXAxisTitle', 'hAxis.title'],
  ['setYAxisTitle', 'vAxis.title'],
  ['setLegendPosition', 'legend.position'],
  ['setColors', 'colors'],
  ['setBackgroundColor', 'backgroundColor'],
  ['setCurveStyle', 'curveType'],
  ['setPointStyle', 'pointStyle'],
  ['setLegendTextStyle', 'legend.textStyle'],
  ['setTitleTextStyle', 'titleTextStyle'],
  ['setXAxisTextStyle', 'hAxis.textStyle'],
  ['setYAxisTextStyle', 'vAxis.textStyle'],
  ['setXAxisTitleTextStyle', 'hAxis.titleTextStyle'],
  ['setYAxisTitleTextStyle', 'vAxis.titleTextStyle'],
];

/** embedded-chart-builder#asareachart … #astablechart: each only sets the Charts.ChartType here. */
const CHART_TYPES: readonly [string, string][] = [
  ['asAreaChart', 'AREA'],
  ['asBarChart', 'BAR'],
  ['asColumnChart', 'COLUMN'],
  ['asComboChart', 'COMBO'],
  ['asHistogramChart', 'HISTOGRAM'],
  ['asLineChart', 'LINE'],
  ['asPieChart', 'PIE'],
  ['asScatterChart', 'SCATTER'],
  ['asSteppedAreaChart', 'STEPPED_AREA'],
  ['asTableChart', 'TABLE'],
];

/**
 * embedded-chart-builder (anchors below are on it, or on a typed builder such as
 * embedded-line-chart-builder, which shares them). Not emulated: getContainer.
 */
export class EmbeddedChartBuilder extends Emulated {
  get kind(): string {
    return 'EmbeddedChartBuilder';
  }
  private state: ChartState;

  constructor(
    counter: CallCounter,
    private readonly sheet: Sheet,
    state?: ChartState,
    private readonly chartId: number | null = null,
  ) {
    super(counter);
    this.state = state
      ? copyChart(state)
      : {
          type: 'LINE',
          ranges: [],
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          options: {},
          numHeaders: null,
          mergeStrategy: 'MERGE_COLUMNS',
          // "Defaults to IGNORE_ROWS" — embedded-chart#gethiddendimensionstrategy
          hiddenDimensionStrategy: 'IGNORE_ROWS',
          transposeRowsAndColumns: false,
        };
  }

  // embedded-chart-builder#setcharttypetype, #getcharttype
  setChartType(type: string): EmbeddedChartBuilder {
    this.state.type = String(type);
    return this;
  }

  /** "Does not add the range if it has already been added to the chart." — #addrangerange */
  addRange(range: Range): EmbeddedChartBuilder {
    const a1 = range._qualifiedA1();
    if (!this.state.ranges.some((r) => r._qualifiedA1() === a1)) this.state.ranges.push(range);
    return this;
  }

  /** Only a range "added via addRange(range)"; no error otherwise — #removerangerange */
  removeRange(range: Range): EmbeddedChartBuilder {
    const a1 = range._qualifiedA1();
    this.state.ranges = this.state.ranges.filter((r) => r._qualifiedA1() !== a1);
    return this;
  }

  // #clearranges; #getranges "returns a copy of the list"
  clearRanges(): EmbeddedChartBuilder {
    this.state.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  getChartType(): string {
    return this.state.type;
  }

  /** Anchor row and column are 1-indexed — #setpositionanchorrowpos,-anchorcolpos,-offsetx,-offsety */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.state.position = {
      anchorRow: Number(anchorRowPos),
      anchorColumn: Number(anchorColPos),
      offsetX: Number(offsetX),
      offsetY: Number(offsetY),
    };
    return this;
  }

  /** "Doesn't validate the option … nor if the value is of the correct format" — #setoptionoption,-value */
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.state.options[String(option)] = value;
    return this;
  }

  /** "Negative values cause headers to be auto-detected" — #setnumheadersheaders */
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.state.numHeaders = Number(headers);
    return this;
  }

  // #setmergestrategymergestrategy (default MERGE_COLUMNS), #sethiddendimensionstrategystrategy,
  // #settransposerowsandcolumnstranspose (default false)
  setMergeStrategy(strategy: string): EmbeddedChartBuilder {
    this.state.mergeStrategy = String(strategy);
    return this;
  }

  setHiddenDimensionStrategy(strategy: string): EmbeddedChartBuilder {
    this.state.hiddenDimensionStrategy = String(strategy);
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.state.transposeRowsAndColumns = Boolean(transpose);
    return this;
  }

  /**
   * The range axis: "the vertical axis for vertical charts (such as line, area, or column) and the
   * horizontal axis for horizontal charts (such as bar)" — embedded-line-chart-builder#uselogscale.
   */
  private rangeAxis(): 'hAxis' | 'vAxis' {
    return this.state.type === 'BAR' ? 'hAxis' : 'vAxis';
  }

  /** The range axis' span — embedded-line-chart-builder#setrangestart,-end. */
  setRange(start: number, end: number): EmbeddedChartBuilder {
    this.state.options[`${this.rangeAxis()}.viewWindow.min`] = start;
    this.state.options[`${this.rangeAxis()}.viewWindow.max`] = end;
    return this;
  }

  /** embedded-area-chart-builder#setstacked (area, bar, column builders; not the line builder). */
  setStacked(): EmbeddedChartBuilder {
    this.state.options.isStacked = true;
    return this;
  }

  // embedded-line-chart-builder#uselogscale
  useLogScale(): EmbeddedChartBuilder {
    this.state.options[`${this.rangeAxis()}.logScale`] = true;
    return this;
  }

  // embedded-line-chart-builder#reversecategories
  reverseCategories(): EmbeddedChartBuilder {
    this.state.options.reverseCategories = true;
    return this;
  }

  // Installed below from OPTION_SETTERS and CHART_TYPES.
  declare setTitle: (title: string) => EmbeddedChartBuilder;
  declare setXAxisTitle: (title: string) => EmbeddedChartBuilder;
  declare setYAxisTitle: (title: string) => EmbeddedChartBuilder;
  declare setLegendPosition: (position: string) => EmbeddedChartBuilder;
  declare setColors: (colors: string[]) => EmbeddedChartBuilder;
  declare setBackgroundColor: (color: string) => EmbeddedChartBuilder;
  declare setCurveStyle: (style: string) => EmbeddedChartBuilder;
  declare setPointStyle: (style: string) => EmbeddedChartBuilder;
  declare asAreaChart: () => EmbeddedChartBuilder;
  declare asBarChart: () => EmbeddedChartBuilder;
  declare asColumnChart: () => EmbeddedChartBuilder;
  declare asComboChart: () => EmbeddedChartBuilder;
  declare asHistogramChart: () => EmbeddedChartBuilder;
  declare asLineChart: () => EmbeddedChartBuilder;
  declare asPieChart: () => EmbeddedChartBuilder;
  declare asScatterChart: () => EmbeddedChartBuilder;
  declare asSteppedAreaChart: () => EmbeddedChartBuilder;
  declare asTableChart: () => EmbeddedChartBuilder;

  _setOption(key: string, value: unknown): EmbeddedChartBuilder {
    this.state.options[key] = value;
    return this;
  }

  _setType(type: string): EmbeddedChartBuilder {
    this.state.type = type;
    return this;
  }

  /** A chart that "must still be added to the spreadsheet" (insertChart / updateChart) — #build */
  build(): EmbeddedChart {
    return new EmbeddedChart(this.counter, this.sheet, this.state, this.chartId);
  }
}

function point(color: string, type: string, value: string): GradientPoint {
  return { color: cssColor(String(color)), type: String(type), value: String(value) };
}

const builderProto = EmbeddedChartBuilder.prototype as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;
for (const [method, key] of OPTION_SETTERS)
  builderProto[method] = function (this: EmbeddedChartBuilder, value: unknown) {
    return this._setOption(key, value);
  };
for (const [method, type] of CHART_TYPES)
  builderProto[method] = function (this: EmbeddedChartBuilder) {
    return this._setType(type);
  };

export class EmbeddedChart extends Emulated {
  get kind(): string {
    return 'EmbeddedChart';
  }
  private readonly state: ChartState;

  constructor(
    counter: CallCounter,
    private sheet: Sheet,
    state: ChartState,
    public chartId: number | null,
  ) {
    super(counter);
    this.state = copyChart(state);
  }

  _attach(sheet: Sheet, id: number): void {
    this.sheet = sheet;
    if (this.chartId === null) this.chartId = id;
  }

  /** "null if the chart is not in a spreadsheet" — embedded-chart#getchartid; not documented: ids count from 1. */
  getChartId(): number | null {
    return this.chartId;
  }

  // embedded-chart#getranges, #getmergestrategy, #gethiddendimensionstrategy, #gettransposerowsandcolumns
  getRanges(): Range[] {
    return [...this.state.ranges];
  }

  /** "Negative values indicate the headers are auto-detected", as when never set — embedded-chart#getnumheaders */
  getNumHeaders(): number {
    return this.state.numHeaders ?? -1;
  }

  getMergeStrategy(): string {
    return this.state.mergeStrategy;
  }

  getHiddenDimensionStrategy(): string {
    return this.state.hiddenDimensionStrategy;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.state.transposeRowsAndColumns;
  }

  /**
   * Immutable options — embedded-chart#getoptions; charts/chart-options get/getOrDefault give null for an
   * option not set (not emulated: the defaults getOrDefault would give).
   */
  getOptions(): { get(option: string): unknown; getOrDefault(option: string): unknown } {
    const options = { ...this.state.options };
    return { get: (o) => options[o] ?? null, getOrDefault: (o) => options[o] ?? null };
  }

  // Where setPosition put it — embedded-chart#getcontainerinfo, container-info
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = { ...this.state.position };
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }

  /** A builder for this chart; "Invoke sheet.updateChart(chart) to save" — embedded-chart#modify */
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.counter, this.sheet, this.state, this.chartId);
  }

  _spec(): ChartSpec {
    const s = copyChart(this.state);
    return {
      chartId: this.chartId,
      type: s.type,
      ranges: s.ranges.map((r) => r._qualifiedA1()),
      position: s.position,
      options: s.options,
      numHeaders: s.numHeaders,
      mergeStrategy: s.mergeStrategy,
      hiddenDimensionStrategy: s.hiddenDimensionStrategy,
      transposeRowsAndColumns: s.transposeRowsAndColumns,
    };
  }
}
