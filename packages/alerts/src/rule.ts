// The subscription rule language: boolean keyword queries as in Google Alerts and Talkwalker
// (AND, OR, NOT or a leading "-", "quoted phrases", parentheses, implicit AND between terms, a
// trailing * for a prefix) plus filters on the facts the extractor stored:
//
//   entity:PRK  entity:"Kim Jong Un"  topic:sanctions  event:threaten  event:PROTEST  event:17
//   stance:china+criticize  source:reuters.com  lang:ko  relevance>=0.5
//
// Operators are upper case only, so "and" and "or" in a query are plain words. Every error carries
// the offset of the token at fault and prints the rule with a caret under it.

export const filterFields = ['entity', 'topic', 'event', 'stance', 'source', 'lang'] as const;
export type FilterField = (typeof filterFields)[number];

export type RuleNode =
  | { kind: 'and'; children: RuleNode[] }
  | { kind: 'or'; children: RuleNode[] }
  | { kind: 'not'; child: RuleNode }
  /** Words (a phrase when quoted) matched in the title and text; `prefix` for a trailing `*`. */
  | { kind: 'text'; words: string[]; phrase: boolean; prefix: boolean; raw: string }
  | { kind: 'filter'; field: FilterField; value: string }
  | { kind: 'relevance'; op: '>=' | '>' | '<=' | '<' | '='; value: number };

export class RuleSyntaxError extends Error {
  readonly rule: string;
  /** 0-based offset of the character at fault (the rule's length for "unexpected end"). */
  readonly offset: number;
  readonly reason: string;

  constructor(rule: string, offset: number, reason: string) {
    super(`${reason} at offset ${offset}\n  ${rule.replace(/[\r\n\t]/g, ' ')}\n  ${' '.repeat(offset)}^`);
    this.name = 'RuleSyntaxError';
    this.rule = rule;
    this.offset = offset;
    this.reason = reason;
  }
}

type Token =
  | { type: '(' | ')' | 'AND' | 'OR' | 'NOT' | '-'; offset: number }
  | { type: 'text'; offset: number; value: string; phrase: boolean }
  | { type: 'filter'; offset: number; field: FilterField; value: string }
  | { type: 'relevance'; offset: number; op: '>=' | '>' | '<=' | '<' | '='; value: number };

const isSpace = (char: string) => /\s/u.test(char);
const isDelimiter = (char: string) => isSpace(char) || char === '(' || char === ')' || char === '"';

/** Lower-case, compatibility-normalised words; CJK runs stay whole (matched as substrings). */
export function normalizeWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readPhrase = (start: number): { value: string; end: number } => {
    const close = rule.indexOf('"', start + 1);
    if (close < 0) throw new RuleSyntaxError(rule, start, 'unterminated quote');
    const value = rule.slice(start + 1, close);
    if (normalizeWords(value).length === 0) throw new RuleSyntaxError(rule, start, 'empty phrase');
    return { value, end: close + 1 };
  };
  while (i < rule.length) {
    const char = rule[i]!;
    if (isSpace(char)) {
      i += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ type: char, offset: i });
      i += 1;
      continue;
    }
    if (char === '"') {
      const { value, end } = readPhrase(i);
      tokens.push({ type: 'text', offset: i, value, phrase: true });
      i = end;
      continue;
    }
    if (char === '-' && i + 1 < rule.length && !isSpace(rule[i + 1]!) && rule[i + 1] !== ')') {
      tokens.push({ type: '-', offset: i });
      i += 1;
      continue;
    }
    const start = i;
    while (i < rule.length && !isDelimiter(rule[i]!)) i += 1;
    const bare = rule.slice(start, i);
    if (bare === 'AND' || bare === 'OR' || bare === 'NOT') {
      tokens.push({ type: bare, offset: start });
      continue;
    }
    const comparison = /^relevance(>=|<=|>|<|=)(.*)$/i.exec(bare);
    if (comparison) {
      const [, op, number] = comparison;
      const valueOffset = start + 'relevance'.length + op!.length;
      if (!number) throw new RuleSyntaxError(rule, valueOffset, 'expected a number between 0 and 1 after relevance' + op);
      const value = Number(number);
      if (!/^\d*\.?\d+$/.test(number) || value < 0 || value > 1) {
        throw new RuleSyntaxError(rule, valueOffset, `relevance must be a number between 0 and 1, not "${number}"`);
      }
      tokens.push({ type: 'relevance', offset: start, op: op as '>=', value });
      continue;
    }
    const colon = bare.indexOf(':');
    if (colon > 0 && /^[a-z]+$/i.test(bare.slice(0, colon))) {
      const name = bare.slice(0, colon).toLowerCase();
      if (name === 'relevance') throw new RuleSyntaxError(rule, start, 'relevance takes a comparison: relevance>=0.5');
      if (!(filterFields as readonly string[]).includes(name)) {
        throw new RuleSyntaxError(rule, start, `unknown filter "${bare.slice(0, colon)}:" (known: ${filterFields.join(', ')}, relevance>=)`);
      }
      const field = name as FilterField;
      let value = bare.slice(colon + 1);
      if (value === '' && rule[i] === '"') {
        const phrase = readPhrase(i);
        value = phrase.value;
        i = phrase.end;
        // stance:"South Korea"+criticize: the rest of the value follows the closing quote.
        const restStart = i;
        while (i < rule.length && !isDelimiter(rule[i]!)) i += 1;
        value += rule.slice(restStart, i);
      }
      value = value.trim();
      if (value === '') throw new RuleSyntaxError(rule, start + colon + 1, `expected a value after ${field}:`);
      if (field === 'stance') {
        const parts = value.split('+');
        if (parts.length !== 2 || !parts[0] || !parts[1]) {
          throw new RuleSyntaxError(rule, start + colon + 1, 'stance takes actor+action, e.g. stance:china+criticize');
        }
      }
      tokens.push({ type: 'filter', offset: start, field, value });
      continue;
    }
    if (normalizeWords(bare.replace(/\*$/, '')).length === 0) {
      throw new RuleSyntaxError(rule, start, `"${bare}" has no letters or digits to match`);
    }
    tokens.push({ type: 'text', offset: start, value: bare, phrase: false });
  }
  return tokens;
}

