// The playground page: draws the workbook the server holds and sends every user action back to it.
// The server runs the real build/Code.js, so this file only renders state and forwards clicks and text.

const ROW_HEIGHT = 21;
const HEADER_HEIGHT = 22;
const ROW_HEAD_WIDTH = 46;
const DEFAULT_COLUMN_WIDTH = 100;
const CHART_COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

const $ = (id) => document.getElementById(id);
const ui = {
  title: $('doc-title'),
  addonButton: $('addon-menu-button'),
  addonMenu: $('addon-menu'),
  nameBox: $('name-box'),
  formula: $('formula-input'),
  note: $('note'),
  scroll: $('grid-scroll'),
  layer: $('grid-layer'),
  sidebar: $('sidebar'),
  sidebarTitle: $('sidebar-title'),
  sidebarFrame: $('sidebar-frame'),
  tabs: $('tabs'),
  toasts: $('toasts'),
  alert: $('alert-dialog'),
  htmlDialog: $('html-dialog'),
  htmlDialogFrame: $('html-dialog-frame'),
  paste: $('paste-dialog'),
};

/** The last state from the server and what the user has selected in it. */
let state = null;
let selected = { row: 1, col: 1 };
let editor = null;
const alertQueue = [];

// ---- talking to the server ----------------------------------------------------------------------

async function request(method, path, body) {
  let response;
  try {
    response = await fetch(
      path,
      method === 'POST'
        ? { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }
        : { method },
    );
  } catch {
    showToast('Playground', 'The playground server is not running. Start it with npm start.', true);
    return null;
  }
  const payload = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) {
    showToast('Playground', payload.error || `HTTP ${response.status}`, true);
    return null;
  }
  return payload;
}

/** Every action answers with the whole state; render it. */
async function act(path, body) {
  const next = await request('POST', path, body);
  if (next) render(next);
  return next;
}

async function refresh() {
  const next = await request('GET', '/api/state');
  if (next) render(next);
}

// ---- rendering ------------------------------------------------------------------------------------

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function columnLetter(col) {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const a1 = (row, col) => `${columnLetter(col)}${row}`;

function render(next) {
  state = next;
  document.title = `${state.title} — SMART goals playground`;
  ui.title.textContent = state.title;
  renderMenu();
  renderTabs();
  renderGrid();
  renderSidebar();
  renderDialog();
  ui.note.hidden = !state.note;
  ui.note.textContent = state.note || '';
  for (const event of state.events || []) {
    if (event.kind === 'toast') showToast(event.title, event.message, false, event.timeoutSeconds);
    else showAlert(event.title, event.message);
  }
  updateSelection();
}

function renderMenu() {
  ui.addonButton.textContent = state.addonName;
  ui.addonMenu.innerHTML = '';
  const addItems = (panel, items) => {
    for (const item of items) {
      if (item.type === 'separator') {
        panel.append(document.createElement('hr'));
      } else if (item.type === 'submenu') {
        const wrap = document.createElement('div');
        wrap.className = 'submenu';
        wrap.innerHTML = `<button type="button" role="menuitem" class="submenu-button">${escapeHtml(item.caption)}</button><div class="menu-panel submenu-panel" role="menu"></div>`;
        addItems(wrap.lastElementChild, item.items);
        panel.append(wrap);
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('role', 'menuitem');
        button.textContent = item.caption;
        button.addEventListener('click', () => {
          closeMenus();
          act('/api/menu', { handler: item.handler });
        });
        panel.append(button);
      }
    }
  };
  if (state.menu.length === 0) {
    ui.addonMenu.innerHTML =
      '<button type="button" role="menuitem" disabled>No menu (onOpen built none)</button>';
  }
  addItems(ui.addonMenu, state.menu);
}

function renderTabs() {
  ui.tabs.innerHTML = '';
  for (const tab of state.tabs) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tab';
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', String(tab.name === state.sheet.name));
    button.textContent = tab.name;
    button.title = 'Double-click to rename';
    button.addEventListener('click', () => {
      if (tab.name !== state.sheet.name) {
        selected = { row: 1, col: 1 };
        act('/api/activate', { sheet: tab.name });
      }
    });
    button.addEventListener('dblclick', () => {
      const name = prompt('Rename tab', tab.name);
      if (name && name !== tab.name) act('/api/rename', { sheet: tab.name, name });
    });
    ui.tabs.append(button);
  }
}

function columnWidth(col) {
  return state.sheet.columnWidths[col - 1] || DEFAULT_COLUMN_WIDTH;
}

