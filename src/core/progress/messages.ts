import { isoFromDay, ymdFromDay } from '../days';
import { type ServerKey, translate } from '../i18n/server';
import type { Language } from '../i18n/translate';
import type { DayNumber, MetricKind } from '../model';

/**
 * What the Progress tab says about a goal beyond its numbers: why it is invalid (naming the Goals cell)
 * or where a derived number came from. The texts are the catalogues' "note." keys (../i18n/en.ts).
 * {cell} is "Goals row 4, column D (Metric)"; day parameters are dates, {value} is in the metric's unit
 * (a ratio as a percent), {given} as the user wrote it.
 */
type NoteKey = Extract<ServerKey, `note.${string}`>;
export type MessageKey = NoteKey extends `note.${infer Key}` ? Key : never;

export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export const message = (key: MessageKey, params: Record<string, string | number> = {}): Message => ({
  key,
  params,
});

const DAY_PARAMS = new Set(['date', 'from', 'to', 'start', 'latest']);

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });

/**
 * How a language writes a note's numbers and dates: English as the Progress tab's ISO dates and
 * 1,234.5; Icelandic as its d.m.yyyy dates and 1.234,5 (the English digits with the marks swapped,
 * so no locale data is needed).
 */
const WRITERS: Readonly<Record<Language, { number(text: string): string; day(day: DayNumber): string }>> = {
  en: { number: (text) => text, day: isoFromDay },
  is: {
    number: (text) => text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.')),
    day: (day) => {
      const { year, month, day: date } = ymdFromDay(day);
      return `${date}.${month}.${year}`;
    },
  },
};

/** The text of a message in `language`; `kind` decides how {value} reads (0.042 of a ratio is "4.2%"). */
export function formatMessage(msg: Message, kind: MetricKind | null, language: Language = 'en'): string {
  const writer = WRITERS[language];
  return translate(language, `note.${msg.key}`).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = msg.params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    if (DAY_PARAMS.has(name)) return writer.day(value);
    return writer.number((name === 'value' && kind === 'ratio' ? percent : plain).format(value));
  });
}
