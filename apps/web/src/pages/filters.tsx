import { Input, Select } from 'antd';
import { SECONDMENT_CATEGORY, type SecondmentCategory } from '@app/domain/registry/vocabulary';

/** The search box above a list: what was typed, trimmed, when Enter or the button is pressed. */
export function SearchBox({ placeholder, width, onSearch }: { placeholder: string; width: number; onSearch: (q: string) => void }) {
  return <Input.Search placeholder={placeholder} allowClear style={{ width }} onSearch={(value) => onSearch(value.trim())} />;
}

/** The 历练类别 filter above a list of cadres. */
export function CategorySelect({ value, onChange }: { value?: SecondmentCategory; onChange: (value: SecondmentCategory | undefined) => void }) {
  return (
    <Select
      placeholder="历练类别"
      allowClear
      style={{ width: 200 }}
      value={value}
      options={SECONDMENT_CATEGORY.codes.map((code) => ({ value: code, label: SECONDMENT_CATEGORY.label(code) }))}
      onChange={onChange}
    />
  );
}
