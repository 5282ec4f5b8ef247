// Engine labels, zh-CN: the part of engine.zh-CN.ts a form needs before the engine is loaded
// (tiers, visit kinds, levels, places, schemes, statuses, categories, money-field errors). The
// widgets' initial chunk carries only this; engine.zh-CN.ts spreads it, so the keys are the same.
export default {
  tier: { basic: '基本医保', critical: '大病保险', assistance: '医疗救助', tilt: '倾斜救助', outOfPocket: '个人自付' },
  kind: { inpatient: '住院', 'outpatient-special': '门诊特殊疾病', 'outpatient-chronic': '门诊慢性病', 'outpatient-general': '普通门诊' },
  level: { primary: '一级及以下医院', secondary: '二级医院', tertiary: '三级医院' },
  place: {
    local: '本地就医', referred: '省内转诊', 'out-of-province-registered': '跨省就医（已备案）',
    'out-of-province-temporary': '跨省临时外出就医', unreferred: '未按规定转诊或未备案',
  },
  scheme: { resident: '城乡居民医保', employee: '职工医保' },
  status: { stated: '文件明确规定', official: '官方公布数值', derived: '按规定推算', assumed: '假定值（无本地文件，按上级底线或范围取值）', estimated: '估计值' },
  category: {
    none: '普通参保人',
    'extreme-poverty': '特困人员', orphan: '孤儿、事实无人抚养儿童', subsistence: '低保对象',
    'returned-to-poverty': '返贫致贫人口', 'near-subsistence': '低保边缘家庭成员', 'rural-at-risk': '农村易返贫致贫人口',
    'illness-impoverished': '因病致贫重病患者', 'expenditure-hardship': '支出型困难家庭重病患者',
  },
  money: {
    empty: '请填写金额', invalid: '不是有效的金额，请填写如 12000、1.2万、12,000 元', negative: '金额不能为负数',
    'too-precise': '金额最多精确到分（两位小数）', 'too-large': '金额超过 {{max}} 元，请检查是否输入有误',
  },
};
