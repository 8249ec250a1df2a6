import { customFunctions } from './customFunctions';
import { endpoints } from './endpoints';
import { menuHandlers, triggers } from './menu';
import type { RegistryEntry } from './types';

export type { CustomFunctionEntry, ParamDoc, RegistryEntry } from './types';

/** Every global Apps Script must see, in the order the stubs are written. */
export const registry: readonly RegistryEntry[] = [
  ...triggers,
  ...menuHandlers,
  ...customFunctions,
  ...endpoints,
];
