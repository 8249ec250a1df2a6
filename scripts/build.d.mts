// Types for build.mjs, so tests written in TypeScript can build the bundle they check.
import type { RegistryEntry } from '../src/registry/types';

export function loadRegistry(): Promise<RegistryEntry[]>;
export function build(): Promise<{ registry: RegistryEntry[]; codeBytes: number }>;
