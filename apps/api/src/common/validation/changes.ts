/**
 * The fields a PATCH body actually carries. class-transformer gives a DTO instance
 * every declared property, `undefined` where the client sent nothing; spreading that
 * over a stored row would blank it. `null` is kept: it clears a nullable field.
 */
export function sentFields<T extends object>(dto: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
