import { ElementType, type DomUtils, type parseDocument } from 'htmlparser2';

export type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
export type AnyNode = ReturnType<typeof parseDocument>['children'][number];

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style);
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === ElementType.Text;
}

export function isCdata(node: AnyNode): node is AnyNode & { children: AnyNode[] } {
  return node.type === ElementType.CDATA;
}