const startsOperand = (token: Token | undefined) =>
  token !== undefined && (token.type === '(' || token.type === 'NOT' || token.type === '-' || token.type === 'text' || token.type === 'filter' || token.type === 'relevance');

/** Parses a rule; throws RuleSyntaxError pointing at the offending position. */
export function parseRule(rule: string): RuleNode {
  const tokens = tokenize(rule);
  if (tokens.length === 0) throw new RuleSyntaxError(rule, 0, 'empty rule');
  let position = 0;
  const peek = () => tokens[position];
  const here = () => peek()?.offset ?? rule.length;
  const describe = (token: Token | undefined) => (token ? (token.type === 'text' || token.type === 'filter' || token.type === 'relevance' ? 'a term' : `"${token.type}"`) : 'the end');

  const parseOr = (): RuleNode => {
    const children = [parseAnd()];
    while (peek()?.type === 'OR') {
      position += 1;
      if (!startsOperand(peek())) throw new RuleSyntaxError(rule, here(), `expected a term after OR, found ${describe(peek())}`);
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  };
  const parseAnd = (): RuleNode => {
    const children = [parseUnary()];
    for (;;) {
      const token = peek();
      if (token?.type === 'AND') {
        position += 1;
        if (!startsOperand(peek())) throw new RuleSyntaxError(rule, here(), `expected a term after AND, found ${describe(peek())}`);
        children.push(parseUnary());
      } else if (startsOperand(token)) {
        children.push(parseUnary());
      } else {
        break;
      }
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  };
  const parseUnary = (): RuleNode => {
    const token = peek();
    if (token?.type === 'NOT' || token?.type === '-') {
      position += 1;
      if (!startsOperand(peek())) throw new RuleSyntaxError(rule, here(), `expected a term after ${token.type}, found ${describe(peek())}`);
      return { kind: 'not', child: parseUnary() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): RuleNode => {
    const token = peek();
    if (!token) throw new RuleSyntaxError(rule, rule.length, 'unexpected end of rule');
    position += 1;
    switch (token.type) {
      case '(': {
        if (peek()?.type === ')') throw new RuleSyntaxError(rule, here(), 'empty parentheses');
        const inner = parseOr();
        if (peek()?.type !== ')') throw new RuleSyntaxError(rule, token.offset, 'unclosed "("');
        position += 1;
        return inner;
      }
      case 'text': {
        const prefix = !token.phrase && token.value.endsWith('*');
        return { kind: 'text', words: normalizeWords(prefix ? token.value.slice(0, -1) : token.value), phrase: token.phrase, prefix, raw: token.value };
      }
      case 'filter':
        return { kind: 'filter', field: token.field, value: token.value };
      case 'relevance':
        return { kind: 'relevance', op: token.op, value: token.value };
      default:
        throw new RuleSyntaxError(rule, token.offset, `unexpected ${describe(token)}${token.type === 'AND' || token.type === 'OR' ? ' with no term before it' : ''}`);
    }
  };

  const tree = parseOr();
  const rest = peek();
  if (rest) {
    throw new RuleSyntaxError(rule, rest.offset, rest.type === ')' ? 'unmatched ")"' : `unexpected ${describe(rest)}`);
  }
  return tree;
}

const quoteIfNeeded = (value: string) => (/[\s()"]/.test(value) || value === '' ? `"${value.replace(/"/g, '')}"` : value);

/** The rule written back in canonical form (explicit operators, parentheses where needed). */
export function formatRule(node: RuleNode): string {
  switch (node.kind) {
    case 'and':
      return node.children.map((child) => (child.kind === 'or' ? `(${formatRule(child)})` : formatRule(child))).join(' AND ');
    case 'or':
      return node.children.map(formatRule).join(' OR ');
    case 'not':
      return `NOT ${node.child.kind === 'and' || node.child.kind === 'or' ? `(${formatRule(node.child)})` : formatRule(node.child)}`;
    case 'text':
      return node.phrase ? `"${node.raw}"` : node.raw;
    case 'filter':
      return `${node.field}:${quoteIfNeeded(node.value)}`;
    case 'relevance':
      return `relevance${node.op}${node.value}`;
  }
}
