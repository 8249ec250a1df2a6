/**
 * How the catalogues (./en.ts, ./is.ts) are used: pick a language, fill placeholders. Each bundle
 * builds its typed translate from the section it ships: ./server.ts for build/Code.js,
 * ../sidebar/messages.ts for the sidebar page.
 */
export type Language = 'en' | 'is';

export type Params = Readonly<Record<string, string | number>>;

/** Another language's copy of an English section: every key, each a string. */
export type Catalogue<Section> = { readonly [Key in keyof Section]: string };

/** "is", "is_IS", "is-IS" → "is"; anything without a catalogue falls back to English. */
export function languageOf(locale: string | null | undefined): Language {
  const language = (locale ?? '').split(/[_-]/)[0]!.toLowerCase();
  return language === 'is' ? 'is' : 'en';
}

/** "{count} goals" with { count: 3 } → "3 goals"; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
