import * as enSections from './en';
import * as isSections from './is';

/**
 * Each language's every string in one flat table, for tests and tools that look a string up by key
 * (the playground's browser test). The add-on itself never imports this: each bundle takes only the
 * section it renders (./server.ts, ../sidebar/messages.ts), and test/bundle.test.ts checks that
 * build/Code.js carries no sidebar string.
 */
export const en = { ...enSections.server, ...enSections.sidebar };
export const is = { ...isSections.server, ...isSections.sidebar };
