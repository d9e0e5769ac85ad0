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

interface Option {
  value: string;
  label: string;
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

/**
 * The options a search found, with the chosen record first when the search did not find
 * it (a form opening on a record outside the first page of results): looked up by its id,
 * so it shows by name, never as its id.
 */
function useOptions(found: Option[], value: string | null | undefined, lookUp: (id: string) => Promise<Option | null>): Option[] {
  const missing = value && !found.some((option) => option.value === value) ? value : null;
  const [chosen, setChosen] = useState<Option | null>(null);
  useEffect(() => {
    if (!missing || chosen?.value === missing) return;
    let current = true;
    void lookUp(missing).then((option) => current && setChosen(option));
    return () => {
      current = false;
    };
    // lookUp is a new function each render; what it looks up is `missing`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [missing, chosen?.value]);
  return missing && chosen?.value === missing ? [chosen, ...found] : found;
}

const unitLabel = (unit: { name: string; code: string }) => `${unit.name}（${unit.code}）`;

/** A unit chosen by name or code, from the units of one type; searches the API as one types. */
export function UnitSelect({ type, placeholder, ...control }: Control & { type?: UnitType; placeholder?: string }) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const units = useLoad(() => api.GET('/api/units', { params: { query: { type, q: q || undefined, pageSize: 50, sort: 'name' } } }), [type, q]);
  const options = useOptions(
    (units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unitLabel(unit) })),
    control.value,
    async (id) => {
      const { data } = await api.GET('/api/units/{id}', { params: { path: { id } } });
      return data ? { value: data.id, label: unitLabel(data) } : null;
    },
  );
  return <SearchSelect control={control} options={options} onSearch={setText} loading={units.loading} placeholder={placeholder ?? '输入单位名称或代码'} notFound={units.error ?? '没有符合条件的单位'} />;
}

/** A cadre chosen by name, from the roster; searches the API as one types. */
export function CadreSelect(control: Control) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const cadres = useLoad(() => api.GET('/api/cadres', { params: { query: { q: q || undefined, pageSize: 50 } } }), [q]);
  const options = useOptions(
    (cadres.data?.items ?? []).map((cadre) => ({ value: cadre.id, label: `${cadre.name}（${cadre.homeUnit.name}）` })),
    control.value,
    async (id) => {
      const { data } = await api.GET('/api/cadres/{id}', { params: { path: { id } } });
      return data ? { value: data.id, label: `${data.name}（${data.homeUnit.name}）` } : null;
    },
  );
  return <SearchSelect control={control} options={options} onSearch={setText} loading={cadres.loading} placeholder="输入姓名查找干部" notFound={cadres.error ?? '没有符合条件的干部'} />;
}

/** A select searched on the server as one types (the API filters, not the select). */
function SearchSelect(props: { control: Control; options: Option[]; onSearch: (text: string) => void; loading: boolean; placeholder: string; notFound: string }) {
  const { control } = props;
  return (
    <Select
      {...control}
      value={control.value ?? undefined}
      onChange={(value: string | undefined) => control.onChange?.(value ?? null)}
      showSearch={{ filterOption: false, onSearch: props.onSearch }}
      allowClear
      placeholder={props.placeholder}
      loading={props.loading}
      notFoundContent={props.notFound}
      options={props.options}
    />
  );
}
