// XML access for camt messages: a thin wrapper over fast-xml-parser that remembers each element's path, so an
// error can name exactly which element is wrong ("Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt").
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BankFileError } from './errors.js';

type RawElement = string | { [name: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Prefixed and default-namespace documents read the same (some banks write <ns2:Document>).
  removeNSPrefix: true,
  // Keep every value as written: "000000001" is a reference, "8.850" an amount to parse exactly.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Every element is a list, so a repeated element (Ntry, TxDtls, Ustrd) never changes shape.
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

export class XNode {
  constructor(private readonly raw: unknown, readonly path: string) {}

  children(name: string): XNode[] {
    const value = this.object()?.[name];
    if (!Array.isArray(value)) return [];
    return value.map((item, i) => new XNode(item, `${this.path}/${name}[${i + 1}]`));
  }

  child(name: string): XNode | undefined {
    const value = this.object()?.[name];
    if (!Array.isArray(value) || value.length === 0) return undefined;
    return new XNode(value[0], `${this.path}/${name}`);
  }

  /** Follows a chain of child elements: `at('Refs', 'EndToEndId')`. */
  at(...names: string[]): XNode | undefined {
    let node: XNode | undefined = this;
    for (const name of names) node = node?.child(name);
    return node;
  }

  /** Trimmed text of the element at the chain, or undefined when absent or empty. */
  textAt(...names: string[]): string | undefined {
    const text = this.at(...names)?.text();
    return text === undefined || text === '' ? undefined : text;
  }

  text(): string {
    if (typeof this.raw === 'string') return this.raw.trim();
    const text = this.object()?.['#text'];
    return typeof text === 'string' ? text.trim() : '';
  }

  attr(name: string): string | undefined {
    const value = this.object()?.[`@_${name}`];
    return typeof value === 'string' ? value.trim() : undefined;
  }

  /** Names of the child elements present, in document order of first appearance. */
  names(): string[] {
    const object = this.object();
    return object ? Object.keys(object).filter((k) => !k.startsWith('@_') && k !== '#text') : [];
  }

  private object(): { [name: string]: unknown } | undefined {
    const raw = this.raw as RawElement;
    return typeof raw === 'object' && raw !== null ? raw : undefined;
  }
}

/** Parses a camt document and returns its root element (named after its local name, normally Document). */
export function parseXml(xmlText: string, fileName: string): { rootName: string; root: XNode } {
  const text = xmlText.replace(/^\uFEFF/, '');
  // ISO 20022 messages never declare a DTD; refusing one also refuses entity-expansion attacks.
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) throw BankFileError.at(fileName, lineOf(text, doctype.index), 'XML declares a DOCTYPE, which camt messages never do');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw BankFileError.at(fileName, valid.err.line, `XML is not well-formed: ${valid.err.msg}`);
  const parsed = parser.parse(text) as Record<string, unknown>;
  const rootName = Object.keys(parsed).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (rootName === undefined) throw BankFileError.at(fileName, 1, 'XML has no root element');
  return { rootName, root: new XNode((parsed[rootName] as unknown[])[0], rootName) };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
