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

/**
 * The text of a node as domutils' textContent gives it (text and CDATA, not comments), gathered
 * without recursion: a feed nesting elements thousands deep overflowed the stack.
 */
export function textContent(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === ElementType.Comment) continue;
    if (isText(node)) parts.push(node.data);
    else if ('children' in node && Array.isArray(node.children)) {
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}
