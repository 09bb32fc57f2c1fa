/**
 * Generates the editor files derived from the core's data, so that one fact stays in one place:
 *  - package.json: the per-rule severity settings (`govreport.rules`);
 *  - schemas/govreportrc.schema.json: the JSON schema of .govreportrc.json;
 *  - schemas/govreport-pack.schema.json: the JSON schema of a rule pack (docs/rule-packs.md);
 *  - snippets/govreport.code-snippets: report skeletons, part headings, standard tables.
 *   npx tsx scripts/gen-editor-files.ts          write them
 *   npx tsx scripts/gen-editor-files.ts --check  exit 1 when a file is out of date (the tests do this too)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';
import { DIRECTIVE_PROBLEM } from '../server/src/core/editor/disable-comments';
import { SECTIONS, standardHeading } from '../server/src/core/format/sections';
import { tableTemplate } from '../server/src/service/tables';
import { newReportText } from '../server/src/service/templates';
import { PACK_LIMITS } from '../server/src/core/editor/rule-pack';

const ROOT = join(__dirname, '..');
const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

function ruleProperties(): Record<string, unknown> {
  const rules = RULES.map((r): [string, unknown] => [r.meta.id, { ...SEVERITY, default: r.meta.defaultSeverity, description: `${r.meta.title}（默认：${r.meta.defaultSeverity}）` }]);
  // The warnings on disable comments themselves are no rule, but can be set like one (docs/rules/runner/disable-directive.md).
  const directives: [string, unknown] = [DIRECTIVE_PROBLEM, { ...SEVERITY, default: 'warning', description: '停用注释本身有问题：缺少原因、规则名不存在、没有停用任何结果（默认：warning）' }];
  return Object.fromEntries([...rules, directives]);
}

/** The settings block of package.json (contributes.configuration). */
export function configuration(): Record<string, unknown> {
  return {
    title: '%configuration.title%',
    properties: {
      'govreport.enable': { type: 'boolean', default: true, scope: 'resource', description: '%configuration.enable%' },
      'govreport.files': {
        type: 'object', default: {}, scope: 'resource', additionalProperties: { type: 'boolean' },
        markdownDescription: '%configuration.files%',
      },
      'govreport.era': { type: 'string', enum: ['auto', '2007', '2019', '2021'], default: 'auto', scope: 'resource', markdownEnumDescriptions: ['%configuration.era.auto%', '%configuration.era.2007%', '%configuration.era.2019%', '%configuration.era.2021%'], description: '%configuration.era%' },
      'govreport.level': { type: 'string', enum: ['auto', 'department', 'government'], default: 'auto', scope: 'resource', description: '%configuration.level%' },
      'govreport.locale': { type: 'string', enum: ['auto', 'zh-cn', 'en'], default: 'auto', scope: 'resource', description: '%configuration.locale%' },
      'govreport.rules': { type: 'object', default: {}, scope: 'resource', markdownDescription: '%configuration.rules%', properties: ruleProperties(), additionalProperties: false },
      'govreport.run': { type: 'string', enum: ['onType', 'onSave'], default: 'onType', scope: 'resource', markdownEnumDescriptions: ['%configuration.run.onType%', '%configuration.run.onSave%'], description: '%configuration.run%' },
      'govreport.focusMode': { type: 'boolean', default: false, scope: 'resource', markdownDescription: '%configuration.focusMode%' },
    },
  };
}

export function rcSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.govreportrc.json',
    description: '政府信息公开年报助手的配置（命令行与编辑器共用）',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      enable: { type: 'boolean', description: '是否检查' },
      era: { type: 'string', enum: ['auto', '2007', '2019', '2021'], description: '指定报告适用的格式时期（默认按报告年度判断）' },
      level: { type: 'string', enum: ['auto', 'department', 'government'], description: '报告主体：部门或人民政府' },
      locale: { type: 'string', enum: ['auto', 'zh-cn', 'en'], description: '提示信息的语言（默认随编辑器）' },
      files: { type: 'object', additionalProperties: { type: 'boolean' }, description: '文件模式 → true（始终检查）/ false（从不检查）' },
      rules: { type: 'object', additionalProperties: false, properties: ruleProperties(), description: '规则 → 级别（off、info、warning、error）' },
      office: officeSchema(),
      run: { type: 'string', enum: ['onType', 'onSave'], description: '编辑器中何时检查：输入时（onType，默认）或保存时（onSave）' },
      focusMode: { type: 'boolean', description: '编辑器中暂不显示正在输入的那一行的检查结果' },
      pack: { type: 'string', pattern: '\\.(json|JSON)$', description: '规则包（本地规则：期限、第一部分篇幅、必备表述、规则级别）的路径，相对于本配置文件所在文件夹，须在工作区之内（见 docs/rule-packs.md）' },
    },
  };
}

