/**
 * A length-preserving fold of prose for number mining: full-width digits, percent signs, brackets
 * and punctuation become their ASCII forms (one UTF-16 unit each), so that every offset found in
 * the folded text is an offset of the document. Reports mix 「，」 and ",", 「％」 and "%", freely.
 */

const FOLD: Readonly<Record<string, string>> = {
  '％': '%', '．': '.', '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '、': '、', '【': '[', '】': ']',
  '！': '!', '？': '?', '﹪': '%',
};

export function foldProse(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else out += FOLD[text[i]] ?? text[i];
  }
  return out;
}
