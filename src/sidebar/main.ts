import type { Attainability } from '../core/attainability';
import { isoFromDay } from '../core/days';
import {
  ALL_PLATFORMS,
  dayFromIso,
  GOAL_CATEGORIES,
  GOAL_FIELDS,
  type GoalErrorCode,
  type GoalField,
  type GoalFieldError,
  validateGoal,
} from '../core/goals/schema';
import { languageOf } from '../core/i18n/translate';
import type { MetricKind } from '../core/model';
import type { Point } from '../core/progress/track';
import { CATEGORY_METRICS } from '../core/sidebar/categories';
import { type Translate, translator } from '../core/sidebar/messages';
import type {
  DataPlatform,
  GoalsList,
  HistoryResponse,
  ListedGoal,
  Problem,
  SidebarState,
} from '../core/sidebar/transport';
import { append, h, replace, setText } from './dom';
import {
  attainabilityLines,
  attainabilityOf,
  categoryLabel,
  type Draft,
  deadlineIsFar,
  directionText,
  type FormText,
  goalCandidate,
  metricLabel,
  previewSentence,
  readDraft,
  SMART_LETTERS,
  smartChecklist,
} from './draft';
import { formatAmountInput, formatDateInput, formatValue, type UserLocale, userLocale } from './locale';
import { run } from './run';

/**
 * The SMART goal sidebar: one goal at a time through S, M, A, R and T, a live preview and checklist,
 * and the Goals tab's goals below with edit and delete. The server is reached only through `run`.
 */

/** Typing pauses this long before the sidebar asks the server for the metric's history. */
const HISTORY_DELAY_MS = 300;

interface Control {
  readonly element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
}

class Sidebar {
  private readonly t: Translate;
  private readonly locale: UserLocale;
  private readonly controls = new Map<GoalField, Control>();
  private readonly paceInputs: HTMLInputElement[] = [];
  private readonly platforms: readonly DataPlatform[];
  private readonly catalogue: SidebarState['catalogue'];
  private readonly kinds: ReadonlyMap<string, MetricKind>;
  private goals: GoalsList;
  private editing: { readonly row: number; readonly goal: string } | null = null;
  private baselineTouched = false;
  private history: { readonly key: string; readonly response: HistoryResponse } | null = null;
  private historyTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingKey = '';
  /** The category and platform the metric list was built for. */
  private metricListKey = '';
  private readonly ui = {
    banner: h('div', { class: 'banner', role: 'alert', hidden: true }),
    bannerText: h('span'),
    preview: h('p', { class: 'preview-text', id: 'preview' }),
    checklist: h('ul', { class: 'checklist' }),
    categoryHelp: h('p', { class: 'hint' }),
    baselineNote: h('p', { class: 'hint' }),
    rateHint: h('p', { class: 'hint' }),
    direction: h('p', { class: 'direction' }),
    attainable: h('div', { class: 'attainable', 'aria-live': 'polite' }),
    deadlineWarning: h('p', { class: 'warning', hidden: true }),
    metricUnknown: h('p', { class: 'field-error', hidden: true }),
    status: h('p', { class: 'status', role: 'status' }),
    save: h('button', { class: 'action', type: 'submit' }),
    reset: h('button', { type: 'button' }),
    goals: h('ul', { class: 'goals' }),
    metric: h('select'),
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly today: number,
    state: SidebarState,
  ) {
    this.t = translator(languageOf(state.locale));
    this.locale = userLocale(state.locale, this.t);
    this.platforms = state.platforms;
    this.catalogue = state.catalogue;
    this.kinds = new Map(state.catalogue.metrics.map((m) => [m.name, m.kind]));
    this.goals = state.goals;
  }

