/** Checks JUnit XML against the rules read from the Jenkins xunit XSD kept in __tests__/fixtures/specs/. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };
export const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function tagOf(node: OrderedNode): string | null {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text') ?? null;
}
export function childrenOf(node: OrderedNode): OrderedNode[] {
  const tag = tagOf(node);
  return tag ? ((node[tag] as OrderedNode[]) ?? []) : [];
}

/** Element rules read from the XSD itself: allowed child elements, attributes, and the required ones. */
interface ElementRule {
  children: Set<string>;
  attributes: Set<string>;
  required: Set<string>;
  types: Map<string, string>;
}
function rulesFromXsd(path: string): Map<string, ElementRule> {
  const schema = parser.parse(readFileSync(path, 'utf8')) as OrderedNode[];
  const root = schema.find((node) => tagOf(node) === 'xs:schema') as OrderedNode;
  const complexTypes = new Map<string, OrderedNode>();
  for (const node of childrenOf(root)) if (tagOf(node) === 'xs:complexType') complexTypes.set(node[':@']!.name!, node);
  const rules = new Map<string, ElementRule>();
  const collect = (node: OrderedNode, rule: ElementRule) => {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      const attrs = child[':@'] ?? {};
      if (tag === 'xs:element' && attrs.ref) rule.children.add(attrs.ref);
      if (tag === 'xs:attribute' && attrs.name) {
        rule.attributes.add(attrs.name);
        if (attrs.use === 'required') rule.required.add(attrs.name);
        if (attrs.type) rule.types.set(attrs.name, attrs.type);
      }
      collect(child, rule);
    }
  };
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== 'xs:element') continue;
    const attrs = node[':@']!;
    const rule: ElementRule = { children: new Set(), attributes: new Set(), required: new Set(), types: new Map() };
    const named = attrs.type ? complexTypes.get(attrs.type) : undefined;
    collect(named ?? node, rule);
    rules.set(attrs.name!, rule);
  }
  return rules;
}

const xsd = resolve(import.meta.dirname, '../fixtures/specs/junit-jenkins-xunit-10.xsd');
const surefireTime = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]{0,3})?$/;

export function validateAgainstXsd(xml: string): string[] {
  const rules = rulesFromXsd(xsd);
  const problems: string[] = [];
  const visit = (node: OrderedNode, path: string) => {
    const tag = tagOf(node);
    if (tag === null) return;
    const rule = rules.get(tag);
    if (!rule) return void problems.push(`${path}: unknown element <${tag}>`);
    const attrs = node[':@'] ?? {};
    for (const name of rule.required)
      if (!(name in attrs)) problems.push(`${path}: <${tag}> lacks required attribute ${name}`);
    for (const name of Object.keys(attrs))
      if (!rule.attributes.has(name)) problems.push(`${path}: <${tag}> has undeclared attribute ${name}`);
    for (const [name, type] of rule.types)
      if (type === 'SUREFIRE_TIME' && attrs[name] !== undefined && !surefireTime.test(attrs[name]))
        problems.push(`${path}: bad time ${attrs[name]}`);
    for (const child of childrenOf(node)) {
      const childTag = tagOf(child);
      if (childTag === null) continue;
      if (!rule.children.has(childTag)) problems.push(`${path}: <${childTag}> is not allowed in <${tag}>`);
      visit(child, `${path}/${childTag}`);
    }
  };
  const document = parser.parse(xml) as OrderedNode[];
  for (const node of document) if (tagOf(node) && tagOf(node) !== '?xml') visit(node, tagOf(node)!);
  return problems;
}
