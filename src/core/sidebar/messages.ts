import { en, fillPlaceholders, type Language, type MessageKey, translate } from '../i18n/messages';

/**
 * The sidebar's share of the message catalogues. The server sends the user's language with the
 * sidebar's state, so the page carries one language's strings instead of both whole catalogues.
 */
export type SidebarKey = Extract<MessageKey, `sidebar.${string}` | `metric.${string}`>;
export type SidebarMessages = Readonly<Record<SidebarKey, string>>;

const isSidebarKey = (key: string): key is SidebarKey =>
  key.startsWith('sidebar.') || key.startsWith('metric.');

/** Server side. (Computed per call: a top-level call would keep both catalogues in the page's bundle.) */
export function sidebarMessages(language: Language): SidebarMessages {
  const keys = Object.keys(en).filter(isSidebarKey);
  return Object.fromEntries(keys.map((key) => [key, translate(language, key)])) as SidebarMessages;
}

export interface Translate {
  (key: SidebarKey, params?: Record<string, string | number>): string;
  /** Whether the catalogue has a key built at run time ("metric." + a name from the data). */
  has(key: string): key is SidebarKey;
}

export function translator(messages: SidebarMessages): Translate {
  const t = (key: SidebarKey, params?: Record<string, string | number>) =>
    fillPlaceholders(messages[key] ?? key, params);
  return Object.assign(t, { has: (key: string): key is SidebarKey => isSidebarKey(key) && key in messages });
}
