import { perModel } from '../model/per-model';
import type { ReportModel } from '../model/types';
import { digitsAcrossMarkup } from '../text/digits-view';

/**
 * A length-preserving fold of prose for number mining: full-width digits, percent signs, brackets
 * and punctuation become their ASCII forms (one UTF-16 unit each), so that every offset found in
 * the folded text is an offset of the document. Reports mix 「，」 and ",", 「％」 and "%", freely.
 */

const FOLD: Readonly<Record<string, string>> = {
  '％': '%', '．': '.', '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '【': '[', '】': ']',
  '！': '!', '？': '?', '﹪': '%',
};

/** Everything FOLD maps, and the full-width digits; one regular expression pass (no per-character concatenation). */
const FOLDED = /[０-９％．，；：（）【】！？﹪]/g;

export function foldProse(text: string): string {
  return text.replace(FOLDED, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : FOLD[c] ?? c;
  });
}

/**
 * The model's whole text folded, once per model (the sentence splitter and several rules read it;
 * issue 17); in a page, the digits of a number kept together across markup (text/digits-view.ts).
 */
export const foldedTextOf: (model: ReportModel) => string = perModel((model) => (model.markup.html ? digitsAcrossMarkup(foldProse(model.text)) : foldProse(model.text)));
