/** `name` ascending, `-name` descending: the values a `sort` query parameter accepts. */
export function sortOptions<F extends string>(fields: readonly F[]): string[] {
  return fields.flatMap((field) => [field, `-${field}`]);
}

export interface SortOrder<F extends string> {
  field: F;
  direction: 'ASC' | 'DESC';
}

/** `sort` has passed `@IsIn(sortOptions(fields))`, so it names an allowed field. */
export function parseSort<F extends string>(sort: string | undefined, fallback: SortOrder<F>): SortOrder<F> {
  if (!sort) return fallback;
  return sort.startsWith('-') ? { field: sort.slice(1) as F, direction: 'DESC' } : { field: sort as F, direction: 'ASC' };
}
