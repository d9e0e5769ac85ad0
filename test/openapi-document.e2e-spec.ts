import { createTestApp, type TestApp } from '@app/testing';

/**
 * The OpenAPI document is built from decorators, without the swagger CLI plugin. A property
 * typed as a union (`string | null`) reflects as `Object`, so unless its decorator names the
 * type, the document says `type: object` and the web console's generated client sees
 * `Record<string, never>`. These tests name every such property so it cannot come back.
 */
type Schema = {
  type?: string;
  nullable?: boolean;
  $ref?: string;
  enum?: unknown[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
};

function declaresItsType(schema: Schema): boolean {
  // A nullable nested DTO comes out as `{ type: 'object', nullable: true, allOf: [{ $ref }] }`: typed by its allOf.
  if (schema.$ref !== undefined || schema.enum !== undefined || schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined) {
    return true;
  }
  // What a union (`string | null`) reflects as, when the decorator does not name the type.
  if (schema.type === 'object') return schema.properties !== undefined || schema.additionalProperties !== undefined;
  return schema.type !== undefined;
}

/** `Schema.property` (with `[]` for array items and `{}` for map values) of each property whose type was lost. */
function lostTypes(schemas: Record<string, Schema>): string[] {
  const offenders: string[] = [];
  const visitProperty = (schema: Schema, label: string): void => {
    if (!declaresItsType(schema)) offenders.push(label);
    visit(schema, label);
  };
  const visit = (schema: Schema, label: string): void => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) visitProperty(property, `${label}.${name}`);
    if (schema.items) visitProperty(schema.items, `${label}[]`);
    if (typeof schema.additionalProperties === 'object') visitProperty(schema.additionalProperties, `${label}{}`);
    for (const member of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(member, label);
  };
  for (const [name, schema] of Object.entries(schemas)) visit(schema, name);
  return offenders;
}

type Operation = {
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};

/** The schemas written inline in the operations (parameters, bodies, answers), each named by where it is. */
function inlineSchemasOf(paths: Record<string, Record<string, Operation>>): Record<string, Schema> {
  const found: Record<string, Schema> = {};
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const at = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) if (parameter.schema) found[`${at} ${parameter.in} ${parameter.name}`] = parameter.schema;
      for (const [type, body] of Object.entries(operation.requestBody?.content ?? {})) if (body.schema) found[`${at} body ${type}`] = body.schema;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [type, body] of Object.entries(response.content ?? {})) if (body.schema) found[`${at} ${status} ${type}`] = body.schema;
      }
    }
  }
  return found;
}

/** Every `$ref` anywhere in the document, with where it was found. */
function refsOf(node: unknown, at: string, found: Array<{ ref: string; at: string }> = []): Array<{ ref: string; at: string }> {
  if (Array.isArray(node)) node.forEach((item, i) => refsOf(item, `${at}/${i}`, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push({ ref: value, at });
      else refsOf(value, `${at}/${key}`, found);
    }
  }
  return found;
}

function resolves(document: unknown, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let node: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.http.get('/api/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives every property of every schema its type (a union like `string | null` needs one named)', () => {
    expect(Object.keys(document.components.schemas).length).toBeGreaterThan(50);
    expect(lostTypes(document.components.schemas)).toEqual([]);
  });

  it('gives every parameter and every inline body or answer its type, down to the properties', () => {
    const inline = inlineSchemasOf(document.paths);
    expect(Object.keys(inline).length).toBeGreaterThan(100);
    expect(Object.keys(inline).filter((at) => !declaresItsType(inline[at]))).toEqual([]);
    expect(lostTypes(inline)).toEqual([]);
  });

  it('resolves every $ref to a component it holds', () => {
    const refs = refsOf(document, '#');
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter(({ ref }) => !resolves(document, ref))).toEqual([]);
  });

  it('the checks themselves catch a lost type and a dangling $ref', () => {
    const schemas: Record<string, Schema> = {
      Fine: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          nested: { $ref: '#/components/schemas/Fine' },
          grade: { enum: ['A', 'B'] },
          map: { type: 'object', additionalProperties: { type: 'number' } },
          either: { oneOf: [{ type: 'string' }, { type: 'number' }] },
          maybe: { type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/Fine' }] },
        },
      },
      Lost: {
        type: 'object',
        properties: {
          rank: { type: 'object' },
          bare: {},
          list: { type: 'array', items: { type: 'object' } },
          map: { type: 'object', additionalProperties: {} },
          inner: { type: 'object', properties: { total: { type: 'object' } } },
        },
      },
      Composed: { allOf: [{ $ref: '#/components/schemas/Fine' }, { type: 'object', properties: { note: {} } }] },
    };
    expect(lostTypes(schemas)).toEqual(['Lost.rank', 'Lost.bare', 'Lost.list[]', 'Lost.map{}', 'Lost.inner.total', 'Composed.note']);
    const doc = { components: { schemas } };
    expect(resolves(doc, '#/components/schemas/Fine')).toBe(true);
    expect(resolves(doc, '#/components/schemas/Missing')).toBe(false);
    expect(resolves(doc, 'https://example.com/schema.json')).toBe(false);
  });
});
