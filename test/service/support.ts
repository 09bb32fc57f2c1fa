import type { Position } from 'vscode-languageserver';
import { analyzeReport } from '../../server/src/core/analyze';
import type { Analysis, AnalyzeOptions } from '../../server/src/core/analyze';

/** A small report in Markdown, the base of most service tests (line numbers in the comments of the tests). */
export const SMALL = [
  '# 某县司法局2023年政府信息公开工作年度报告', //  0
  '', //                                            1
  '## 一、总体情况', //                              2
  '', //                                            3
  '（一）主动公开', //                               4
  '', //                                            5
  '本年度主动公开信息12条。', //                    6
  '', //                                            7
  '## 二、主动公开政府信息情况', //                  8
  '', //                                            9
  '无。', //                                        10
  '', //                                            11
].join('\n');

/** Table 四 of 2021 whose 行政复议 row says 2 + 1 + 0 + 0 but a 总计 of 0 (line 6). */
export const TABLE_4 = [
  '# 某县2023年政府信息公开工作年度报告', '', '## 四、政府信息公开行政复议、行政诉讼情况', '',
  '| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', //  4
  '|---|---|---|---|---|---|', //                               5
  '| 行政复议 | 2 | 1 | 0 | 0 | 0 |', //                        6: 总计 at character 25
  '| 行政诉讼 | | | | | |', //                                  7
  '| 未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |', //                8
  '| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |', //                      9
  '',
].join('\n');
/** The analysis of a document as the editor makes it (checked whatever it looks like unless options say otherwise). */
export function analysed(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeReport({ text }, options);
}

/** A document with a cursor marker `$0`: the text without it, and the marker's place. */
export function withCursor(source: string): { text: string; offset: number; position: Position } {
  const offset = source.indexOf('$0');
  if (offset < 0 || source.includes('$0', offset + 2)) throw new Error('test setup: exactly one $0 expected');
  const before = source.slice(0, offset).split('\n');
  return { text: source.slice(0, offset) + source.slice(offset + 2), offset, position: { line: before.length - 1, character: (before.at(-1) ?? '').length } };
}

/** A range on lines and characters, written the short way: [line, character, line, character]. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): { start: Position; end: Position } {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}
