import { Foundation1795701309483 } from './1795701309483-Foundation';

/** Every migration, in order. Listed by hand so the same list works from source and from dist. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [Foundation1795701309483];
