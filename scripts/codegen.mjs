// Text generated from the registry: the top-level stubs of build/Code.js, build/help.html (the
// Function reference dialog) and FUNCTIONS.md. Pure string functions, so tests can compare the
// committed FUNCTIONS.md with a fresh render and check the dialog's escaping.

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
export function signatureOf(entry) {
  return `${entry.name}(${entry.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * build/help.html, the Function reference dialog: per custom function its signature, description,
 * parameters and first example, every piece of registry text escaped. Built here rather than at run
 * time so the registry's text stays out of build/Code.js.
 */
export function renderFunctionReference(registry) {
  const sections = registry
    .filter((entry) => entry.kind === 'customFunction')
    .map((entry) => {
      const [example] = entry.examples;
      const params = entry.params.map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.description)}</li>`,
      );
      return [
        `<h2><code>${escapeHtml(signatureOf(entry))}</code></h2>`,
        `<p>${escapeHtml(entry.description)}</p>`,
        `<ul>${params.join('')}</ul>`,
        example
          ? `<p>Example: <code>${escapeHtml(example.formula)}</code> → ${escapeHtml(example.result)}</p>`
          : '',
      ].join('\n');
    });
  return [
    '<!DOCTYPE html>',
    '<html><head>',
    '<meta charset="utf-8">',
    '<base target="_top">',
    '<style>body{font:13px Arial,sans-serif;color:#202124}h2{font-size:13px;margin:16px 0 2px}p,ul{margin:2px 0}ul{padding-left:18px}</style>',
    '</head><body>',
    '<p>Each argument takes a cell or a range; same-sized ranges combine row by row and one formula fills a column.',
    'Rates are fractions: give the cells a percent format. [Optional] arguments may be left out.</p>',
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
    'a column. Rates are fractions: give the cell a percent format to see 4.2%.',
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
