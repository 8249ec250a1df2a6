import type { EndpointEntry } from './types';

/** Server functions the sidebar calls through google.script.run. */
export const endpoints = [] as const satisfies readonly EndpointEntry[];