  render(): void {
    const { t, ui } = this;
    document.documentElement.lang = this.locale.language;
    append(
      ui.banner,
      ui.bannerText,
      this.button(t('sidebar.dismiss'), () => this.hideBanner(), 'link'),
    );
    const letters = SMART_LETTERS.map((letter) =>
      h(
        'li',
        { 'data-letter': letter },
        h('span', { class: 'tick', 'aria-hidden': 'true' }, letter),
        h('span', { class: 'word', 'aria-hidden': 'true' }, t(`sidebar.letter.${letter}`)),
      ),
    );
    append(ui.checklist, ...letters);
    ui.checklist.setAttribute('aria-label', t('sidebar.checklist'));

    const form = h('form', { novalidate: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    append(
      form,
      this.section('S', [
        this.field('goal', h('input', { type: 'text', autocomplete: 'off' }), t('sidebar.hint.goal')),
        this.field('category', this.categorySelect(), ui.categoryHelp),
        this.field('platform', this.platformSelect()),
        this.field('metric', ui.metric, ui.metricUnknown),
      ]),
      this.section('M', [
        this.field(
          'baseline',
          h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }),
          ui.baselineNote,
        ),
        this.field(
          'target',
          h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' }),
          ui.rateHint,
        ),
        ui.direction,
      ]),
      this.section('A', [ui.attainable]),
      this.section('R', [
        this.field('businessObjective', h('textarea', { rows: '2' }), t('sidebar.hint.objective')),
      ]),
      this.section('T', [
        this.field('start', this.dateInput(), t('sidebar.hint.date', { example: this.dateExample() })),
        this.field('deadline', this.dateInput(), ui.deadlineWarning),
        this.paceField(),
      ]),
      h('div', { class: 'actions' }, ui.save, ui.reset),
      ui.status,
    );
    ui.save.textContent = t('sidebar.save');
    ui.reset.addEventListener('click', () => this.newGoal(''));

    replace(
      this.root,
      ui.banner,
      h(
        'div',
        { class: 'summary' },
        ui.checklist,
        h('p', { class: 'preview-label' }, t('sidebar.preview.label')),
        ui.preview,
      ),
      form,
      h('h2', { class: 'goals-heading' }, t('sidebar.goals')),
      ui.goals,
    );
    this.root.removeAttribute('aria-busy');
    this.newGoal('');
    this.renderGoals();
  }

  // ---------------------------------------------------------------------------------------------
  // Building the form

  private section(letter: (typeof SMART_LETTERS)[number], children: Node[]): HTMLElement {
    return h(
      'fieldset',
      { class: 'section' },
      h(
        'legend',
        {},
        h('span', { class: 'letter', 'aria-hidden': 'true' }, letter),
        this.t(`sidebar.letter.${letter}`),
      ),
      ...children,
    );
  }

  private label(field: GoalField): string {
    return this.t(`sidebar.field.${field}`);
  }

  /** A labelled control with its hint and the place its error shows, next to it. */
  private field(field: GoalField, element: Control['element'], hint: string | HTMLElement = ''): HTMLElement {
    const id = `field-${field}`;
    const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
    element.id = id;
    element.setAttribute('name', field);
    element.setAttribute('aria-describedby', `${id}-error`);
    this.controls.set(field, { element, error });
    const onEdit = () => {
      if (field === 'baseline') this.baselineTouched = true;
      this.clearError(field);
      this.update();
    };
    element.addEventListener(element instanceof HTMLSelectElement ? 'change' : 'input', onEdit);
    const hintNode = typeof hint === 'string' ? hint && h('p', { class: 'hint' }, hint) : hint;
    return h(
      'div',
      { class: 'form-group' },
      h('label', { for: id }, this.label(field)),
      element,
      error,
      hintNode,
    );
  }

  private dateInput(): HTMLInputElement {
    return h('input', { type: 'text', autocomplete: 'off', placeholder: this.dateExample() });
  }

  private dateExample(): string {
    return formatDateInput(this.today, this.locale);
  }

  private categorySelect(): HTMLSelectElement {
    const select = h('select', {}, h('option', { value: '' }, this.t('sidebar.choose')));
    for (const category of GOAL_CATEGORIES)
      append(select, h('option', { value: category }, categoryLabel(category, this.t)));
    return select;
  }

  /** Platforms found in the data first, then the common ones, then "All". */
  private platformSelect(): HTMLSelectElement {
    const found = this.platforms.map((p) => p.platform);
    const others = this.catalogue.platforms.filter((name) => !found.includes(name));
    const options = (names: readonly string[]) => names.map((name) => h('option', { value: name }, name));
    return h(
      'select',
      {},
      h('option', { value: '' }, this.t('sidebar.choose')),
      found.length > 0 && h('optgroup', { label: this.t('sidebar.platform.inData') }, ...options(found)),
      h('optgroup', { label: this.t('sidebar.platform.other') }, ...options(others)),
      h('option', { value: ALL_PLATFORMS }, this.t('sidebar.platform.all')),
    );
  }

