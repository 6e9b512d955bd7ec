/**
 * The few shapes of the tree this package reads, as built by `parseHtml` (a subset of domhandler's
 * node shapes, so that domhandler trees can be walked too).
 */
export interface DomNode {
  type: string;
  parent: DomParent | null;
}

export interface DomParent extends DomNode {
  children: DomNode[];
}

export interface DomElement extends DomParent {
  /** Lower-case tag name. */
  name: string;
  attribs: Record<string, string>;
  /**
   * The element's place among the document's elements (0, 1, 2 … in document order). The cleaner
   * keeps what it learns of each element in arrays by this number: a map keyed by the element
   * cost a hash lookup per read and grew by rehashing on pages of thousands of elements.
   */
  index: number;
}

/** A parsed document: its top-level nodes, and how many elements it holds in all. */
export interface DomRoot extends DomParent {
  elementCount: number;
}

export interface DomText extends DomNode {
  data: string;
}

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: DomNode): node is DomText {
  return node.type === 'text' || node.type === 'cdata';
}

/**
 * The text of a subtree, gathered without regexes or recursion: until `limit` characters are
 * gathered, or `maxNodes` nodes were visited (a caller asking about every box of a chain of
 * thousands nested one in the other, as unclosed tags build, would otherwise walk the chain
 * down from each of them).
 */
export function textOf(root: DomNode, limit = Infinity, maxNodes = Infinity): string {
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0 && size < limit && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (isText(node)) {
      parts.push(node.data);
      size += node.data.length;
    } else if ('children' in node) {
      const children = (node as DomParent).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}