/** A rule pack (core/editor/rule-pack.ts reads it; the bounds are PACK_LIMITS). */
export function packSchema(): Record<string, unknown> {
  const monthDay = { type: 'string', pattern: '^\\s*\\d{1,2}\\s*(-|/|月)\\s*\\d{1,2}\\s*日?\\s*$', examples: ['01-20'] };
  const chars = { type: 'integer', minimum: 1, maximum: PACK_LIMITS.partOneChars };
  const phrase = { type: 'string', minLength: 1, maxLength: PACK_LIMITS.phraseChars, pattern: '\\S' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '政府信息公开年报规则包',
    description: '比全国格式更严的本地规则，由 .govreportrc.json 的 pack 指定（见 docs/rule-packs.md）',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string', minLength: 1, maxLength: PACK_LIMITS.nameChars, description: '规则包名称，显示在检查结果中（如“示例市2024年度年报编制要求”）；缺省时用文件名' },
      description: { type: 'string', description: '说明：依据的通知、通报或文件（只供阅读，不影响检查）' },
      deadlines: {
        type: 'object', additionalProperties: false,
        properties: { department: { ...monthDay, description: '部门年度报告的本地发布期限（报告年度的次年，不得晚于1月31日），如 "01-20"' }, government: { ...monthDay, description: '人民政府年度报告（含县级汇总报告）的本地发布期限（不得晚于3月31日），如 "03-15"' } },
        description: '比法定期限更早的本地发布期限（规则 date/local-deadline）',
      },
      partOne: {
        type: 'object', additionalProperties: false,
        properties: { minChars: { ...chars, description: '第一部分“总体情况”至少多少字（不计空白、表格和 Markdown 标记）' }, maxChars: { ...chars, description: '第一部分“总体情况”至多多少字' } },
        description: '第一部分的篇幅要求（规则 content/part-one-length）',
      },
      phrases: {
        type: 'array', maxItems: PACK_LIMITS.phrases,
        items: {
          type: 'object', additionalProperties: false, required: ['anyOf'],
          properties: {
            anyOf: { oneOf: [phrase, { type: 'array', items: phrase, minItems: 1, maxItems: PACK_LIMITS.alternatives }], description: '要求写明的短语（原样比较，不是正则表达式；忽略空白，繁体按简体比较）；列出多个时写到其中任一个即可' },
            part: { oneOf: [{ type: 'integer', minimum: 1, maximum: 6 }, { enum: ['preamble', 'any'] }], default: 'any', description: '应写在哪里：1—6 为第一至第六部分，"preamble" 为第一部分之前的开头，"any"（默认）为全文任意处' },
            note: { type: 'string', minLength: 1, maxLength: PACK_LIMITS.noteChars, description: '要求的出处或说明，显示在提示中（如“市政务公开办通知要求第一部分写明贯彻落实政务公开工作要点情况”）' },
          },
        },
        description: '本地要求写明的内容（规则 content/required-phrase）',
      },
      rules: { type: 'object', additionalProperties: false, properties: ruleProperties(), description: '规则 → 级别（off、info、warning、error）；.govreportrc.json 的 rules 优先' },
    },
  };
}