  /** The metrics the data has for the chosen platform ("All": any platform). */
  private metricsInData(platform: string): Set<string> {
    const wanted =
      platform === ALL_PLATFORMS ? this.platforms : this.platforms.filter((p) => p.platform === platform);
    return new Set(wanted.flatMap((p) => p.metrics));
  }

  /** Suggested metrics for the category (marked when in the data), the data's other metrics, then the rest. */
  private fillMetricSelect(): void {
    const { t } = this;
    const select = this.ui.metric;
    const current = select.value;
    const category = this.value('category') as keyof typeof CATEGORY_METRICS;
    const listKey = `${category}\n${this.value('platform')}\n${current}`;
    if (listKey === this.metricListKey) return;
    this.metricListKey = listKey;
    const present = this.metricsInData(this.value('platform'));
    const suggested = CATEGORY_METRICS[category] ?? [];
    const inData = [...present].filter((m) => !suggested.includes(m));
    const rest = this.catalogue.metrics
      .map((m) => m.name)
      .filter((m) => !suggested.includes(m) && !present.has(m));
    if (current && !suggested.includes(current) && !present.has(current) && !rest.includes(current))
      rest.push(current);
    const option = (metric: string) => {
      const label = metricLabel(metric, t);
      return h(
        'option',
        { value: metric },
        present.has(metric) ? t('sidebar.metric.present', { metric: label }) : label,
      );
    };
    replace(
      select,
      h('option', { value: '' }, t('sidebar.choose')),
      suggested.length > 0 &&
        h('optgroup', { label: t('sidebar.metric.suggested') }, ...suggested.map(option)),
      inData.length > 0 && h('optgroup', { label: t('sidebar.metric.inData') }, ...inData.map(option)),
      h('optgroup', { label: t('sidebar.metric.other') }, ...rest.map(option)),
    );
    select.value = current;
  }

  private paceField(): HTMLElement {
    const error = h('p', { class: 'field-error', id: 'field-pace-error', hidden: true });
    const group = h('fieldset', { class: 'form-group pace', 'aria-describedby': 'field-pace-error' });
    append(group, h('legend', {}, this.label('pace')));
    for (const pace of ['Linear', 'Compound'] as const) {
      const input = h('input', {
        type: 'radio',
        name: 'pace',
        value: pace,
        id: `field-pace-${pace.toLowerCase()}`,
      });
      input.addEventListener('change', () => this.update());
      this.paceInputs.push(input);
      append(group, h('label', { class: 'inline' }, input, ` ${this.t(`sidebar.pace.${pace}`)}`));
    }
    append(group, error, h('p', { class: 'hint' }, this.t('sidebar.hint.pace')));
    this.controls.set('pace', { element: this.paceInputs[0]!, error });
    return group;
  }

  private button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
    const button = h('button', { type: 'button', class: className || undefined }, text);
    button.addEventListener('click', onClick);
    return button;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading and filling the form

  private value(field: GoalField): string {
    if (field === 'pace') return this.paceInputs.find((input) => input.checked)?.value ?? 'Linear';
    return this.controls.get(field)!.element.value;
  }

  private setValue(field: GoalField, value: string): void {
    if (field === 'pace') {
      for (const input of this.paceInputs)
        input.checked = input.value === (value === 'Compound' ? 'Compound' : 'Linear');
      return;
    }
    const { element } = this.controls.get(field)!;
    if (element instanceof HTMLSelectElement && value && ![...element.options].some((o) => o.value === value))
      append(element, h('option', { value }, value)); // a value from the Goals tab outside the lists
    element.value = value;
  }

  private formText(): FormText {
    return Object.fromEntries(GOAL_FIELDS.map((field) => [field, this.value(field)])) as FormText;
  }

  /** The metric's kind: as the data has it once the history is in, else from the catalogue. */
  private kind(): MetricKind | null {
    const fromData = this.history?.key.startsWith(this.historyKeyPrefix())
      ? this.history.response.kind
      : null;
    return fromData ?? this.kinds.get(this.value('metric')) ?? null;
  }

  private draft(): Draft {
    return readDraft(this.formText(), this.kind(), this.locale);
  }

