import { describe, expect, it } from 'vitest';
import { decimalCommaFormula, renderFunctionReference } from '../../scripts/codegen.mjs';
import { registry } from '../../src/registry';
import { customFunctions } from '../../src/registry/customFunctions';
import type { CustomFunctionEntry } from '../../src/registry/types';

const signatureOf = (
  name: string,
  params: readonly { name: string; optional?: boolean }[],
  separator: string,
) => `${name}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator)})`;

const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#39;')
    .replace(/"/g, '&quot;');

/**
 * The numbers a text states, thousands separators dropped and decimals written with ".": English
 * writes 10,000 and 0.024, Icelandic 10.000 and 0,024.
 */
function figures(text: string, language: 'en' | 'is'): string[] {
  const [thousands, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((number) =>
    number
      .split(decimal)
      .map((part) => part.split(thousands).join(''))
      .join('.'),
  );
}

describe('the Icelandic text of the registry', () => {
  it('translates every description, parameter and example result (none is a copy of the English)', () => {
    for (const entry of customFunctions) {
      expect(entry.is.description.length, entry.name).toBeGreaterThan(20);
      expect(entry.is.description, entry.name).not.toBe(entry.description);
      for (const param of entry.params) {
        expect(param.is.description.length, `${entry.name} ${param.name}`).toBeGreaterThan(10);
        expect(param.is.description, `${entry.name} ${param.name}`).not.toBe(param.description);
      }
    }
  });

  it('states the same figures as the English results, written 10.000 and 0,024', () => {
    expect(figures('same cells: 240 ÷ 10,000 = 0.024', 'en')).toEqual(['240', '10000', '0.024']);
    expect(figures('sömu hólf: 240 ÷ 10.000 = 0,024', 'is')).toEqual(['240', '10000', '0.024']);
    for (const entry of customFunctions)
      for (const example of entry.examples)
        expect(figures(example.is.result, 'is'), example.formula).toEqual(figures(example.result, 'en'));
  });

  it('uses the words Icelandic marketers use', () => {
    const description = (name: string) => customFunctions.find((e) => e.name === name)!.is.description;
    expect(description('ENGAGEMENT_RATE')).toMatch(/^Þátttökuhlutfall: samskipti ÷ /);
    expect(description('CLICK_THROUGH_RATE')).toBe('Smellihlutfall (CTR): smellir ÷ birtingar.');
    expect(description('AUDIENCE_GROWTH_RATE')).toContain('fylgjenda');
  });
});

describe('formulas as a decimal-comma spreadsheet writes them', () => {
  it('separates arguments with ";" and writes decimal commas', () => {
    expect(decimalCommaFormula('=ENGAGEMENT_RATE(B2:B31, C2:C31, "total")')).toBe(
      '=ENGAGEMENT_RATE(B2:B31; C2:C31; "total")',
    );
    expect(decimalCommaFormula('=GOAL_PROGRESS(0.05, 0.04, 0.03)')).toBe('=GOAL_PROGRESS(0,05; 0,04; 0,03)');
    expect(decimalCommaFormula('=COST_PER(300, 120000) * 1000')).toBe('=COST_PER(300; 120000) * 1000');
  });

  it('leaves text and sheet names as they are, doubled quotes included', () => {
    expect(decimalCommaFormula('=X("a, b 1.5", \'Tab 1.2, x\'!A1, 2.5)')).toBe(
      '=X("a, b 1.5"; \'Tab 1.2, x\'!A1; 2,5)',
    );
    expect(decimalCommaFormula('=X("say ""1.5, 2""", 1.5)')).toBe('=X("say ""1.5, 2"""; 1,5)');
  });
});

describe('the function reference dialog in English (build/help.html)', () => {
  const html = renderFunctionReference(registry, 'en');

  it('shows each custom function with its signature, description, parameters and examples', () => {
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<h2>/g)).toHaveLength(customFunctions.length);
    for (const entry of customFunctions) {
      expect(html).toContain(`<code>${signatureOf(entry.name, entry.params, ', ')}</code>`);
      expect(html).toContain(escaped(entry.description));
      for (const param of entry.params) expect(html).toContain(escaped(param.description));
      for (const example of entry.examples)
        expect(html).toContain(`<code>${escaped(example.formula)}</code> → ${escaped(example.result)}`);
    }
    expect(html).toContain('<code>=ENGAGEMENT_RATE(120, 4000)</code> → 0.03 (3%)');
    expect(html).toContain('<code>mode</code> (optional): ');
    // Menu handlers, triggers and endpoints are not formulas: they are not listed.
    expect(html).not.toContain('sidebarLoad');
    // English only: the Icelandic text is in the other file.
    expect(html).not.toContain(customFunctions[0].is.description);
    expect(renderFunctionReference(registry)).toBe(html);
  });

  it('says that decimal-comma locales separate arguments with ";"', () => {
    expect(html).toContain(
      'A spreadsheet whose locale writes decimal commas (Icelandic, German…) separates arguments with ; and writes 0,05 for 0.05: <code>=ENGAGEMENT_RATE(B2:B31; C2:C31; &quot;total&quot;)</code>',
    );
  });
});

