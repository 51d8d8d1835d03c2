/**
 * XML text → the `XmlElement` model the IATI mapping reads, with fast-xml-parser. The
 * parser expands no external entities and no DTD, so a hostile file cannot reach the disk
 * or the network.
 */
import type { XmlElement } from '@prim/indicators';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;

function toElement(node: Node): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name.startsWith('?') || name === '#comment')
    return undefined;
  const attrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const kids = (node[name] ?? []) as Node[];
  const text = kids
    .filter((k) => '#text' in k)
    .map((k) => String(k['#text']))
    .join('')
    .trim();
  return {
    name,
    attributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
    children: kids.flatMap((k) => toElement(k) ?? []),
    text,
  };
}

/** Parses XML; throws an Error with the line of the first syntax problem. */
export function parseXmlDocument(text: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    processEntities: true,
    trimValues: true,
  });
  const nodes = parser.parse(text) as Node[];
  const root = nodes.map(toElement).find((e) => e !== undefined);
  if (!root) throw new Error('no root element');
  return root;
}
