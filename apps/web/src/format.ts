import dayjs from 'dayjs';

/** 2023年12月20日, as Chinese government documents write dates. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日') : '—';
}

/** 2023年12月20日 14:05 */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY年M月D日 HH:mm') : '—';
}
