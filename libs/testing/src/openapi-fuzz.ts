import fc from 'fast-check';

/**
 * Requests generated from the application's OpenAPI document: for each operation,
 * valid ones (shaped as the document says, with hostile content where any string is
 * allowed) and invalid ones (a path id that names nothing, a query value or a body
 * the document rules out). Used by test/security/fuzz.e2e-spec.ts.
 */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
  $ref?: string;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface RawOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As the document writes it: `/api/cadres/{id}`. */
  readonly path: string;
  /** As Nest writes it: `/api/cadres/:id`. */
  readonly route: string;
  readonly pathParams: string[];
  readonly query: { name: string; schema: Schema }[];
  /** The JSON body's schema, when the operation takes one. */
  readonly body?: Schema;
  readonly multipart: boolean;
}

export interface FuzzRequest {
  readonly path: string;
  readonly query: [string, string][];
  /** Sent as JSON; `undefined` sends no body. */
  readonly body?: unknown;
  /** What makes it invalid, for the failure report. */
  readonly why: string;
}

/** Strings that have broken other systems: SQL, spreadsheet formulas, markup, unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE cadre; --",
  '1; SELECT pg_sleep(5)',
  '=HYPERLINK("http://example.com","点击")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '=cmd|\' /C calc\'!A0',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00%27',
  '\u202e\u0644\u0627', // right-to-left override
  '👩‍👩‍👧‍👦🀄',
  'e\u0301\u0301\u0301',
  '\uFEFF',
  '张'.repeat(3000),
  'x'.repeat(100_000),
  '',
  ' ',
  '\r\n',
  '{"$gt":""}',
  '__proto__',
  'null',
  'NaN',
];

const HOSTILE_NUMBERS = [0, -1, -0, 1.5, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324];

const text = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const parameters = raw.parameters ?? [];
      const content = raw.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        route: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: content['application/json']?.schema,
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return operations.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** The schema with `$ref` and single-member `allOf` followed. */
export function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    if (!target) throw new Error(`unknown schema ${schema.$ref}`);
    return { ...resolve(target, document), nullable: schema.nullable ?? target.nullable };
  }
  if (schema.allOf) {
    const merged = schema.allOf.map((part) => resolve(part, document)).reduce((all, part) => ({ ...all, ...part }), {} as Schema);
    return { ...merged, nullable: schema.nullable ?? merged.nullable };
  }
  return schema;
}

/** Values the schema allows, hostile ones included. */
export function validValue(raw: Schema, document: OpenApiDocument, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, document);
  const value = validNonNull(schema, document, depth);
  return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function validNonNull(schema: Schema, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return text;
    case 'integer':
    case 'number': {
      const integers = fc.integer({ min: schema.minimum ?? -(2 ** 40), max: schema.maximum ?? 2 ** 40 });
      const within = HOSTILE_NUMBERS.filter((n) => (schema.minimum === undefined || n >= schema.minimum) && (schema.maximum === undefined || n <= schema.maximum));
      const extra = schema.type === 'integer' ? within.filter(Number.isInteger) : within;
      return extra.length > 0 ? fc.oneof(integers, fc.constantFrom(...extra)) : integers;
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? validValue(schema.items, document, depth + 1) : fc.anything(), { maxLength: depth > 1 ? 2 : 5 });
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) {
        // An optional property may be left out or sent as null (class-validator's
        // @IsOptional treats the two alike).
        record[name] = required.has(name) ? validValue(property, document, depth + 1) : fc.oneof(validValue(property, document, depth + 1), fc.constant(null));
      }
      const requiredKeys = [...required].filter((name) => name in properties);
      return fc.record(record, { requiredKeys });
    }
  }
}

