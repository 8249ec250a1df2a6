import type { CustomFunctionEntry } from './types';

/** The formulas marketers type. Names and parameter order are the public API: never reorder. */
export const customFunctions = [] as const satisfies readonly CustomFunctionEntry[];
