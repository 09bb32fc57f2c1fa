import type { Rule } from '../types';
import { isLastComplete, sectionPart } from './part-text';
import { kindOf, signatureBody } from './body-names';

/** The words of a report's title after the body's name ("2023年政府信息公开工作年度报告"). */
const REPORT_WORDS = /((19|20)\d{2}\s*年度?)?(政府|政务)?(信息)?公开.*$|(19|20)\d{2}\s*年度?/g;

/** A page's metadata naming the publisher before the report ("发布机构：某某局", "来源：…"). */
const PUBLISHER_LABEL = /(发布机构|发文机关|发文单位|发布单位|公开责任部门|公开主体|信息来源|来源|所属机构)\s*[:：|][\s|]*[\u4e00-\u9fff]{2,}/;

/**
 * The report names the body that issues it, in its title ("〈机关名称〉YYYY年政府信息公开工作年度
 * 报告", format spec §7) or in its 落款. Judged only on a complete report with a title: a copy
 * cut off before its end may have lost the 落款. A body on a line of its own above the title, or
 * a page's "发布机构：…" line, names it too.
 */
export const issuerMissing: Rule = {
  meta: { id: 'content/issuer-missing', title: '未写明发布机关', category: 'content', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const title = model.title;
    if (!title || model.issuer || signatureBody(model)) return;
    // A title the model read no issuer from may still name one ("年上海市人民政府办公厅…" when the year was lost).
    if (kindOf(title.text.replace(REPORT_WORDS, '')) !== undefined) return;
    const last = sectionPart(model, 6);
    if (!last || !isLastComplete(model, last)) return;
    if (PUBLISHER_LABEL.test(model.text.slice(0, title.range.start))) return;
    report({ range: title.range, message: t('content/issuer-missing', { title: title.text }) });
  },
};
