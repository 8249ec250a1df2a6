import { sidebar as en } from '../i18n/en';
import { sidebar as is } from '../i18n/is';
import { type Catalogue, fillPlaceholders, type Language, type Params } from '../i18n/translate';

/**
 * The sidebar's section of the catalogues. The page carries it in both languages (the server keeps
 * only its own section) and picks by the user's locale, so it can speak before the server answers.
 */
export type SidebarKey = keyof typeof en;

const catalogues: Readonly<Record<Language, Catalogue<typeof en>>> = { en, is };

export interface Translate {
  (key: SidebarKey, params?: Params): string;
  /** Whether the catalogue has a key built at run time ("metric." + a name from the data). */
  has(key: string): key is SidebarKey;
}

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  const t = (key: SidebarKey, params?: Params) => fillPlaceholders(messages[key], params);
  return Object.assign(t, { has: (key: string): key is SidebarKey => key in messages });
}
