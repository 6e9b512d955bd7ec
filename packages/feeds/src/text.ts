import { parseDocument } from 'htmlparser2';
import { isCdata, isElement, isText, type AnyNode } from './dom.ts';

const skipped = new Set(['script', 'style', 'noscript', 'template']);
const blocks = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article']);

/** The text of `nodes`, a space around each block, without recursion: markup can nest thousands deep. */
function collect(nodes: readonly AnyNode[], out: string[]): void {
  // A string on the stack is a block's closing space, due once its children are done.
  const stack: (AnyNode | string)[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    let children: readonly AnyNode[] | null = null;
    if (isElement(node)) {
      const name = node.name.toLowerCase();
      if (skipped.has(name)) continue;
      if (blocks.has(name)) {
        out.push(' ');
        stack.push(' ');
      }
      children = node.children;
    } else if (isText(node)) out.push(node.data);
    else if (isCdata(node)) children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Control characters but tab and line breaks: nothing a reader sees, and Postgres refuses NUL in text. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The text without control characters (a JSON feed's "\u0000" is a real NUL once parsed). */
export function withoutControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}

/** Collapses whitespace the way a reader sees it; control characters go. */
export function squash(text: string): string {
  return withoutControls(text).replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Plain text of an HTML fragment (feed descriptions are often escaped HTML). Text without markup
 * or references is only squashed, which keeps the common case cheap.
 */
export function htmlToText(html: string, maxLength = 4000): string {
  let text: string;
  if (!/[<&]/.test(html)) text = squash(html);
  else {
    const out: string[] = [];
    collect(parseDocument(html).children, out);
    text = squash(out.join(''));
    // "<!DOCTYPE" or "a < b" with no closing ">" is text that merely looks like the start of markup.
    if (!text && !html.includes('>')) text = squash(html);
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
