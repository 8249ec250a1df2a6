// Text generated from the registry: the top-level stubs of build/Code.js and FUNCTIONS.md.
// Pure string functions, so tests can compare the committed FUNCTIONS.md with a fresh render.

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
    const signature = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    parts.push(`## ${f.name}`, '', `\`${f.name}(${signature})\``, '', f.description, '');
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
