import { bigramSimilarity } from '../../text/normalize';
import type { Rule } from '../types';
import { cleanName, nameKey, signatureBody } from './body-names';

/** Offices that sign for their body: "乌当区人民政府" signed "乌当区人民政府办公室". */
const SIGNING_OFFICES = ['办公室', '办公厅', '政府办', '办'];
/** Names this similar differ by a character or two: a slip of the pen, not another body. */
const SLIP = 0.75;

/**
 * The 落款 names the body of the title. Abbreviations and the body's office are the same body
 * ("市生态环境局" for "示例市生态环境局", "德昌县人民政府办公室" for "德昌县"); a name that differs
 * by a character or two is a slip (info); another name is another body (warning: the report was
 * likely copied, or the body renamed and the text not updated).
 */
export const signatureIssuer: Rule = {
  meta: { id: 'content/signature-issuer', title: '落款机关与标题不一致', category: 'content', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    const issuer = model.issuer;
    const signer = signatureBody(model);
    if (!issuer || !signer) return;
    const a = nameKey(cleanName(issuer.text));
    const b = nameKey(signer.text);
    if (a.length < 2 || b.length < 2 || sameBody(a, b)) return;
    const slip = bigramSimilarity(a, b) >= SLIP;
    report({
      range: signer.range,
      severity: slip ? 'info' : undefined,
      message: t(slip ? 'content/signature-issuer.slip' : 'content/signature-issuer', { signer: signer.text, issuer: cleanName(issuer.text) }),
      data: { signer: signer.text, issuer: cleanName(issuer.text) },
      related: [{ range: issuer.range, message: t('content/signature-issuer.title', { issuer: cleanName(issuer.text) }) }],
    });
  },
};

function sameBody(a: string, b: string): boolean {
  const bare = (s: string): string => {
    for (const o of SIGNING_OFFICES) if (s.endsWith(o) && s.length > o.length + 1) return s.slice(0, -o.length);
    return s;
  };
  const [x, y] = [bare(a), bare(b)];
  return x.endsWith(y) || y.endsWith(x) || a.includes(b) || b.includes(a) || x.includes(y) || y.includes(x);
}