/** Values the schema rules out, each with what is wrong with it; none when everything passes. */
export function invalidValue(raw: Schema, document: OpenApiDocument, depth = 0): fc.Arbitrary<[unknown, string]> | undefined {
  const schema = resolve(raw, document);
  const options: fc.Arbitrary<[unknown, string]>[] = [];
  const wrong = (values: unknown[], why: string) => options.push(fc.constantFrom(...values).map((v): [unknown, string] => [v, why]));
  if (!schema.nullable) wrong([null], 'null');
  if (schema.enum) {
    wrong(['NOT_A_MEMBER', "' OR '1'='1", 'excellent '], 'not a member of the enum');
    if (schema.enum.every((v) => typeof v === 'string')) wrong([1, true, {}, []], 'not a string');
  } else {
    switch (schema.type) {
      case 'string':
        wrong([1, -1.5, true, {}, ['x']], 'not a string');
        if (schema.format === 'uuid') wrong(['not-a-uuid', "' OR '1'='1", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(5000)], 'not a uuid');
        if (schema.format === 'date') wrong(['2026-13-40', '2026-02-30', 'yesterday', '2026/01/01'], 'not a date');
        break;
      case 'integer':
        wrong([1.5, '1', true, {}, [1]], 'not an integer');
        break;
      case 'number':
        wrong(['1', 'NaN', true, {}, [1]], 'not a number');
        break;
      case 'boolean':
        wrong(['true', 1, 0, {}, []], 'not a boolean');
        break;
      case 'array': {
        wrong([{}, 'x', 1], 'not an array');
        const item = schema.items && depth < 3 ? invalidValue(schema.items, document, depth + 1) : undefined;
        if (item) options.push(item.map(([v, why]): [unknown, string] => [[v], `an item: ${why}`]));
        break;
      }
      case 'object':
      default:
        options.push(...invalidObject(schema, document, depth));
    }
  }
  if (schema.type !== 'string' && schema.enum === undefined) {
    const bounded = [schema.minimum !== undefined ? schema.minimum - 1 : undefined, schema.maximum !== undefined ? schema.maximum + 1 : undefined];
    const outside = bounded.filter((n): n is number => n !== undefined);
    if (outside.length > 0) wrong(outside, 'out of range');
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

function invalidObject(schema: Schema, document: OpenApiDocument, depth: number): fc.Arbitrary<[unknown, string]>[] {
  const options: fc.Arbitrary<[unknown, string]>[] = [];
  options.push(fc.constantFrom<[unknown, string]>([[], 'an array for an object'], ['x', 'a string for an object'], [7, 'a number for an object']));
  const valid = validNonNull(schema, document, depth) as fc.Arbitrary<Record<string, unknown>>;
  if (schema.additionalProperties !== true && !schema.additionalProperties) {
    options.push(
      fc
        .tuple(valid, fc.constantFrom('isAdmin', 'role', 'createdAt', 'deletedAt', 'constructor', 'extra'))
        .map(([body, name]): [unknown, string] => [{ ...body, [name]: 'x' }, `an extra field ${name}`]),
    );
  }
  for (const name of schema.required ?? []) {
    options.push(
      valid.map((body): [unknown, string] => {
        const { [name]: _left, ...rest } = body;
        return [rest, `${name} missing`];
      }),
    );
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const bad = depth < 3 ? invalidValue(property, document, depth + 1) : undefined;
    if (!bad) continue;
    // null for an optional property means "not given" (see validNonNull)
    const optional = !(schema.required ?? []).includes(name);
    const usable = optional ? bad.filter(([v]) => v !== null) : bad;
    options.push(fc.tuple(valid, usable).map(([body, [v, why]]): [unknown, string] => [{ ...body, [name]: v }, `${name}: ${why}`]));
  }
  return options;
}

/** A path with each `{param}` replaced, encoded. */
function fillPath(operation: Operation, ids: string[]): string {
  let index = 0;
  return operation.path.replace(/\{\w+\}/g, () => encodeURIComponent(ids[index++] as string));
}

/** Ids that cannot name an object: not uuids, or hostile strings. */
const notAnId = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.trim() !== '' && s.length < 5000)),
  fc.integer().map(String),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && s !== '.' && s !== '..'),
);

