import { server as en } from './en';
import { server as is } from './is';
import { type Catalogue, fillPlaceholders, type Language, type Params } from './translate';

/** The strings build/Code.js renders: menu, import notes, the Progress tab, toasts and alerts. */
export type ServerKey = keyof typeof en;

const catalogues: Readonly<Record<Language, Catalogue<typeof en>>> = { en, is };

export function translate(language: Language, key: ServerKey, params?: Params): string {
  return fillPlaceholders(catalogues[language][key], params);
}
