// Types for codegen.mjs, so tests written in TypeScript can import it.
import type { RegistryEntry } from '../src/registry/types';

export function renderJsDoc(entry: RegistryEntry): string;
export function renderStubs(registry: readonly RegistryEntry[], globalName: string): string;
export function renderFunctionsMarkdown(registry: readonly RegistryEntry[]): string;
export function signatureOf(entry: Pick<RegistryEntry, 'name' | 'params'>, separator?: string): string;
export function decimalCommaFormula(formula: string): string;
export function escapeHtml(text: string): string;
export function renderFunctionReference(registry: readonly RegistryEntry[], language?: 'en' | 'is'): string;
