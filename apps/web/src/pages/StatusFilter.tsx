import { Segmented } from 'antd';

/** 全部 and each status by its label: the filter above a list of records with a status. */
export function StatusFilter<S extends string>({ labels, value, onChange }: { labels: Readonly<Record<S, { label: string }>>; value: S | 'ALL'; onChange: (value: S | 'ALL') => void }) {
  return (
    <Segmented<S | 'ALL'>
      style={{ marginBottom: 16 }}
      value={value}
      onChange={onChange}
      options={[{ value: 'ALL' as const, label: '全部' }, ...(Object.keys(labels) as S[]).map((status) => ({ value: status, label: labels[status].label }))]}
    />
  );
}
