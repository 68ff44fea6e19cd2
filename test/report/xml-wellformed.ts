/**
 * A strict well-formedness check for the XML faultline writes (no DTDs, no
 * CDATA, no processing instructions beyond the declaration): elements nest,
 * attributes are quoted and unique, text and attribute values use only the
 * five predefined entities or character references, and no character XML
 * 1.0 forbids appears. Returns the problems found; empty means well-formed.
 */
const NAME = '[A-Za-z_][\\w.-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`,
  'y');
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');

/** The problems that make `xml` not well-formed. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    checkChars(text, `text at ${at}`, problems);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${at}`);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(body);
    if (!m) {
      problems.push(`malformed tag at ${lt}: ${body.slice(lt, lt + 40)}`);
      break;
    }
    const [, close, name, attrs, selfClose] = m;
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
    } else {
      if (stack.length === 0) roots++;
      checkAttributes(name!, attrs ?? '', problems);
      if (!selfClose) stack.push(name!);
    }
    at = TAG.lastIndex;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function checkAttributes(element: string, attrs: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const m of attrs.matchAll(ATTR)) {
    if (seen.has(m[1]!)) problems.push(`<${element}> repeats attribute ${m[1]}`);
    seen.add(m[1]!);
    const value = m[2] ?? m[3] ?? '';
    if (value.includes('<')) problems.push(`< in attribute ${m[1]} of <${element}>`);
    checkChars(value, `attribute ${m[1]} of <${element}>`, problems);
  }
}

function checkChars(s: string, where: string, problems: string[]): void {
  if (s.replace(ENTITY, '').includes('&')) problems.push(`bare & in ${where}`);
  if (FORBIDDEN.test(s)) problems.push(`forbidden character in ${where}`);
}
