import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitType } from '@app/domain/units/unit-type';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';

/** What a form item hands its control (antd Form.Item fills these). */
interface Control {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** Text typed into a search box, once the typing pauses. */
function useSettled(text: string, ms = 300): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** A unit chosen by name or code, from the units of one type; searches the API as one types. */
export function UnitSelect({ type, placeholder, ...control }: Control & { type?: UnitType; placeholder?: string }) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const units = useLoad(() => api.GET('/api/units', { params: { query: { type, q: q || undefined, pageSize: 50, sort: 'name' } } }), [type, q]);
  return (
    <Select
      {...control}
      value={control.value ?? undefined}
      onChange={(value: string | undefined) => control.onChange?.(value ?? null)}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      placeholder={placeholder ?? '输入单位名称或代码'}
      loading={units.loading}
      notFoundContent={units.error ?? '没有符合条件的单位'}
      options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: `${unit.name}（${unit.code}）` }))}
    />
  );
}

/** A cadre chosen by name, from the roster; searches the API as one types. */
export function CadreSelect(control: Control) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const cadres = useLoad(() => api.GET('/api/cadres', { params: { query: { q: q || undefined, pageSize: 50 } } }), [q]);
  return (
    <Select
      {...control}
      value={control.value ?? undefined}
      onChange={(value: string | undefined) => control.onChange?.(value ?? null)}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      placeholder="输入姓名查找干部"
      loading={cadres.loading}
      notFoundContent={cadres.error ?? '没有符合条件的干部'}
      options={(cadres.data?.items ?? []).map((cadre) => ({ value: cadre.id, label: `${cadre.name}（${cadre.homeUnit.name}）` }))}
    />
  );
}