/** Requests the document allows: a fresh uuid for every path id, valid query values, a valid body. */
export function validRequests(operation: Operation, document: OpenApiDocument): fc.Arbitrary<FuzzRequest> {
  const query = fc.record(
    Object.fromEntries(operation.query.map((q) => [q.name, validValue(q.schema, document).map((v) => (v === null ? undefined : String(v)))])),
    { requiredKeys: [] },
  );
  const body = operation.body ? validValue(operation.body, document) : fc.constant(undefined);
  return fc.record({ ids: fc.array(fc.uuid(), { minLength: operation.pathParams.length, maxLength: operation.pathParams.length }), query, body }).map(({ ids, query: q, body: b }) => ({
    path: fillPath(operation, ids),
    query: Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined),
    body: b,
    why: 'valid',
  }));
}

/** Requests the document rules out: one thing wrong in each, the rest valid. */
export function invalidRequests(operation: Operation, document: OpenApiDocument): fc.Arbitrary<FuzzRequest> | undefined {
  const valid = validRequests(operation, document);
  const options: fc.Arbitrary<FuzzRequest>[] = [];
  if (operation.pathParams.length > 0) {
    options.push(
      fc.tuple(valid, fc.nat({ max: operation.pathParams.length - 1 }), notAnId).map(([request, which, id]) => {
        const ids = operation.pathParams.map((_, i) => (i === which ? id : '00000000-0000-4000-8000-000000000000'));
        return { ...request, path: fillPath(operation, ids), why: `path ${operation.pathParams[which]} ${JSON.stringify(id.slice(0, 60))}` };
      }),
    );
  }
  for (const { name, schema } of operation.query) {
    const bad = invalidQueryValue(schema, document);
    if (!bad) continue;
    options.push(
      fc.tuple(valid, bad).map(([request, [values, why]]) => ({
        ...request,
        query: [...request.query.filter(([n]) => n !== name), ...values.map((v): [string, string] => [name, v])],
        why: `query ${name}: ${why}`,
      })),
    );
  }
  if (operation.body) {
    const bad = invalidValue(operation.body, document);
    if (bad) options.push(fc.tuple(valid, bad).map(([request, [body, why]]) => ({ ...request, body, why: `body: ${why}` })));
  } else if (operation.multipart) {
    options.push(valid.map((request) => ({ ...request, body: { file: 'not a file' }, why: 'JSON for a file upload' })));
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

/** Query values are strings: a value is invalid when no string form of it is allowed. */
function invalidQueryValue(raw: Schema, document: OpenApiDocument): fc.Arbitrary<[string[], string]> | undefined {
  const schema = resolve(raw, document);
  const values: [string[], string][] = [];
  if (schema.enum) values.push([['NOT_A_MEMBER'], 'not a member of the enum'], [["' OR '1'='1"], 'not a member of the enum']);
  else if (schema.type === 'number' || schema.type === 'integer') {
    values.push([['abc'], 'not a number'], [['1e999'], 'not a finite number'], [['0x'], 'not a number']);
    if (schema.minimum !== undefined) values.push([[String(schema.minimum - 1)], 'below the minimum']);
    if (schema.maximum !== undefined) values.push([[String(schema.maximum + 1)], 'above the maximum']);
  } else if (schema.type === 'boolean') values.push([['maybe'], 'not a boolean']);
  else if (schema.format === 'uuid') values.push([['not-a-uuid'], 'not a uuid'], [["1' OR '1'='1"], 'not a uuid']);
  else if (schema.format === 'date') values.push([['2026-02-30'], 'not a date']);
  // A valid value given twice is a list where one value is expected.
  const one = schema.enum ? String(schema.enum[0]) : schema.type === 'number' || schema.type === 'integer' ? String(schema.minimum ?? 1) : schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : undefined;
  if (one !== undefined && schema.type !== 'array') values.push([[one, one], 'given twice']);
  return values.length > 0 ? fc.constantFrom(...values) : undefined;
}
