// A small subset of Mustache, enough for bench/results.template.md:
//   {{name}}, {{a.b}}          a value (a string, a number, or null, written "null" as in a
//                              template literal), written as it is (no escaping)
//   a line {{#name}} ... a line {{/name}}
//                              the lines between, once per item of a list (each item's fields
//                              in scope), once if name is an object (its fields in scope) or
//                              true, never if it is null, false or an empty list
//   a line {{^name}} ... a line {{/name}}   the lines between, only when {{#name}} would not be
//   a line {{! ...}}           a comment
// Block and comment tags stand on lines of their own, which leave no trace in the output.
// A name found nowhere in scope is an error, so that the template and the code that fills it
// cannot drift apart silently.

export function parse(text) {
  const root = { children: [] };
  const stack = [root];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const top = stack[stack.length - 1];
    const where = `line ${i + 1}`;
    if (/^\{\{!.*\}\}$/.test(line)) return;
    let m = line.match(/^\{\{([#^])([\w.]+)\}\}$/);
    if (m) {
      const block = { block: m[2], inverted: m[1] === '^', children: [], where };
      top.children.push(block);
      stack.push(block);
      return;
    }
    m = line.match(/^\{\{\/([\w.]+)\}\}$/);
    if (m) {
      if (top === root || top.block !== m[1]) throw new Error(`template, ${where}: {{/${m[1]}}} closes nothing open`);
      stack.pop();
      return;
    }
    const end = i < lines.length - 1 ? '\n' : '';
    const parts = `${line}${end}`.split(/\{\{([\w.]+)\}\}/);
    parts.forEach((part, j) => {
      if (j % 2) top.children.push({ value: part, where });
      else if (part.includes('{{')) throw new Error(`template, ${where}: a tag this template language does not have: ${line}`);
      else if (part) top.children.push(part);
    });
  });
  if (stack.length > 1) throw new Error(`template, ${stack[stack.length - 1].where}: {{#${stack[stack.length - 1].block}}} is never closed`);
  return root.children;
}

// The value of a dotted name: its first part from the innermost scope that has it.
function lookup(scopes, name, where) {
  const [first, ...rest] = name.split('.');
  const scope = [...scopes].reverse().find((s) => s !== null && typeof s === 'object' && first in s);
  if (!scope) throw new Error(`template, ${where}: nothing called ${name} in the results`);
  let value = scope[first];
  for (const part of rest) {
    if (value === null || typeof value !== 'object' || !(part in value)) {
      throw new Error(`template, ${where}: nothing called ${name} in the results`);
    }
    value = value[part];
  }
  return value;
}

export function render(nodes, scopes) {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
    } else if ('value' in node) {
      const v = lookup(scopes, node.value, node.where);
      if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        throw new Error(`template, ${node.where}: {{${node.value}}} is ${Array.isArray(v) ? 'a list' : typeof v}, not a text or a number`);
      }
      out += String(v);
    } else {
      const v = lookup(scopes, node.block, node.where);
      const shown = Array.isArray(v) ? v.length > 0 : Boolean(v);
      if (node.inverted) {
        if (!shown) out += render(node.children, scopes);
      } else if (Array.isArray(v)) {
        for (const item of v) out += render(node.children, [...scopes, item]);
      } else if (shown) {
        out += render(node.children, typeof v === 'object' ? [...scopes, v] : scopes);
      }
    }
  }
  return out;
}