function cellAt(row, col) {
  return state.sheet.cells[row - 1]?.[col - 1] ?? null;
}

function sparkHtml(spark) {
  const share = spark.max > spark.min ? (spark.value - spark.min) / (spark.max - spark.min) : 0;
  const width = Math.max(0, Math.min(1, share)) * 100;
  return `<span class="spark" title="SPARKLINE bar: ${escapeHtml(spark.value)}"><span style="width:${width.toFixed(1)}%;background:${escapeHtml(spark.color)}"></span></span>`;
}

function overflows(cell, row, col) {
  if (!cell || cell.n || cell.spark || !cell.v || (cell.a && cell.a !== 'left')) return false;
  const next = cellAt(row, col + 1);
  return !next || next.v === '';
}

/** Pixels text may run over: its own column and the empty ones after it, up to the first that holds something. */
function overflowWidth(row, col) {
  let width = columnWidth(col) - 6; // the cell's padding
  for (let c = col + 1; c <= state.sheet.cols; c++) {
    const next = cellAt(row, c);
    if (next && next.v !== '') break;
    width += columnWidth(c);
  }
  return width;
}

function cellHtml(cell, row, col) {
  const classes = [];
  const overflow = overflows(cell, row, col);
  if (overflow) classes.push('ov');
  const styles = [];
  let content = '';
  let title = '';
  if (cell) {
    if (cell.n) classes.push('num');
    if (cell.t === 'boolean') classes.push('bool');
    if (cell.e) {
      classes.push('err');
      title = cell.e;
    }
    if (cell.note) {
      classes.push('builtin');
      title = cell.note;
    }
    if (cell.s) classes.push('spill');
    if (cell.b) styles.push('font-weight:bold');
    if (cell.it) styles.push('font-style:italic');
    if (cell.bg) styles.push(`background-color:${cell.bg}`);
    if (cell.c) styles.push(`color:${cell.c}`);
    if (cell.a) styles.push(`text-align:${cell.a}`);
    if (cell.fs) styles.push(`font-size:${cell.fs}px`);
    content = cell.spark ? sparkHtml(cell.spark) : escapeHtml(cell.v);
    // As in Sheets, overflowing text stops at the first cell to its right that holds something.
    if (overflow)
      content = `<span class="ov-text" style="max-width:${overflowWidth(row, col)}px">${content}</span>`;
    if (!title && cell.f) title = cell.f;
  }
  const attrs = [`data-cell="${a1(row, col)}"`, `data-row="${row}"`, `data-col="${col}"`];
  if (classes.length) attrs.push(`class="${classes.join(' ')}"`);
  if (styles.length) attrs.push(`style="${styles.join(';')}"`);
  if (title) attrs.push(`title="${escapeHtml(title)}"`);
  return `<td ${attrs.join(' ')}>${content}</td>`;
}

