import { RULE_DOCS } from 'govreport:rule-docs';
import { el } from './dom';

/**
 * A rule's documentation (docs/rules/*.md, the page the editor links each finding to) drawn as
 * elements: headings, paragraphs, lists, quotes, code blocks and tables, the few Markdown forms
 * those docs use. Text only through textContent; **bold** and `code` kept as plain text.
 */
export function ruleDoc(rule: string): HTMLElement | undefined {
  const source = RULE_DOCS[rule];
  if (source === undefined) return undefined;
  const root = el('div', { class: 'rule-doc' });
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) code.push(lines[i] ?? '');
      root.append(el('pre', {}, code.join('\n')));
    } else if (/^#{1,6} /.test(line)) {
      // The doc's own title repeats the rule id and title shown above it.
      if (!line.startsWith('# ')) root.append(el('h4', {}, plain(line.replace(/^#+ /, ''))));
    } else if (line.startsWith('|')) {
      const table = el('table');
      for (; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
        const row = lines[i] ?? '';
        if (/^\|[\s:|-]+\|$/.test(row)) continue;
        table.append(el('tr', {}, ...row.slice(1, -1).split('|').map((c) => el('td', {}, plain(c.trim())))));
      }
      i--;
      root.append(table);
    } else if (/^\s*[-*] /.test(line)) {
      const list = el('ul');
      for (; i < lines.length && /^\s*[-*] /.test(lines[i] ?? ''); i++) list.append(el('li', {}, plain((lines[i] ?? '').replace(/^\s*[-*] /, ''))));
      i--;
      root.append(list);
    } else if (line.startsWith('>')) {
      root.append(el('blockquote', {}, plain(line.replace(/^>\s?/, ''))));
    } else if (line.trim() !== '') {
      root.append(el('p', {}, plain(line)));
    }
  }
  return root;
}

function plain(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1').replace(/\[([^[\]]+)\]\([^)]*\)/g, '$1');
}
