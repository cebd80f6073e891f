/** Plain-text readings of the JSON Schemas in the OpenAPI document, for the reference page. */

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
  description?: string;
  $ref?: string;
};

/** `string (1–64)`, `integer ≥ 5 ≤ 1440`, `"upcoming" | "past"`, `array of string`, `string | null`. */
export function typeText(s: JsonSchema): string {
  if (s.$ref) return s.$ref.split('/').pop() ?? 'object';
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return alternatives.map(typeText).join(' | ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length === 0) return 'any';
  return types
    .map((t) => {
      if (t === 'array') return `array of ${s.items ? typeText(s.items) : 'any'}`;
      if (t === 'null') return 'null';
      const parts = [s.format ? `${t} (${s.format})` : t];
      if (s.minLength !== undefined || s.maxLength !== undefined) parts.push(`[${s.minLength ?? 0}–${s.maxLength ?? '∞'}]`);
      if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
      if (s.exclusiveMinimum !== undefined) parts.push(`> ${s.exclusiveMinimum}`);
      if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER) parts.push(`≤ ${s.maximum}`);
      if (s.pattern) parts.push(`/${s.pattern}/`);
      return parts.join(' ');
    })
    .join(' | ');
}

export type FieldRow = { name: string; type: string; required: boolean; defaultValue?: string; description?: string };

/** An object schema flattened to rows: `items[].project.id`. Alternatives of objects are merged. */
export function fieldRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.every((a) => a.properties)) return alternatives.flatMap((a) => fieldRows(a, prefix, depth));
  if (!schema.properties || depth > 4) return [];
  return Object.entries(schema.properties).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    // A nullable object is `anyOf: [object, null]`: its fields are listed all the same.
    const object = child.properties ? child : (child.anyOf ?? []).find((a) => a.properties);
    const row: FieldRow = {
      name,
      type: child.properties ? 'object' : child.type === 'array' && child.items?.properties ? 'array of object' : typeText(child),
      required: (schema.required ?? []).includes(key),
      ...(child.default !== undefined ? { defaultValue: JSON.stringify(child.default) } : {}),
      ...(child.description ? { description: child.description } : {}),
    };
    const nested = object ? fieldRows(object, name, depth + 1) : child.type === 'array' && child.items ? fieldRows(child.items, `${name}[]`, depth + 1) : [];
    return [row, ...nested];
  });
}