function renderGrid() {
  const sheet = state.sheet;
  let tableWidth = ROW_HEAD_WIDTH;
  for (let col = 1; col <= sheet.cols; col++) tableWidth += columnWidth(col);
  const parts = [
    `<table class="grid" style="width:${tableWidth}px"><colgroup>`,
    `<col style="width:${ROW_HEAD_WIDTH}px">`,
  ];
  for (let col = 1; col <= sheet.cols; col++) parts.push(`<col style="width:${columnWidth(col)}px">`);
  parts.push('</colgroup><thead><tr><th class="corner"></th>');
  for (let col = 1; col <= sheet.cols; col++)
    parts.push(`<th data-col-head="${col}">${columnLetter(col)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (let row = 1; row <= sheet.rows; row++) {
    const frozen = row <= sheet.frozenRows;
    const rowClass = frozen ? ` class="frozen${row === sheet.frozenRows ? ' frozen-last' : ''}"` : '';
    const top = frozen ? ` style="--top:${HEADER_HEIGHT + (row - 1) * ROW_HEIGHT}px"` : '';
    parts.push(`<tr${rowClass}${top}><th data-row-head="${row}">${row}</th>`);
    for (let col = 1; col <= sheet.cols; col++) parts.push(cellHtml(cellAt(row, col), row, col));
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');
  for (const [index, chart] of sheet.charts.entries()) parts.push(chartHtml(chart, index));
  ui.layer.innerHTML = parts.join('');
  for (const tr of ui.layer.querySelectorAll('tr.frozen')) {
    for (const td of tr.children) td.style.top = tr.style.getPropertyValue('--top');
  }
}

// ---- charts ---------------------------------------------------------------------------------------

function columnLeft(col) {
  let left = ROW_HEAD_WIDTH;
  for (let c = 1; c < col; c++) left += columnWidth(c);
  return left;
}

function niceStep(span, ticks) {
  const raw = span / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) * magnitude;
  return step;
}

function formatTick(value) {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e4) return `${+(value / 1e3).toFixed(1)}K`;
  if (abs > 0 && abs < 1) return `${+(value * 100).toFixed(1)}%`;
  return String(+value.toFixed(2));
}

/** An SVG line (or column) chart of the ranges the add-on gave the chart builder. */
function chartHtml(chart, index) {
  const width = chart.width;
  const height = chart.height;
  const left = columnLeft(chart.col) + chart.offsetX;
  const top = HEADER_HEIGHT + (chart.row - 1) * ROW_HEIGHT + chart.offsetY;
  const pad = { top: chart.title ? 44 : 30, right: 18, bottom: 34, left: 52 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const values = chart.series.flatMap((s) => s.values.filter((v) => typeof v === 'number'));
  // Columns stand on zero; lines get a range around the data, as Sheets' charts pick one.
  let min = values.length ? Math.min(...values) : 0;
  let max = values.length ? Math.max(...values) : 1;
  if (chart.type === 'column') min = Math.min(0, min);
  if (chart.vMin !== null && chart.vMin !== undefined) min = chart.vMin;
  if (chart.vMax !== null && chart.vMax !== undefined) max = chart.vMax;
  if (max <= min) max = min + 1;
  const step = niceStep(max - min, 4);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const n = chart.categories.length;
  const x = (i) => pad.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v) => pad.top + plotH - ((v - min) / (max - min || 1)) * plotH;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(chart.title || 'Chart')}">`,
  ];
  if (chart.title)
    svg.push(`<text x="${pad.left}" y="20" font-size="14" fill="#202124">${escapeHtml(chart.title)}</text>`);
  for (let v = min; v <= max + step / 2; v += step) {
    svg.push(
      `<line x1="${pad.left}" x2="${pad.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>`,
      `<text x="${pad.left - 6}" y="${y(v) + 4}" font-size="10" fill="#5f6368" text-anchor="end">${formatTick(v)}</text>`,
    );
  }
  const labelEvery = Math.max(1, Math.ceil(n / 5));
  for (let i = 0; i < n; i += labelEvery)
    svg.push(
      `<text x="${x(i)}" y="${pad.top + plotH + 16}" font-size="10" fill="#5f6368" text-anchor="middle">${escapeHtml(chart.categories[i])}</text>`,
    );
  let legendX = pad.left;
  for (const [s, series] of chart.series.entries()) {
    const color = series.color || CHART_COLORS[s % CHART_COLORS.length];
    const dash = series.dashed ? ' stroke-dasharray="5 4"' : '';
    if (chart.type === 'column') {
      const barW = Math.max(1, plotW / Math.max(1, n) / (chart.series.length + 1));
      for (const [i, v] of series.values.entries())
        if (typeof v === 'number')
          svg.push(
            `<rect x="${x(i) - (chart.series.length * barW) / 2 + s * barW}" y="${Math.min(y(v), y(0))}" width="${barW}" height="${Math.abs(y(v) - y(0))}" fill="${color}"/>`,
          );
    } else {
      // A gap (null) breaks the line, as Sheets draws missing data.
      let d = '';
      let pen = 'M';
      for (const [i, v] of series.values.entries()) {
        if (typeof v !== 'number') {
          pen = 'M';
          continue;
        }
        d += `${pen}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = 'L';
      }
      svg.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    }
    const legendY = chart.title ? 34 : 16;
    svg.push(
      `<line x1="${legendX}" x2="${legendX + 16}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2"${dash}/>`,
      `<text x="${legendX + 20}" y="${legendY + 4}" font-size="11" fill="#3c4043">${escapeHtml(series.name)}</text>`,
    );
    legendX += 34 + 6.5 * String(series.name).length;
  }
  svg.push(
    `<line x1="${pad.left}" x2="${pad.left + plotW}" y1="${y(min)}" y2="${y(min)}" stroke="#9aa0a6"/>`,
    '</svg>',
  );
  return `<div class="chart" data-chart="${index}" style="left:${left}px;top:${top}px;width:${width}px;height:${height}px">${svg.join('')}</div>`;
}

// ---- selection and editing ------------------------------------------------------------------------

function updateSelection() {
  for (const el of ui.layer.querySelectorAll('.sel, .sel-head')) el.classList.remove('sel', 'sel-head');
  const td = ui.layer.querySelector(`td[data-row="${selected.row}"][data-col="${selected.col}"]`);
  td?.classList.add('sel');
  ui.layer.querySelector(`th[data-col-head="${selected.col}"]`)?.classList.add('sel-head');
  ui.layer.querySelector(`th[data-row-head="${selected.row}"]`)?.classList.add('sel-head');
  ui.nameBox.value = a1(selected.row, selected.col);
  if (document.activeElement !== ui.formula) ui.formula.value = cellAt(selected.row, selected.col)?.i ?? '';
}

function select(row, col) {
  if (!state) return;
  selected = {
    row: Math.max(1, Math.min(state.sheet.rows, row)),
    col: Math.max(1, Math.min(state.sheet.cols, col)),
  };
  updateSelection();
  const td = ui.layer.querySelector(`td[data-row="${selected.row}"][data-col="${selected.col}"]`);
  td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function commit(row, col, input) {
  return act('/api/cell', { sheet: state.sheet.name, row, col, input });
}

function startEditing(initial) {
  stopEditing();
  const td = ui.layer.querySelector(`td[data-row="${selected.row}"][data-col="${selected.col}"]`);
  if (!td) return;
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.setAttribute('aria-label', `Edit ${a1(selected.row, selected.col)}`);
  input.value = initial ?? cellAt(selected.row, selected.col)?.i ?? '';
  input.style.left = `${td.offsetLeft - 1}px`;
  input.style.top = `${td.offsetTop - 1}px`;
  input.style.minWidth = `${td.offsetWidth + 2}px`;
  input.style.height = `${td.offsetHeight + 2}px`;
  const at = { ...selected };
  input.addEventListener('keydown', async (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const value = input.value;
      stopEditing();
      await commit(at.row, at.col, value);
      if (event.key === 'Enter') select(at.row + 1, at.col);
      else select(at.row, at.col + 1);
      ui.scroll.focus();
    } else if (event.key === 'Escape') {
      stopEditing();
      ui.scroll.focus();
    }
  });
  input.addEventListener('input', () => {
    ui.formula.value = input.value;
  });
  ui.layer.append(input);
  editor = input;
  input.focus();
}

function stopEditing() {
  editor?.remove();
  editor = null;
}

ui.layer.addEventListener('mousedown', (event) => {
  const td = event.target.closest('td[data-row]');
  if (!td || event.target === editor) return;
  stopEditing();
  select(Number(td.dataset.row), Number(td.dataset.col));
});
ui.layer.addEventListener('dblclick', (event) => {
  if (event.target.closest('td[data-row]')) startEditing();
});

ui.scroll.addEventListener('keydown', (event) => {
  if (editor || !state) return;
  const moves = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  if (moves[event.key]) {
    event.preventDefault();
    select(selected.row + moves[event.key][0], selected.col + moves[event.key][1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    commit(selected.row, selected.col, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEditing(event.key);
  }
});

ui.formula.addEventListener('keydown', async (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    const at = { ...selected };
    await commit(at.row, at.col, ui.formula.value);
    ui.formula.blur();
    select(at.row + 1, at.col);
    ui.scroll.focus();
  } else if (event.key === 'Escape') {
    ui.formula.blur();
    updateSelection();
  }
});

// ---- menus ----------------------------------------------------------------------------------------

function closeMenus() {
  for (const panel of document.querySelectorAll('.menubar > .menu > .menu-panel')) panel.hidden = true;
  for (const button of document.querySelectorAll('.menu-button'))
    button.setAttribute('aria-expanded', 'false');
  ui.addonMenu.classList.remove('open');
}

for (const button of document.querySelectorAll('.menu-button')) {
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const panel = $(`menu-${button.dataset.menu}`);
    const open = panel.hidden;
    closeMenus();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
}
ui.addonButton.addEventListener('click', (event) => {
  event.stopPropagation();
  ui.addonMenu.classList.toggle('open');
});
document.addEventListener('click', (event) => {
  if (!event.target.closest('.menu-panel')) closeMenus();
});

const actions = {
  paste: () => openPasteDialog(''),
  reset: () => {
    selected = { row: 1, col: 1 };
    return act('/api/reset');
  },
  'export-csv': () => download(`/api/export.csv?sheet=${encodeURIComponent(state.sheet.name)}`),
  'export-xlsx': () => download('/api/export.xlsx'),
};
for (const el of document.querySelectorAll('[data-action]')) {
  el.addEventListener('click', () => {
    closeMenus();
    actions[el.dataset.action]();
  });
}

function download(href) {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

// ---- paste an export ------------------------------------------------------------------------------

function suggestTabName() {
  const names = new Set(state.tabs.map((t) => t.name));
  for (let n = 1; ; n++) if (!names.has(`Pasted ${n}`)) return `Pasted ${n}`;
}

function openPasteDialog(text) {
  $('paste-name').value = suggestTabName();
  $('paste-text').value = text;
  ui.paste.showModal();
  (text ? $('paste-name') : $('paste-text')).focus();
  if (text) $('paste-name').select();
}

$('paste-form').addEventListener('submit', (event) => {
  if (event.submitter?.value !== 'paste') return;
  const body = {
    name: $('paste-name').value.trim(),
    text: $('paste-text').value,
    split: $('paste-split').checked,
  };
  selected = { row: 1, col: 1 };
  act('/api/paste', body);
});

// Ctrl+V on the grid: the clipboard holds an export; ask which tab it becomes.
document.addEventListener('paste', (event) => {
  if (event.target.closest?.('input, textarea, dialog')) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text.trim()) return;
  event.preventDefault();
  openPasteDialog(text);
});

// ---- sidebar, dialogs, toasts, alerts ---------------------------------------------------------------

function renderSidebar() {
  const sidebar = state.sidebar;
  ui.sidebar.hidden = !sidebar;
  if (!sidebar) {
    ui.sidebarFrame.removeAttribute('src');
    ui.sidebarFrame.dataset.id = '';
    return;
  }
  ui.sidebarTitle.textContent = sidebar.title;
  if (ui.sidebarFrame.dataset.id !== String(sidebar.id)) {
    ui.sidebarFrame.dataset.id = String(sidebar.id);
    ui.sidebarFrame.src = `/ui/${sidebar.id}`;
  }
}

function renderDialog() {
  const dialog = state.dialog;
  if (!dialog) {
    if (ui.htmlDialog.open) ui.htmlDialog.close();
    return;
  }
  if (ui.htmlDialogFrame.dataset.id === String(dialog.id) && ui.htmlDialog.open) return;
  $('html-dialog-title').textContent = dialog.title;
  ui.htmlDialogFrame.dataset.id = String(dialog.id);
  ui.htmlDialogFrame.style.width = `${dialog.width}px`;
  ui.htmlDialogFrame.style.height = `${dialog.height}px`;
  ui.htmlDialogFrame.src = `/ui/${dialog.id}`;
  if (!ui.htmlDialog.open) ui.htmlDialog.showModal();
}

$('sidebar-close').addEventListener('click', () => act('/api/ui/close', { kind: 'sidebar' }));
$('html-dialog-close').addEventListener('click', () => act('/api/ui/close', { kind: 'dialog' }));
ui.htmlDialog.addEventListener('cancel', (event) => {
  event.preventDefault();
  act('/api/ui/close', { kind: 'dialog' });
});

// The bridge inside the sidebar and dialogs tells the page when the sheet may have changed.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || typeof event.data !== 'object' || !event.data) return;
  if (event.data.playground === 'changed') refresh();
  if (event.data.playground === 'close') {
    const kind = event.source === ui.sidebarFrame.contentWindow ? 'sidebar' : 'dialog';
    act('/api/ui/close', { kind });
  }
});

function showToast(title, message, isError, timeoutSeconds) {
  const toast = document.createElement('div');
  toast.className = `toast${isError ? ' error' : ''}`;
  toast.setAttribute('role', isError ? 'alert' : 'status');
  toast.innerHTML = `<div class="toast-title">${escapeHtml(title || '')}</div><div class="toast-body">${escapeHtml(message)}</div>`;
  ui.toasts.append(toast);
  const seconds = timeoutSeconds === undefined || timeoutSeconds === null ? 6 : timeoutSeconds;
  if (seconds >= 0) setTimeout(() => toast.remove(), Math.max(seconds, 2) * 1000);
  toast.addEventListener('click', () => toast.remove());
}

function showAlert(title, message) {
  alertQueue.push({ title, message });
  if (!ui.alert.open) nextAlert();
}

function nextAlert() {
  const next = alertQueue.shift();
  if (!next) return;
  $('alert-title').textContent = next.title || 'Alert';
  $('alert-message').textContent = next.message;
  ui.alert.showModal();
}
ui.alert.addEventListener('close', nextAlert);

window.addEventListener('error', (event) => showToast('Playground', String(event.message), true));
refresh();