/** The `office` object: what `govreport report` reads (docs/office.md). */
function officeSchema(): Record<string, unknown> {
  const monthDay = { type: 'string', pattern: '^\\s*\\d{1,2}\\s*(-|/|月)\\s*\\d{1,2}\\s*日?\\s*$', examples: ['01-26'] };
  const names = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    type: 'object',
    additionalProperties: false,
    description: '报审与汇总（govreport report）：单位名单、汇总关系、本地发布期限、雷同比例',
    properties: {
      name: { type: 'string', minLength: 1, description: '校验报告标题中的地区或机关名称（如“某某县”）' },
      roster: { oneOf: [{ ...names, description: '应报送的单位名称' }, { type: 'string', pattern: '\\.(csv|xlsx|CSV|XLSX)$', description: '单位名单文件（.csv 或 .xlsx，相对于本配置文件所在文件夹）' }], description: '应报送年度报告的单位：名称列表或名单文件' },
      aggregate: {
        type: 'object', additionalProperties: false, required: ['parent'],
        properties: { parent: { type: 'string', minLength: 1, description: '汇总报告（本级政府的年度报告）：单位名称或文件名' }, children: { ...names, description: '汇总的下级单位（默认：名单中的其他单位，没有名单时为文件夹中的其他报告）' } },
        description: '汇总核对：汇总报告的表二、表三、表四每一格应等于各单位之和',
      },
      deadlines: {
        type: 'object', additionalProperties: false,
        properties: { department: { ...monthDay, description: '部门报告的本地发布期限（不得晚于1月31日）' }, government: { ...monthDay, description: '政府报告的本地发布期限（不得晚于3月31日）' } },
        description: '比法定期限更早的本地期限（报告年度的次年），如 "01-26"',
      },
      similarity: { oneOf: [{ type: 'number', exclusiveMinimum: 0, maximum: 1 }, { const: false }], default: 0.5, description: '正文与同文件夹其他单位相同的比例达到多少时提示雷同（false：不查）' },
    },
  };
}

/** Snippet bodies: `$` and `}` escaped; the body and the year become tab stops. */
function snippetLines(text: string, year: number): string[] {
  const escaped = text.replace(/[$}\\]/g, '\\$&').replace(/（机关名称）/g, '${1:（机关名称）}').replace(new RegExp(String(year), 'g'), `\${2:${year}}`);
  return escaped.replace(/\n$/, '').split('\n');
}

export function snippets(): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  out['年度报告框架（2021年格式）'] = { prefix: ['年报', 'nianbao', 'govreport-2021'], body: snippetLines(newReportText({ body: '', year: 2024 }), 2024), description: '政府信息公开工作年度报告全文框架（2021年格式，六个部分）' };
  out['年度报告框架（2019年格式）'] = { prefix: ['年报2019', 'nianbao2019', 'govreport-2019'], body: snippetLines(newReportText({ body: '', year: 2020 }), 2020), description: '政府信息公开工作年度报告全文框架（2019年格式，适用于2019、2020年度报告）' };
  out['年度报告框架（2007年条例）'] = { prefix: ['年报2007', 'nianbao2007', 'govreport-2007'], body: snippetLines(newReportText({ body: '', year: 2015 }), 2015), description: '政府信息公开工作年度报告全文框架（2007年《条例》第三十二条的六项内容，适用于2008—2018年度报告，无固定统计表）' };
  for (const s of SECTIONS) {
    out[standardHeading(s)] = { prefix: [standardHeading(s), `${s.numeral}、`, `govreport-part-${s.number}`], body: [`## ${standardHeading(s)}`, '', '$0'], description: s.requirement };
    for (const era of ['2019', '2021'] as const) {
      const table = s.requiresTable ? tableTemplate(era, s.number) : undefined;
      if (table) out[`表${s.numeral}（${era}年格式）`] = { prefix: [`表${s.numeral}${era}`, `govreport-table-${s.number}-${era}`], body: snippetLines(table, -1), description: `第${s.numeral}部分的统计表（${era}年格式），各数填 0` };
    }
  }
  return out;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Every generated file with its expected content (package.json with its settings replaced). */
export function expectedFiles(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: Record<string, unknown> };
  pkg.contributes = { ...pkg.contributes, configuration: configuration() };
  return {
    'package.json': json(pkg),
    'schemas/govreportrc.schema.json': json(rcSchema()),
    'schemas/govreport-pack.schema.json': json(packSchema()),
    'snippets/govreport.code-snippets': json(snippets()),
  };
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, content] of Object.entries(expectedFiles())) {
    let current = '';
    try {
      current = readFileSync(join(ROOT, path), 'utf8');
    } catch {
      // missing: written below
    }
    if (current === content) continue;
    if (check) {
      stale++;
      process.stderr.write(`${path} is out of date: run npx tsx scripts/gen-editor-files.ts\n`);
    } else {
      writeFileSync(join(ROOT, path), content);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
