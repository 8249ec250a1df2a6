import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFunctionsMarkdown } from '../scripts/codegen.mjs';
import { registry } from '../src/registry';

const root = join(import.meta.dirname, '..');

describe('FUNCTIONS.md', () => {
  it('is what the registry renders today (regenerate with `npm run docs`)', () => {
    const committed = readFileSync(join(root, 'FUNCTIONS.md'), 'utf8');
    expect(committed).toBe(renderFunctionsMarkdown(registry));
  });

  it('documents every custom function with its signature and first example', () => {
    const committed = readFileSync(join(root, 'FUNCTIONS.md'), 'utf8');
    for (const entry of registry) {
      if (entry.kind !== 'customFunction') continue;
      expect(committed).toContain(`## ${entry.name}\n`);
      expect(committed).toContain(entry.examples[0]!.formula);
    }
  });

  it('says that decimal-comma locales such as Icelandic separate arguments with ";"', () => {
    const committed = readFileSync(join(root, 'FUNCTIONS.md'), 'utf8');
    expect(committed).toContain('(Icelandic, German…) separates arguments with `;`');
    expect(committed).toContain('`=ENGAGEMENT_RATE(B2:B31; C2:C31; "total")`');
  });
});