describe('the function reference dialog in Icelandic (build/help-is.html)', () => {
  const html = renderFunctionReference(registry, 'is');

  it('shows every custom function in Icelandic, its signature with ";"', () => {
    expect(html).toContain('<html lang="is">');
    expect(html.match(/<h2>/g)).toHaveLength(customFunctions.length);
    for (const entry of customFunctions) {
      expect(html).toContain(`<code>${signatureOf(entry.name, entry.params, '; ')}</code>`);
      expect(html).toContain(escaped(entry.is.description));
      expect(html).not.toContain(escaped(entry.description));
      for (const param of entry.params) expect(html).toContain(escaped(param.is.description));
      for (const example of entry.examples) expect(html).toContain(escaped(example.is.result));
    }
    expect(html).toContain('<code>mode</code> (valfrjálst): ');
  });

  it('writes the example formulas with ";" and decimal commas', () => {
    expect(html).toContain(
      '<p>Dæmi: <code>=ENGAGEMENT_RATE(B2:B4; C2:C4; &quot;total&quot;)</code> → sömu hólf: 240 ÷ 10.000 = 0,024</p>',
    );
    expect(html).toContain(
      '<code>=EXPECTED_PROGRESS(&quot;2026-07-01&quot;; &quot;2026-09-30&quot;; &quot;2026-08-15&quot;)</code> → dagur 46 af 92: 0,5 (50%)',
    );
    expect(html).toContain('<code>=GOAL_PROGRESS(5%; 4%; 3%)</code>');
    // No formula keeps an English argument separator.
    const formulas = [...html.matchAll(/<code>(=[^<]*)<\/code>/g)].map((m) => m[1]!);
    expect(formulas.length).toBeGreaterThan(customFunctions.length);
    for (const formula of formulas) expect(formula).not.toContain(',');
  });

  it('says in one line that Icelandic Sheets separates arguments with ";"', () => {
    expect(html).toContain(
      '<p>Í Sheets með íslenskum staðarstillingum eru viðföng aðskilin með semíkommu (;) og tugabrot skrifuð með kommu (0,05): <code>=ENGAGEMENT_RATE(B2:B31; C2:C31; &quot;total&quot;)</code></p>',
    );
  });
});

describe('the function reference dialog escapes everything it shows', () => {
  const hostile: CustomFunctionEntry = {
    kind: 'customFunction',
    name: 'X<b>',
    description: '<script>alert("&")</script>',
    is: { description: '<img src=x onerror="alert(1)">' },
    params: [{ name: "it's", description: '<u>p</u>', is: { description: 'á <u>p</u> & q' } }],
    returns: 'r',
    examples: [{ formula: '=X("<i>", 1.5)', result: 'a > b', is: { result: 'a < b' } }],
  };

  it('in English', () => {
    const html = renderFunctionReference([hostile], 'en');
    expect(html).toContain('X&lt;b&gt;(it&#39;s)');
    expect(html).toContain('&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;');
    expect(html).toContain('<code>it&#39;s</code>: &lt;u&gt;p&lt;/u&gt;');
    expect(html).toContain('=X(&quot;&lt;i&gt;&quot;, 1.5)</code> → a &gt; b');
    expect(html).not.toMatch(/<script|<i>|<b>|<u>|<img/);
  });

  it('in Icelandic', () => {
    const html = renderFunctionReference([hostile], 'is');
    expect(html).toContain('X&lt;b&gt;(it&#39;s)');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('<code>it&#39;s</code>: á &lt;u&gt;p&lt;/u&gt; &amp; q');
    expect(html).toContain('=X(&quot;&lt;i&gt;&quot;; 1,5)</code> → a &lt; b');
    expect(html).not.toMatch(/<script|<i>|<b>|<u>|<img/);
  });
});
