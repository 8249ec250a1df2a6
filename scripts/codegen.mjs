// Text generated from the registry: the top-level stubs of build/Code.js, build/help.html and
// build/help-is.html (the Function reference dialog in English and Icelandic) and FUNCTIONS.md. Pure
// string functions, so tests can compare the committed FUNCTIONS.md with a fresh render and check
// the dialog's escaping.

const jsdocLine = (text) => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/** One JSDoc block per entry: description, @param per parameter, @return, @customfunction. */
export function renderJsDoc(entry) {
  const lines = [jsdocLine(entry.description)];
  for (const param of entry.params) {
    const optional = param.optional ? '(optional) ' : '';
    lines.push(`@param ${param.name} ${optional}${jsdocLine(param.description)}`);
  }
  lines.push(`@return ${jsdocLine(entry.returns)}`);
  if (entry.kind === 'customFunction') lines.push('@customfunction');
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */'].join('\n');
}

/** `function NAME(params) { return App.NAME.apply(this, arguments); }` with its JSDoc directly above. */
export function renderStubs(registry, globalName) {
  return registry
    .map((entry) => {
      const params = entry.params.map((p) => p.name).join(', ');
      return `${renderJsDoc(entry)}\nfunction ${entry.name}(${params}) {\n  return ${globalName}.${entry.name}.apply(this, arguments);\n}\n`;
    })
    .join('\n');
}

/** "ENGAGEMENT_RATE(engagements, base, [mode])": optional parameters in brackets. */
export function signatureOf(entry, separator = ', ') {
  return `${entry.name}(${entry.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator)})`;
}

/**
 * A formula as a decimal-comma spreadsheet (Icelandic, German…) writes it: ";" between arguments and
 * 0,05 for 0.05. Text in double quotes and sheet names in single quotes are left as they are.
 */
export function decimalCommaFormula(formula) {
  let out = '';
  let quote = '';
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ',') {
      out += ';';
      continue;
    } else if (char === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) {
      out += ',';
      continue;
    }
    out += char;
  }
  return out;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** A range formula as a decimal-comma spreadsheet writes it, shown under both dialogs' introduction. */
const SEPARATORS_EXAMPLE = '=ENGAGEMENT_RATE(B2:B31; C2:C31; "total")';

/**
 * The Function reference dialog in each language: its own words, and how a function's registry
 * text and formulas are shown. Icelandic spreadsheets write decimal commas, so ";" between arguments.
 */
const REFERENCE = {
  en: {
    intro:
      'Each argument takes a cell or a range; same-sized ranges combine row by row and one formula fills a column. Rates are fractions: give the cells a percent format. [Optional] arguments may be left out.',
    separators:
      'A spreadsheet whose locale writes decimal commas (Icelandic, German…) separates arguments with ; and writes 0,05 for 0.05:',
    optional: 'optional',
    example: 'Example',
    description: (entry) => entry.description,
    param: (param) => param.description,
    result: (example) => example.result,
    formula: (formula) => formula,
    separator: ', ',
  },
  is: {
    intro:
      'Hvert viðfang tekur hólf eða svið; svið af sömu stærð parast línu fyrir línu og ein formúla fyllir heilan dálk. Hlutföll koma sem brot: gefðu hólfunum prósentusnið. Viðföngum [innan hornklofa] má sleppa.',
    separators:
      'Í Sheets með íslenskum staðarstillingum eru viðföng aðskilin með semíkommu (;) og tugabrot skrifuð með kommu (0,05):',
    optional: 'valfrjálst',
    example: 'Dæmi',
    description: (entry) => entry.is.description,
    param: (param) => param.is.description,
    result: (example) => example.is.result,
    formula: decimalCommaFormula,
    separator: '; ',
  },
};

/**
 * build/help.html (English) and build/help-is.html (Icelandic), the Function reference dialog: per
 * custom function its signature, description, parameters and examples, every piece of registry text
 * escaped. Built here rather than at run time so the registry's text stays out of build/Code.js.
 */
export function renderFunctionReference(registry, language = 'en') {
  const text = REFERENCE[language];
  const sections = registry
    .filter((entry) => entry.kind === 'customFunction')
    .map((entry) => {
      const params = entry.params.map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${text.optional})` : ''}: ${escapeHtml(text.param(p))}</li>`,
      );
      const examples = entry.examples.map(
        (e) =>
          `<p>${text.example}: <code>${escapeHtml(text.formula(e.formula))}</code> → ${escapeHtml(text.result(e))}</p>`,
      );
      return [
        `<h2><code>${escapeHtml(signatureOf(entry, text.separator))}</code></h2>`,
        `<p>${escapeHtml(text.description(entry))}</p>`,
        `<ul>${params.join('')}</ul>`,
        ...examples,
      ].join('\n');
    });
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}"><head>`,
    '<meta charset="utf-8">',
    '<base target="_top">',
    '<style>body{font:13px Arial,sans-serif;color:#202124}h2{font-size:13px;margin:16px 0 2px}p,ul{margin:2px 0}ul{padding-left:18px}</style>',
    '</head><body>',
    `<p>${escapeHtml(text.intro)}</p>`,
    `<p>${escapeHtml(text.separators)} <code>${escapeHtml(SEPARATORS_EXAMPLE)}</code></p>`,
    ...sections,
    '</body></html>',
    '',
  ].join('\n');
}

/** FUNCTIONS.md: one section per custom function, with its parameters and examples. */
export function renderFunctionsMarkdown(registry) {
  const functions = registry.filter((entry) => entry.kind === 'customFunction');
  const parts = [
    '# Function reference',
    '',
    '<!-- Generated from src/registry by `npm run docs`; edit the registry, not this file. -->',
    '',
    'Every argument takes a single value or a range. Same-shaped ranges combine row by row, a single',
    "value pairs with every cell of a range, and the result has the range's shape, so one formula fills",
    'a column. Rates are fractions: give the cell a percent format to see 4.2%. A spreadsheet whose',
    'locale writes decimal commas (Icelandic, German…) separates arguments with `;` and writes 0,05:',
    '`=ENGAGEMENT_RATE(B2:B31; C2:C31; "total")`.',
    '',
    ...functions.map((f) => `- [${f.name}](#${f.name.toLowerCase()})`),
    '',
  ];
  for (const f of functions) {
    parts.push(`## ${f.name}`, '', `\`${signatureOf(f)}\``, '', f.description, '');
    parts.push('| parameter | meaning |', '|---|---|');
    for (const p of f.params)
      parts.push(`| ${p.optional ? `${p.name} (optional)` : p.name} | ${p.description} |`);
    parts.push('', `Returns: ${f.returns}`, '');
    if (f.examples.length) {
      parts.push('| formula | result |', '|---|---|');
      for (const e of f.examples) parts.push(`| \`${e.formula}\` | ${e.result} |`);
      parts.push('');
    }
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
