/**
 * The only names Apps Script sees. Each export has an entry in src/registry, which the build turns
 * into a top-level stub; test/registry.test.ts checks the two lists match.
 */
export * from './customFunctions';
export { showFunctionReference } from './help';
export { onInstall, onOpen } from './menu';
export { buildProgressTab } from './progress/buildProgressTab';
export { showSidebar, sidebarDeleteGoal, sidebarHistory, sidebarLoad, sidebarSaveGoal } from './sidebar';
