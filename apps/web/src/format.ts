import dayjs from 'dayjs';
import type { Vocabulary } from '@app/domain/registry/vocabulary';

/** 2023年12月20日, as Chinese government documents write dates. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '—';
}

/** 2023年12月20日 14:05 */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日 HH:mm') : '—';
}

/** A code's label in a domain vocabulary; the API gives enum codes as their string values. */
export function labelOf<C extends string>(vocabulary: Vocabulary<C>, code: `${C}`): string {
  return vocabulary.label(code as C);
}
