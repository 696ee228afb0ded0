// Feature: durations in human units, for TTL hovers and simulation reports.

import type { Locale } from './i18n';

const UNITS: [number, string, string][] = [
  [31536000, 'year', '年'],
  [86400, 'day', '日'],
  [3600, 'hour', '時間'],
  [60, 'minute', '分'],
];

/** "86400 s (1 day)" / "86400 秒（1 日）"; the exact seconds always come first. */
export function formatDuration(seconds: number, locale: Locale): string {
  const plain = locale === 'ja' ? `${seconds} 秒` : `${seconds} s`;
  if (seconds <= 0 || !Number.isFinite(seconds)) return plain;
  for (const [size, en, ja] of UNITS) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return locale === 'ja' ? `${plain}（${n} ${ja}）` : `${plain} (${n} ${en}${n === 1 ? '' : 's'})`;
    }
  }
  return plain;
}
