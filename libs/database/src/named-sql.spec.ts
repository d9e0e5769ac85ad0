import { bindNamed } from './named-sql';

describe('bindNamed', () => {
  it('numbers parameters in order of first use, and gives a repeated name one number', () => {
    const { text, values } = bindNamed('SELECT * FROM t WHERE a = :first AND b = :second OR c = :first', { second: 2, first: 1, unused: 3 });
    expect(text).toBe('SELECT * FROM t WHERE a = $1 AND b = $2 OR c = $1');
    expect(values).toEqual([1, 2]);
  });

  it('leaves casts, quoted literals and quoted identifiers alone', () => {
    const { text, values } = bindNamed(
      `SELECT to_char(t.at, 'HH24:MI') AS "at:local", 'it''s :not' AS x FROM t WHERE t.ids = ANY(:ids::uuid[]) AND t.kind = :kind`,
      { ids: ['a'], kind: 'K' },
    );
    expect(text).toBe(`SELECT to_char(t.at, 'HH24:MI') AS "at:local", 'it''s :not' AS x FROM t WHERE t.ids = ANY($1::uuid[]) AND t.kind = $2`);
    expect(values).toEqual([['a'], 'K']);
  });

  it('refuses a parameter without a value instead of sending NULL', () => {
    expect(() => bindNamed('SELECT :missing', {})).toThrow(/:missing/);
  });

  it('binds fresh values each time the same statement is used', () => {
    const sql = 'SELECT * FROM t WHERE id = :id';
    expect(bindNamed(sql, { id: 'a' }).values).toEqual(['a']);
    expect(bindNamed(sql, { id: 'b' })).toEqual({ text: 'SELECT * FROM t WHERE id = $1', values: ['b'] });
  });
});
