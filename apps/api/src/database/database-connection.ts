/** Where the process's database is and how many connections it may hold. */
export interface DatabaseConnection {
  readonly url: string;
  /** 1 for the embedded database (see EMBEDDED_POOL_SIZE). */
  readonly poolSize: number;
}

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