  /** Clears the form for a new goal; the start date defaults to today. */
  private newGoal(status: string): void {
    this.editing = null;
    this.baselineTouched = false;
    for (const field of GOAL_FIELDS) this.setValue(field, '');
    this.setValue('start', formatDateInput(this.today, this.locale));
    this.setValue('pace', 'Linear');
    for (const field of GOAL_FIELDS) this.clearError(field);
    this.ui.reset.textContent = this.t('sidebar.newGoal');
    setText(this.ui.status, status);
    this.update();
  }

  private editGoal(row: ListedGoal): void {
    const goal = row.goal;
    const name = goal ? goal.goal : row.text.goal;
    const kind = this.kinds.get(goal ? goal.metric : row.text.metric) ?? null;
    const date = (iso: string) => {
      const day = dayFromIso(iso);
      return day === null ? iso : formatDateInput(day, this.locale);
    };
    const amount = (value: number | null) =>
      value === null ? '' : formatAmountInput(value, kind, this.locale);
    for (const field of GOAL_FIELDS) this.clearError(field);
    if (goal) {
      for (const field of ['goal', 'category', 'platform', 'metric', 'businessObjective', 'pace'] as const)
        this.setValue(field, goal[field]);
      this.setValue('baseline', amount(goal.baseline));
      this.setValue('target', amount(goal.target));
      this.setValue('start', date(goal.start));
      this.setValue('deadline', date(goal.deadline));
    } else {
      for (const field of GOAL_FIELDS) this.setValue(field, row.text[field]);
    }
    this.editing = { row: row.row, goal: name };
    this.baselineTouched = true;
    this.ui.reset.textContent = this.t('sidebar.cancelEdit');
    setText(this.ui.status, this.t('sidebar.editing', { row: row.row }));
    this.update();
    this.controls.get('goal')!.element.focus();
    window.scrollTo(0, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Live feedback

  private update(): void {
    const { t, ui, locale } = this;
    this.fillMetricSelect();
    const help = `sidebar.categoryHelp.${this.value('category')}`;
    setText(ui.categoryHelp, t.has(help) ? t(help) : '');
    this.requestHistory();
    const kind = this.kind();
    const draft = this.draft();
    // A stored goal being edited may name a metric the Progress tab cannot find: say so at the field,
    // and judge no history by it.
    const unknown = this.metricUnknown();
    setText(ui.metricUnknown, unknown ? t('sidebar.metric.unknown', { metric: this.value('metric') }) : '');
    const attainability = unknown ? null : attainabilityOf(draft, this.historyPoints());
    ui.preview.textContent = previewSentence(draft, kind, locale, t);
    const checks = smartChecklist(draft, attainability, !unknown);
    for (const item of ui.checklist.children) {
      const letter = (item as HTMLElement).dataset.letter as (typeof SMART_LETTERS)[number];
      const name = t(`sidebar.letter.${letter}`);
      item.classList.toggle('done', checks[letter]);
      item.setAttribute(
        'aria-label',
        t(checks[letter] ? 'sidebar.done' : 'sidebar.notYet', { letter: name }),
      );
    }
    setText(ui.direction, directionText(draft, kind, locale, t));
    setText(ui.rateHint, kind === 'ratio' ? t('sidebar.hint.rate') : '');
    setText(ui.deadlineWarning, deadlineIsFar(draft) ? t('sidebar.deadline.far') : '');
    this.renderBaselineNote(kind);
    this.renderAttainable(attainability, kind);
  }

  private renderAttainable(result: Attainability | null, kind: MetricKind | null): void {
    const { ui, t } = this;
    if (result === null) {
      replace(ui.attainable, h('p', { class: 'hint' }, t('sidebar.attainable.incomplete')));
      return;
    }
    const lines = attainabilityLines(result, kind, this.locale, t);
    replace(
      ui.attainable,
      h('p', { class: `verdict verdict-${result.verdict}` }, lines.verdict),
      h('p', {}, lines.needed),
      lines.achieved && h('p', {}, lines.achieved),
      h('p', { class: 'hint' }, lines.why),
    );
  }

  /** What the data says the baseline is, kept in view when the user types over it. */
  private renderBaselineNote(kind: MetricKind | null): void {
    const { t } = this;
    const response = this.currentHistory();
    let note = '';
    if (this.historyKey() === null) note = t('sidebar.baseline.needsStart');
    else if (response?.baseline === null) note = t('sidebar.baseline.none');
    else if (response) {
      const value = formatValue(response.baseline, kind, this.locale);
      const key = kind === 'count' ? 'count' : kind === 'ratio' ? 'ratio' : 'level';
      note = t(`sidebar.baseline.${key}`, { value });
    }
    setText(this.ui.baselineNote, note);
  }

  // ---------------------------------------------------------------------------------------------
  // History and baseline from the pasted data

  private historyKeyPrefix(): string {
    return `${this.value('platform')}\n${this.value('metric')}\n`;
  }

  private historyKey(): string | null {
    const draft = this.draft();
    if (!this.value('platform') || !this.value('metric') || draft.start === null) return null;
    return `${this.historyKeyPrefix()}${draft.start}`;
  }

  /** The server found the metric neither in the catalogue nor in the pasted data. */
  private metricUnknown(): boolean {
    const history = this.history;
    if (!history?.key.startsWith(this.historyKeyPrefix())) return false;
    return history.response.kind === null;
  }

  private currentHistory(): HistoryResponse | null {
    const key = this.historyKey();
    return key !== null && this.history?.key === key ? this.history.response : null;
  }

  private historyPoints(): Point[] | null {
    const history = this.history;
    if (!history?.key.startsWith(this.historyKeyPrefix())) return null;
    const { dates, values } = history.response.history;
    return dates.map((date, i) => ({ day: dayFromIso(date)!, value: values[i]! }));
  }

  private requestHistory(): void {
    const key = this.historyKey();
    if (key === null || key === this.history?.key || key === this.pendingKey) return;
    this.pendingKey = key;
    clearTimeout(this.historyTimer);
    this.historyTimer = setTimeout(() => {
      const draft = this.draft();
      const iso = (day: number | null) => (day === null ? '' : isoFromDay(day));
      run('sidebarHistory', {
        platform: this.value('platform'),
        metric: this.value('metric'),
        start: iso(draft.start),
        deadline: iso(draft.deadline),
      }).then(
        (response) => {
          if (this.pendingKey !== key) return; // the fields changed while the server answered
          this.pendingKey = '';
          this.history = { key, response };
          if (!this.baselineTouched)
            this.setValue(
              'baseline',
              response.baseline === null
                ? ''
                : formatAmountInput(response.baseline, response.kind, this.locale),
            );
          this.update();
        },
        () => {
          this.pendingKey = '';
          this.showBanner(this.t('sidebar.problem.server'));
        },
      );
    }, HISTORY_DELAY_MS);
  }

  // ---------------------------------------------------------------------------------------------
  // Saving and deleting

  private async save(): Promise<void> {
    const { t, ui } = this;
    this.hideBanner();
    const validation = validateGoal(goalCandidate(this.draft()), 'sidebar');
    if (!validation.ok) {
      this.showErrors(validation.errors);
      return;
    }
    ui.save.disabled = true;
    ui.save.textContent = t('sidebar.saving');
    try {
      const result = await run('sidebarSaveGoal', {
        row: this.editing?.row ?? null,
        expectedGoal: this.editing?.goal ?? null,
        goal: validation.goal,
      });
      if (result.goals) this.setGoals(result.goals);
      if (result.ok) this.newGoal(t('sidebar.saved', { row: result.row }));
      else if (result.problem) this.showProblem(result.problem);
      else this.showErrors(result.errors);
    } catch {
      this.showBanner(t('sidebar.problem.server'));
    } finally {
      ui.save.disabled = false;
      ui.save.textContent = t('sidebar.save');
    }
  }

  private async remove(row: ListedGoal, name: string): Promise<void> {
    this.hideBanner();
    try {
      const result = await run('sidebarDeleteGoal', { row: row.row, expectedGoal: name });
      if (result.goals) this.setGoals(result.goals);
      if (!result.ok) return this.showProblem(result.problem);
      if (this.editing?.row === row.row) this.newGoal('');
      else if (this.editing && this.editing.row > row.row)
        this.editing = { ...this.editing, row: this.editing.row - 1 };
      setText(this.ui.status, this.t('sidebar.deleted'));
    } catch {
      this.showBanner(this.t('sidebar.problem.server'));
    }
  }

  private showErrors(errors: readonly GoalFieldError[]): void {
    for (const field of GOAL_FIELDS) this.clearError(field);
    for (const error of errors) {
      const control = this.controls.get(error.field);
      if (!control) continue;
      setText(control.error, this.errorText(error.field, error.code));
      control.element.setAttribute('aria-invalid', 'true');
    }
    setText(this.ui.status, this.t('sidebar.fixErrors'));
    const first = errors.find((error) => this.controls.has(error.field));
    if (first) this.controls.get(first.field)!.element.focus();
  }

  private errorText(field: GoalField, code: GoalErrorCode): string {
    return this.t(`sidebar.error.${code}`, { label: this.label(field), example: this.dateExample() });
  }

  private clearError(field: GoalField): void {
    const control = this.controls.get(field);
    if (!control) return;
    setText(control.error, '');
    control.element.removeAttribute('aria-invalid');
  }

  private showProblem(problem: Problem): void {
    this.showBanner(this.t(`sidebar.problem.${problem}`));
  }

  private showBanner(text: string): void {
    this.ui.bannerText.textContent = text;
    this.ui.banner.hidden = false;
  }

  private hideBanner(): void {
    this.ui.banner.hidden = true;
  }

  // ---------------------------------------------------------------------------------------------
  // The goals list

  private setGoals(goals: GoalsList): void {
    this.goals = goals;
    this.renderGoals();
  }

  private renderGoals(): void {
    const { t, ui } = this;
    const items: Node[] = [];
    if (this.goals.problem)
      items.push(
        // The problem names the Goals tab itself.
        h('li', { class: 'error' }, this.goals.problem),
      );
    else if (this.goals.rows.length === 0) items.push(h('li', { class: 'hint' }, t('sidebar.goals.empty')));
    for (const row of this.goals.rows) items.push(this.goalItem(row));
    replace(ui.goals, ...items);
  }

  private goalItem(row: ListedGoal): HTMLElement {
    const { t } = this;
    const goal = row.goal;
    const { goal: name, platform, metric } = goal ?? row.text;
    const kind = this.kinds.get(metric) ?? null;
    // A row the schema rejects still says which goal it is, as far as its cells do.
    const summary = [
      platform === ALL_PLATFORMS ? t('sidebar.platform.all') : platform,
      metric && metricLabel(metric, t),
      goal && `→ ${formatValue(goal.target, kind, this.locale)}`,
    ]
      .filter(Boolean)
      .join(' · ');
    const confirm = h('div', { class: 'confirm', hidden: true, role: 'group' });
    const item = h(
      'li',
      { class: 'goal' },
      h(
        'div',
        { class: 'goal-head' },
        h('span', { class: 'goal-name' }, name),
        h('span', { class: 'goal-row' }, t('sidebar.goals.row', { row: row.row })),
      ),
      summary && h('p', { class: 'goal-summary' }, summary),
      row.error !== null &&
        h('p', { class: 'field-error' }, t('sidebar.goals.invalid', { problem: row.error })),
      h(
        'div',
        { class: 'goal-actions' },
        this.button(t('sidebar.edit'), () => this.editGoal(row)),
        this.button(t('sidebar.delete'), () => {
          confirm.hidden = false;
          (confirm.querySelector('button') as HTMLButtonElement).focus();
        }),
      ),
      confirm,
    );
    append(
      confirm,
      h('p', {}, t('sidebar.confirmDelete')),
      this.button(t('sidebar.confirmYes'), () => void this.remove(row, name), 'danger'),
      this.button(t('sidebar.confirmNo'), () => {
        confirm.hidden = true;
      }),
    );
    return item;
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  // Until the server sends the user's locale, the browser's language is the best guess.
  const t = translator(languageOf(navigator.language));
  replace(root, h('p', { class: 'hint' }, t('sidebar.loading')));
  try {
    const state = await run('sidebarLoad');
    const today = dayFromIso(state.today) ?? Math.floor(Date.now() / 86_400_000);
    new Sidebar(root, today, state).render();
  } catch {
    root.removeAttribute('aria-busy');
    replace(root, h('div', { class: 'banner', role: 'alert' }, t('sidebar.problem.server')));
  }
}

void start();
