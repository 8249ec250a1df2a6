// Types for build.mjs, so tests written in TypeScript can build the bundle they check.
import type { BuildOptions } from 'esbuild';
import type { RegistryEntry } from '../src/registry/types';

export const serverBuildOptions: BuildOptions & { write: false };

export function loadRegistry(): Promise<RegistryEntry[]>;
export function build(): Promise<{ registry: RegistryEntry[]; codeBytes: number }>;
