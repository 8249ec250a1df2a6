import type { MenuHandlerEntry, TriggerEntry } from './types';

const eventParam = [{ name: 'e', description: 'The Apps Script event object.' }] as const;

export const triggers = [
  {
    kind: 'trigger',
    name: 'onOpen',
    description: 'Builds the add-on menu. Runs in AuthMode.NONE too, so it only builds the menu.',
    params: eventParam,
    returns: 'Nothing.',
  },
  {
    kind: 'trigger',
    name: 'onInstall',
    description: 'Runs when the add-on is installed: builds the menu as onOpen does.',
    params: eventParam,
    returns: 'Nothing.',
  },
] as const satisfies readonly TriggerEntry[];

export const menuHandlers = [
  {
    kind: 'menuHandler',
    name: 'buildProgressTab',
    description:
      'Menu item "Build progress tab": reads every tab once and rewrites the add-on\'s Progress tab from the Goals tab and the pasted data.',
    params: [],
    returns: 'Nothing.',
  },
  {
    kind: 'menuHandler',
    name: 'showFunctionReference',
    description: 'Menu item "Function reference": opens a dialog listing the custom functions.',
    params: [],
    returns: 'Nothing.',
  },
  {
    kind: 'menuHandler',
    name: 'showSidebar',
    description: 'Menu item "Set SMART goals": opens the goal sidebar (build/sidebar.html).',
    params: [],
    returns: 'Nothing.',
  },
] as const satisfies readonly MenuHandlerEntry[];
