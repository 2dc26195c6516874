// Checks answers against the OpenAPI documents in openapi/: expectMatchesContract(doc, operationId, status, body).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { parse } from 'yaml';

export type DocName = 'auth' | 'ssp';

interface OperationObject {
  operationId?: string;
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean }[];
  requestBody?: { content?: Record<string, unknown> };
  security?: Record<string, unknown>[];
  responses?: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}

export interface Operation {
  doc: DocName;
  method: string;
  path: string;
  operationId: string;
  op: OperationObject;
  /** True when the operation needs an id_token (the document's default security applies). */
  secured: boolean;
}

type OpenApi = {
  paths: Record<string, Record<string, unknown>>;
  security?: Record<string, unknown>[];
  components?: { responses?: Record<string, { content?: Record<string, unknown> }> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const docs: Record<DocName, OpenApi> = {
  auth: parse(readFileSync(fileURLToPath(new URL('../../openapi/auth.yaml', import.meta.url)), 'utf8')) as OpenApi,
  ssp: parse(readFileSync(fileURLToPath(new URL('../../openapi/ssp.yaml', import.meta.url)), 'utf8')) as OpenApi,
};

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const [name, doc] of Object.entries(docs)) ajv.addSchema({ ...doc, $id: `${name}.yaml` });

export function operations(doc?: DocName): Operation[] {
  const out: Operation[] = [];
  for (const name of doc ? [doc] : (Object.keys(docs) as DocName[])) {
    const d = docs[name];
    for (const [path, item] of Object.entries(d.paths)) {
      for (const method of METHODS) {
        const op = item[method] as OperationObject | undefined;
        if (!op?.operationId) continue;
        const security = op.security ?? d.security ?? [];
        out.push({
          doc: name,
          method: method.toUpperCase(),
          path,
          operationId: op.operationId,
          op,
          secured: security.length > 0 && Object.keys(security[0] ?? {}).length > 0,
        });
      }
    }
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON pointer of the application/json schema of one documented answer. */
export function responseSchemaRef(doc: DocName, operationId: string, status: number): string {
  const op = operations(doc).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`${doc}: no operation ${operationId}`);
  const response = op.op.responses?.[String(status)];
  if (!response) throw new Error(`${doc} ${operationId}: status ${status} is not documented`);
  let base = `#/paths/${escapePointer(op.path)}/${op.method.toLowerCase()}/responses/${status}`;
  let target: { content?: Record<string, unknown> } = response;
  if (response.$ref) {
    base = response.$ref;
    const name = response.$ref.split('/').pop() ?? '';
    target = docs[doc].components?.responses?.[name] ?? {};
  }
  if (!target.content?.['application/json'])
    throw new Error(`${doc} ${operationId} ${status}: no JSON body documented`);
  return `${doc}.yaml${base}/content/application~1json/schema`;
}

export function expectMatchesContract(doc: DocName, operationId: string, status: number, body: unknown): void {
  const ref = responseSchemaRef(doc, operationId, status);
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${operationId} ${status} answer should match ${ref}`).toEqual([]);
}

type SchemaLike = { $ref?: string; properties?: Record<string, unknown> };

function resolvePointer(doc: DocName, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], docs[doc]);
}

/** The property names of an operation's JSON request body. */
export function requestProperties(op: Operation): string[] {
  const media = op.op.requestBody?.content?.['application/json'] as { schema?: SchemaLike } | undefined;
  let schema = media?.schema;
  while (schema?.$ref) schema = resolvePointer(op.doc, schema.$ref) as SchemaLike | undefined;
  return Object.keys(schema?.properties ?? {});
}
