// Feature: languages. Every user-facing text exists in English and Japanese, written side by side in the
// module that uses it (a rule's messages sit in the rule's file), and picked by the locale in the options.

export type Locale = 'en' | 'ja';

export const LOCALES: readonly Locale[] = ['en', 'ja'];

/** A value in every supported language. */
export type Localized<T> = Readonly<Record<Locale, T>>;

/** Picks the value for a locale. */
export function pick<T>(table: Localized<T>, locale: Locale): T {
  return table[locale] ?? table.en;
}

/** Maps a VS Code or POSIX locale string (`ja`, `ja-JP`, `ja_JP.UTF-8`, `en-US`) to a supported locale. */
export function toLocale(value: string | undefined): Locale {
  return value && /^ja(\b|[-_])/i.test(value) ? 'ja' : 'en';
}
