// Developer metadata — pages developer-metadata, developer-metadata-finder and
// developer-metadata-location under developers.google.com/apps-script/reference/spreadsheet/.
// Records live on the spreadsheet; these classes are views of them.
import { type CallCounter, Emulated } from './calls';
import type { Range, Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

/** Where metadata is attached: the spreadsheet, a sheet, or whole rows/columns (0-based start). */
export type MetadataLocation =
  | {
      readonly type: 'SPREADSHEET';
      readonly sheet?: undefined;
      readonly start?: undefined;
      readonly count?: undefined;
    }
  | { readonly type: 'SHEET'; readonly sheet: Sheet; readonly start?: undefined; readonly count?: undefined }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheet: Sheet; start: number; count: number };

export interface MetadataRecord {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
}

export class DeveloperMetadata extends Emulated {
  get kind(): string {
    return 'DeveloperMetadata';
  }

  constructor(
    counter: CallCounter,
    private readonly spreadsheet: Spreadsheet,
    readonly record: MetadataRecord,
  ) {
    super(counter);
  }

  // developer-metadata#getid, #getkey, #getvisibility, #getlocation; setKey/setValue/setVisibility.
  // Not documented: ids here count up from 1.
  getId(): number {
    return this.record.id;
  }

  getKey(): string {
    return this.record.key;
  }

  /** "null if this metadata has no value" — developer-metadata#getvalue */
  getValue(): string | null {
    return this.record.value;
  }

  getVisibility(): string {
    return this.record.visibility;
  }

  setKey(key: string): DeveloperMetadata {
    this.record.key = String(key);
    return this;
  }

  setValue(value: string): DeveloperMetadata {
    this.record.value = String(value);
    return this;
  }

  setVisibility(visibility: string): DeveloperMetadata {
    this.record.visibility = String(visibility);
    return this;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.counter, this.spreadsheet, this.record.location);
  }

  /** "Deletes this metadata." — developer-metadata#remove */
  remove(): void {
    this.spreadsheet._removeMetadata(this.record.id);
  }
}

// Row and column locations read back as "3:3" and "B:B" (not documented; as Sheets shows them).
const WHOLE_ROWS = { rowsWhole: false, rowsOpenEnd: false, columnsWhole: true, columnsOpenEnd: true };
const WHOLE_COLUMNS = { rowsWhole: true, rowsOpenEnd: true, columnsWhole: false, columnsOpenEnd: false };

export class DeveloperMetadataLocation extends Emulated {
  get kind(): string {
    return 'DeveloperMetadataLocation';
  }

  constructor(
    counter: CallCounter,
    private readonly spreadsheet: Spreadsheet,
    private readonly location: MetadataLocation,
  ) {
    super(counter);
  }

  // developer-metadata-location#getlocationtype; getSpreadsheet/getSheet/getRow/getColumn give the
  // location, "or null if the location type is not" theirs.
  getLocationType(): string {
    return this.location.type;
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.spreadsheet : null;
  }

  getSheet(): Sheet | null {
    return this.location.type === 'SHEET' ? this.location.sheet : null;
  }

  getRow(): Range | null {
    const loc = this.location;
    if (loc.type !== 'ROW') return null;
    return loc.sheet._rangeOf(
      {
        row: loc.start + 1,
        column: 1,
        numRows: loc.count,
        numColumns: loc.sheet.maxColumns,
      },
      WHOLE_ROWS,
    );
  }

  getColumn(): Range | null {
    const loc = this.location;
    if (loc.type !== 'COLUMN') return null;
    return loc.sheet._rangeOf(
      {
        row: 1,
        column: loc.start + 1,
        numRows: loc.sheet.maxRows,
        numColumns: loc.count,
      },
      WHOLE_COLUMNS,
    );
  }
}

/**
 * Whether a location is in a finder's scope; `intersecting` after onIntersectingLocations ("only
 * valid for range-scoped searches"; not documented: other finders ignore it).
 */
export type MetadataScope = (location: MetadataLocation, intersecting: boolean) => boolean;

/**
 * withKey/withValue/withId narrow the search (developer-metadata-finder#withkeykey, #withvaluevalue,
 * #withidid), as do withLocationType and withVisibility (listed on the page); find() runs it.
 */
export class DeveloperMetadataFinder extends Emulated {
  get kind(): string {
    return 'DeveloperMetadataFinder';
  }
  private readonly filters: ((record: MetadataRecord) => boolean)[] = [];
  private intersecting = false;

  constructor(
    counter: CallCounter,
    private readonly spreadsheet: Spreadsheet,
    private readonly scope: MetadataScope,
  ) {
    super(counter);
  }

  withKey(key: string): DeveloperMetadataFinder {
    this.filters.push((r) => r.key === key);
    return this;
  }

  withValue(value: string): DeveloperMetadataFinder {
    this.filters.push((r) => r.value === value);
    return this;
  }

  withId(id: number): DeveloperMetadataFinder {
    this.filters.push((r) => r.id === Number(id));
    return this;
  }

  withLocationType(locationType: string): DeveloperMetadataFinder {
    this.filters.push((r) => r.location.type === String(locationType));
    return this;
  }

  withVisibility(visibility: string): DeveloperMetadataFinder {
    this.filters.push((r) => r.visibility === String(visibility));
    return this;
  }

  /** "Consider intersecting locations that have metadata" — developer-metadata-finder#onintersectinglocations */
  onIntersectingLocations(): DeveloperMetadataFinder {
    this.intersecting = true;
    return this;
  }

  /** "Executes this search and returns the matching metadata." — developer-metadata-finder#find */
  find(): DeveloperMetadata[] {
    return this.spreadsheet
      ._metadataWhere((location) => this.scope(location, this.intersecting))
      .filter((m) => this.filters.every((f) => f(m.record)));
  }
}
