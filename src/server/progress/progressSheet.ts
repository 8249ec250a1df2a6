type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Which tab is the add-on's Progress tab, and how it is replaced. The tab is known by developer
 * metadata, not by name: a user's own tab called "Progress" is never touched, and a Progress tab the
 * user renamed keeps its name.
 */
export const PROGRESS_METADATA_KEY = 'smartGoals.progress';

/**
 * Every sheet carrying the Progress key: the first is the Progress tab; any other is a copy the user
 * made with Duplicate (metadata travels with it), left alone and not read as data.
 */
export function findProgressSheets(spreadsheet: Spreadsheet): Sheet[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(PROGRESS_METADATA_KEY)
    .find()
    .flatMap((metadata) => metadata.getLocation().getSheet() ?? []);
}

/** `base`, else "base (2)", "base (3)"…: sheet names are unique regardless of case. */
function uniqueSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  let n = 2;
  while (lower.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}

export interface ProgressTarget {
  /** The current Progress tab, its name and 0-based place among the tabs, or null when there is none yet. */
  readonly previous: { readonly sheet: Sheet; readonly name: string; readonly index: number } | null;
  /** Names of every sheet in the spreadsheet. */
  readonly taken: readonly string[];
  /** The name a new Progress tab gets ("Progress", or "Progress (2)" when a user's tab has that name). */
  readonly baseName: string;
}

/**
 * Writes the new Progress tab into a fresh sheet placed where the old one is, and only then swaps:
 * delete the old, give the new its name and the metadata. If writing fails, the fresh sheet is removed
 * and the previous Progress tab is exactly as it was.
 */
export function replaceProgressSheet(
  spreadsheet: Spreadsheet,
  target: ProgressTarget,
  write: (sheet: Sheet) => void,
): Sheet {
  const { previous, taken } = target;
  const draftName = uniqueSheetName(target.baseName, taken);
  const draft = spreadsheet.insertSheet(draftName, previous ? previous.index : taken.length);
  try {
    write(draft);
  } catch (error) {
    try {
      spreadsheet.deleteSheet(draft);
    } catch {
      // The write error is the one worth reporting; a draft left behind is named like a Progress tab.
    }
    throw error;
  }
  if (previous) {
    spreadsheet.deleteSheet(previous.sheet);
    draft.setName(previous.name);
  }
  draft.addDeveloperMetadata(PROGRESS_METADATA_KEY);
  return draft;
}
