// The widgets' own strings, zh-CN — the part the form needs (in the initial chunk). The rest
// (result details, summaries, the missing-rule questions) is ui-details.zh-CN.ts, loaded with the
// engine; ui.zh-CN.ts is both together. Sentences are whole templates with {{placeholders}}.
export default {
  form: { label: '医保报销测算', labelFor: '医保报销测算：{{name}}' },
  money: {
    unit: '元', amount: '{{amount}} 元', spoken: '{{amount}}元', readAs: '按 {{amount}} 计算',
  },
  region: {
    legend: '参保地区', search: '搜索地区（中文名、拼音或首字母，如 成都、chengdu、cd）',
    searchHint: '也可以在下面先选省份，再选城市或区县。', loading: '正在载入全国地区列表……',
    loadFailed: '全国地区列表没有载入，请用下面的省份选择，或稍后再试。',
    matches: '找到 {{count}} 个地区', matchesMore: '找到 {{count}} 个地区，显示前 {{shown}} 个，可再输入几个字缩小范围',
    matchesLabel: '搜索结果', picked: '已选择：{{region}}',
    province: '省份', city: '城市或区县', choose: '请选择', wholeProvince: '{{province}}（全省，按省级规定）', national: '全国',
    locked: '参保地区：{{region}}',
  },
  scheme: {
    legend: '参加的医保', locked: '参加的医保：{{scheme}}', retired: '已退休',
    help: { resident: '城乡居民、学生、儿童、灵活就业未参加职工医保者', employee: '在职职工或退休职工' },
  },
  identity: {
    legend: '救助身份（可多选）', hint: '如果您或家人被认定为以下身份，请勾选；都不是就不用勾选。',
    option: '{{name}}（{{localClass}}）', automatic: '出院时直接减免。', application: '需要本人申请。',
    unsureSummary: '不确定自己是什么身份？',
    unsureText: '身份由民政、乡村振兴等部门认定，可以看低保证、特困供养证，或问村（社区）干部。不确定时先不勾选，按普通参保人测算；勾选后再比较一下结果。',
    pickRegionFirst: '请先选择参保地区，再选择救助身份。', locked: '救助身份：{{identities}}', joiner: '、',
  },
  age: {
    legend: '年龄', hint: '填年龄或出生日期其中一项即可。儿童和老人在有些地区有更高的救助比例。',
    age: '年龄（周岁）', birthDate: '或：出生日期', invalid: '年龄请填写 0 到 130 之间的整数',
  },
  visit: {
    legend: '第 {{n}} 次就医', kind: '就医类型', level: '医院等级', place: '就医地点', date: '结算日期',
    billMode: '费用怎么填', modeTotal: '只知道总费用', modeSplit: '按结算单分项填写',
    total: '总费用', totalHint: '可以写 12万、12,000、１２０００ 或 ￥12000',
    outOfScope: '全自费（目录外）', outOfScopeHint: '结算单上的“全自费”或“自费”',
    partialSelfPay: '乙类先行自付', partialSelfPayHint: '结算单上的“先行自付”或“乙类自付”',
    inScope: '政策范围内费用', inScopeHint: '结算单上的“政策范围内”或“符合范围”',
    splitTotal: '合计总费用：{{total}}', add: '再添一次就医', remove: '删除第 {{n}} 次就医',
  },
  ytd: {
    legend: '今年已经结算过的费用（可不填）', hint: '今年之前已经住过院的，照之前的结算单填写，会影响起付线和限额。',
    inpatientAdmissions: '今年已住院次数', basicDeductiblePaid: '已自付的基本医保起付线', basicPaid: '基本医保已支付',
    criticalBase: '已计入大病保险的个人负担', criticalPaid: '大病保险已支付', assistanceBase: '已计入医疗救助的个人负担',
    assistancePaid: '医疗救助已支付', tiltBase: '已计入倾斜救助的个人负担', tiltPaid: '倾斜救助已支付',
  },
  placeholder: {
    region: '请选择参保地区。', loading: '正在读取该地区的规则……', bill: '填写费用后，这里会显示各项报销和个人负担。',
    invalid: '有填写不正确的内容，请按提示修改。',
  },
  status: { loadFailed: '该地区的规则读取失败，请刷新页面重试。' },
  announce: {
    result: '测算已更新：个人需负担 {{outOfPocket}}，报销比例 {{rate}}%。',
    resultRange: '测算已更新：个人大约需付 {{outOfPocket}}，在 {{low}} 至 {{high}} 元之间。', invalid: '有填写不正确的内容，结果未更新。',
  },
  result: {
    heading: '测算结果', placeholder: '填写后，这里会显示各项报销和个人负担。', youPay: '个人大约需付',
    rate: '实际报销比例 {{rate}}%', stale: '下面是修改前的结果。请先改正标红的内容。', nationalMark: '（全国一般水平，非本地标准）',
    labelFor: '测算结果：{{name}}', userMark: '（含您补充填写的数值，非官方）',
  },
  tools: {
    copyFamily: '复制给家人', copySummary: '复制摘要', print: '打印结果', script: '朗读稿', scriptHeading: '朗读稿（普通话）',
    copied: '已复制，可以粘贴到微信或短信。', copyFailed: '无法自动复制，已选中下面的文字，请按 Ctrl+C 复制。',
    nothingToCopy: '还没有测算结果。', caseRef: '个案编号：', summaryText: '文字版结果',
  },
  shortcuts: {
    heading: '键盘快捷键', note: '按住 Alt 再按数字键；若 Alt+数字 被浏览器占用，可用 Alt+Shift+数字。',
    region: '地区搜索', scheme: '医保类型', identity: '救助身份', age: '年龄', bill: '第一次就医的费用',
    addVisit: '再添一次就医', yearToDate: '今年已结算的费用', explanation: '展开或收起逐步说明', copy: '复制摘要', script: '显示或隐藏朗读稿',
    missing: '我知道这个数（填写本地数值）',
  },
  elder: {
    progress: '第 {{n}} 步，共 {{count}} 步', back: '上一步', next: '下一步', seeResult: '看结果',
    step: {
      region: '您在哪里参加医保？', person: '您参加的是哪种医保？', identity: '您有没有以下救助身份？', age: '您多大年纪？',
      visits: '这次看病花了多少钱？', yearToDate: '今年之前还结算过吗？', result: '结果出来了',
    },
  },
  // Answer first: the compact result beside or under the form.
  answer: {
    label: '估算结果一览', exact: '按已公布的规定算出。', range: '可能在 {{low}} 至 {{high}} 元之间：有的本地数值没有公布。',
    basis: '依据{{region}}{{scheme}}的规定，总费用 {{total}}。', more: '看明细',
  },
  // Hotline quick entry (the shortcut list's note).
  hotline: { quick: '快速录入：选定地区后按数字选救助身份（0 为无），再按数字选医院等级（1 一级、2 二级、3 三级），然后输入费用。' },
  // Elder mode: the split visit step and a result-step title that says what it shows.
  elderSteps: { step: { bill: '这次看病花了多少钱？', visit: '这次是怎么看的病？' } },
  elderResult: { question: '还需要您提供一个数', refused: '暂时算不出结果', pending: '还缺少一些信息' },
};
