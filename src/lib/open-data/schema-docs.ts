import ts from 'typescript';

/** The JSDoc of one schema factory (or interface) and of each of its fields. */
export interface SchemaDoc {
  doc: string | undefined;
  fields: Record<string, string>;
}

function docOf(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((jsdoc) => ts.getTextOfJSDocComment(jsdoc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

function fieldDocs(body: ts.Node): Record<string, string> {
  const fields: Record<string, string> = {};
  const visit = (node: ts.Node) => {
    if ((ts.isPropertyAssignment(node) || ts.isPropertySignature(node)) && ts.isIdentifier(node.name)) {
      const doc = docOf(node);
      if (doc && !(node.name.text in fields)) fields[node.name.text] = doc;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return fields;
}

/**
 * Reads the JSDoc written on the schema factories (`export function QuoteSchema`) and interfaces
 * of a schema module, so that the published data documentation is taken from the one place the
 * field meanings are written.
 */
export function readSchemaDocs(sourceText: string): Record<string, SchemaDoc> {
  const file = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  const docs: Record<string, SchemaDoc> = {};
  for (const statement of file.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.name) {
      docs[statement.name.text] = { doc: docOf(statement), fields: fieldDocs(statement) };
    }
  }
  return docs;
}
