import type { Rule } from '../types';

/**
 * Text of a skeleton or a template that was never replaced: the 新建年度报告 skeleton's
 * 「（在此填写）」 and 「（机关名称）」, the 「XX」 of copied templates (XX市, 20XX年). A report
 * published with them is unfinished, so each is a warning until replaced.
 */
const PLACEHOLDERS: readonly string[] = ['（在此填写）', '（机关名称）', '(在此填写)', '(机关名称)', '在此填写'];

/** Two or more X (ASCII or full-width) that are not part of a Latin word: 「XX市」「20XX年」. */
const XX = /(?<![A-Za-z])(?:XX+|ＸＸ+)(?![A-Za-z])/g;

export const placeholder: Rule = {
  meta: { id: 'content/placeholder', title: '未替换的占位文字', category: 'content', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    const { text } = model;
    const taken: { start: number; end: number }[] = [];
    for (const p of PLACEHOLDERS) {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
        // 「在此填写」 inside an already reported 「（在此填写）」 is the same placeholder.
        if (taken.some((r) => at >= r.start && at < r.end)) continue;
        taken.push({ start: at, end: at + p.length });
      }
    }
    for (const m of text.matchAll(XX)) taken.push({ start: m.index, end: m.index + m[0].length });
    taken.sort((a, b) => a.start - b.start);
    for (const range of taken) report({ range, message: t('content/placeholder', { text: text.slice(range.start, range.end) }) });
  },
};
