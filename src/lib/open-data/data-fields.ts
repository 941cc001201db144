/** The part of a JSON Schema node this page reads. */
export interface SchemaNode {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

/** One documented field of the export, e.g. `claims[].stance`. */
export interface DataField {
  path: string;
  type: string;
  required: boolean;
  meaning: string;
}

function typeOf(node: SchemaNode): string {
  if (node.enum) return `one of: ${node.enum.join(', ')}`;
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'values'}`;
  if (node.type === 'string' && node.pattern?.includes('a-z0-9')) return 'id';
  return node.type ?? 'any';
}

/**
 * Flattens the object schema of one collection's entries into documented fields, nested ones
 * written `figure.value` or `claims[].stance`, so that the data page documents exactly the
 * published schema.
 */
export function listDataFields(node: SchemaNode, prefix = ''): DataField[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, field]) => {
    const path = prefix + name;
    const row: DataField = {
      path,
      type: typeOf(field),
      required: node.required?.includes(name) ?? false,
      meaning: field.description ?? '',
    };
    const nested = field.type === 'array' ? field.items : field;
    const children =
      nested?.type === 'object' ? listDataFields(nested, `${path}${field.type === 'array' ? '[]' : ''}.`) : [];
    return [row, ...children];
  });
}
