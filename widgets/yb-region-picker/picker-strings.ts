// Strings of the picker's table-bound parts (picker-view.ts), in the lazy index chunk with them;
// the shell's strings are in the widgets' ui bundle. Keys match across languages (tested).
export const PICKER_STRINGS = {
  'zh-CN': {
    none: '没有找到"{{query}}"。', noneHint: '可以按省级或全国规定估算：',
    useProvince: '按{{province}}规定估算', useNational: '按全国规定估算',
    wholeProvince: '{{province}}（全省，按省级规定）', wholeCity: '{{city}}（全市）',
    provinceDirect: '省直辖县级行政区', districts: '区县', national: '全国',
    kind: { province: '省级（全省）', city: '地级市 · {{parent}}', county: '区县 · {{parent}}' },
    path: '{{outer}}{{inner}}',
    answers: {
      own: '{{region}}：按本地规则估算。', city: '{{region}}：按{{layer}}的规则估算（医保按市统筹）。',
      province: '{{region}}：本地细则尚未收录，按{{layer}}规定估算。', national: '{{region}}：本地细则尚未收录，按全国规定估算。',
      nationalChosen: '按全国规定估算（国家指导性范围，非本地标准）。',
    },
  },
  en: {
    none: 'Nothing found for "{{query}}".', noneHint: 'You can estimate under provincial or national rules:',
    useProvince: 'Estimate under the rules of {{province}}', useNational: 'Estimate under the national rules',
    wholeProvince: '{{province}} (whole province, provincial rules)', wholeCity: '{{city}} (whole city)',
    provinceDirect: 'Counties under the province', districts: 'Districts and counties', national: 'China (national rules)',
    kind: { province: 'Province', city: 'City · {{parent}}', county: 'County · {{parent}}' },
    path: '{{inner}}, {{outer}}',
    answers: {
      own: '{{region}}: estimated under its local rules.', city: '{{region}}: estimated under the rules of {{layer}} (insurance is pooled by city).',
      province: '{{region}}: local rules not included yet; estimated under the rules of {{layer}}.', national: '{{region}}: local rules not included yet; estimated under the national rules.',
      nationalChosen: 'Estimated under the national rules (national guideline ranges, not local rules).',
    },
  },
} as const;
