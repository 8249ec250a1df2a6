/**
 * Every user-facing string, one catalogue per language. The English catalogue defines the keys;
 * other languages must give every key (the type checks it). Placeholders are written {name}.
 */
export const en = {
  'menu.buildProgress': 'Build progress tab',
  'menu.setGoals': 'Set SMART goals',
  'menu.functionReference': 'Function reference',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const is: Catalogue = {
  'menu.buildProgress': 'Búa til framvinduflipa',
  'menu.setGoals': 'Setja SMART markmið',
  'menu.functionReference': 'Yfirlit falla',
};

const catalogues: Record<string, Catalogue> = { en, is };

export type Language = 'en' | 'is';

/** "is", "is_IS", "is-IS" → "is"; anything without a catalogue falls back to English. */
export function languageOf(locale: string | null | undefined): Language {
  const language = (locale ?? '').split(/[_-]/)[0]!.toLowerCase();
  return language === 'is' ? 'is' : 'en';
}

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = (catalogues[language] ?? en)[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
