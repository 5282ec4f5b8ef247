// The widgets' own strings, zh-CN (the default language). Keys must match ui.en.ts exactly (tested).
// Sentences are whole templates with {{placeholders}}: never join sentence parts in code.
export default {
  form: { label: '医保报销测算' },
  money: {
    unit: '元', amount: '{{amount}} 元', spoken: '{{amount}}元', readAs: '按 {{amount}} 计算',
  },
  region: {
    legend: '参保地区', search: '搜索地区（中文名或拼音首字母，如 sz）', searchHint: '也可以在下面先选省份，再选城市。',
    matches: '找到 {{count}} 个地区', matchesLabel: '搜索结果', province: '省份', city: '城市', choose: '请选择',
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
    result: '测算已更新：个人需负担 {{outOfPocket}}，报销比例 {{rate}}%。', invalid: '有填写不正确的内容，结果未更新。',
  },
  result: {
    heading: '测算结果', placeholder: '填写后，这里会显示各项报销和个人负担。', youPay: '个人需负担',
    rate: '实际报销比例 {{rate}}%', stale: '下面是修改前的结果。请先改正标红的内容。', nationalMark: '（全国一般水平，非本地标准）',
  },
  chart: {
    alt: '总费用 {{total}}：基本医保支付 {{basic}}，大病保险支付 {{critical}}，医疗救助支付 {{assistance}}，倾斜救助支付 {{tilt}}，个人负担 {{outOfPocket}}。',
  },
  table: {
    caption: '各项支付和支付后剩余', tier: '项目', pays: '支付', left: '支付后还剩', total: '总费用',
    visitsCaption: '每次就医的明细', visit: '就医',
  },
  assumptions: {
    heading: '本结果用到的假定', intro: '当地没有公布下面这些数值，测算按上级文件的底线或范围取值，实际以经办机构结算为准：',
    item: '{{label}}：按 {{value}} 计算（{{status}}）',
    itemNoValue: '{{label}}（{{status}}）',
  },
  next: {
    heading: '接下来怎么办',
    none: '基本医保和大病保险在定点医院出院结算时直接报销（一站式结算），不用另外申请。',
    automatic: '{{category}}属于一站式结算：出院时基本医保、大病保险和医疗救助直接减免，您只需付个人负担部分，不用另外申请。',
    application: '{{category}}需要依申请救助：出院时先结算基本医保和大病保险，再带结算单和发票申请医疗救助。',
    applyAt: '办理地点：{{place}}', serviceLinePrefix: '咨询电话：', serviceLineGeneric: '有疑问可拨打医保服务热线 12393。',
    notCovered: '不在测算范围内的：{{text}}',
  },
  hardship: {
    heading: '负担较重，可以申请救助',
    conditional: '您个人需负担 {{outOfPocket}}。如果这笔费用让家庭难以承受，您可能符合“{{category}}”的条件，可以依申请获得医疗救助。是否符合，由当地按家庭收入和医疗费用负担认定。',
    derived: '您个人需负担 {{outOfPocket}}，已达到当地认定参照 {{threshold}}（{{series}}，{{year}} 年 {{base}} 的 {{rate}}%）。您可能符合“{{category}}”的条件，可以依申请获得医疗救助。',
    extra: '如果获得认定，按本地规则估计还可以获得约 {{extra}} 的救助。',
    howLocal: '怎么申请：{{how}}',
    howGeneric: '怎么申请：带上身份证、医保结算单和发票，到户籍所在地的乡镇（街道）或县级医保、民政部门提出申请。',
  },
  trace: {
    heading: '逐步说明和政策依据', applied: '已适用：', notApplied: '未适用：', docTitle: '《{{title}}》', docNumber: ' {{docNumber}}',
    openSource: '查看原文', modifier: '特别规定：{{label}}（{{status}}）', pack: '规则包：{{pack}}（校验码 {{hash}}）',
  },
  tools: {
    copyFamily: '复制给家人', copySummary: '复制摘要', print: '打印结果', script: '朗读稿', scriptHeading: '朗读稿（普通话）',
    copied: '已复制，可以粘贴到微信或短信。', copyFailed: '无法自动复制，已选中下面的文字，请按 Ctrl+C 复制。',
    nothingToCopy: '还没有测算结果。', caseRef: '个案编号：', summaryText: '文字版结果',
  },
  summary: {
    title: '【医保报销测算（估算，仅供参考）】',
    who: '地区：{{region}}；医保：{{scheme}}；身份：{{identity}}',
    visit: '第 {{n}} 次 {{kind}}（{{date}}）：总费用 {{total}}，基本医保 {{basic}}，大病保险 {{critical}}，医疗救助 {{assistance}}，倾斜救助 {{tilt}}，个人负担 {{outOfPocket}}',
    totals: '合计：总费用 {{total}}，报销 {{basic}} + {{critical}} + {{assistance}} + {{tilt}}，个人负担 {{outOfPocket}}，实际报销比例 {{rate}}%',
    warning: '提示：{{message}}', assumptions: '其中有 {{count}} 项数值是假定的，以当地结算为准。',
    serviceLine: '咨询电话：{{phone}}', caseRef: '个案编号：{{ref}}', disclaimer: '本结果由网页在本机计算，未上传任何信息；实际金额以医院和经办机构结算为准。',
  },
  script: {
    opening: '您好，按您说的情况：参保地在{{region}}，参加{{scheme}}，身份按{{identity}}测算。',
    total: '这一年共 {{visits}} 次就医，总费用{{total}}。',
    tiers: '基本医保报销{{basic}}，大病保险报销{{critical}}，医疗救助{{assistance}}，倾斜救助{{tilt}}。',
    left: '您个人大约需要负担{{outOfPocket}}，实际报销比例约百分之{{rate}}。',
    national: '需要说明：这是按全国一般水平测算的，不是本地标准。',
    assumptions: '其中有些数值当地没有公布，是按上级文件的底线估算的，实际以结算为准。',
    closing: '您的个案编号是 {{ref}}，以后来电可以报这个编号。还有什么需要帮您的吗？',
  },
  shortcuts: {
    heading: '键盘快捷键', note: '按住 Alt 再按数字键；若 Alt+数字 被浏览器占用，可用 Alt+Shift+数字。',
    region: '地区搜索', scheme: '医保类型', identity: '救助身份', age: '年龄', bill: '第一次就医的费用',
    addVisit: '再添一次就医', yearToDate: '今年已结算的费用', explanation: '展开或收起逐步说明', copy: '复制摘要', script: '显示或隐藏朗读稿',
  },
  elder: {
    progress: '第 {{n}} 步，共 {{count}} 步', back: '上一步', next: '下一步', seeResult: '看结果',
    step: {
      region: '您在哪里参加医保？', person: '您参加的是哪种医保？', identity: '您有没有以下救助身份？', age: '您多大年纪？',
      visits: '这次看病花了多少钱？', yearToDate: '今年之前还结算过吗？', result: '结果出来了',
    },
  },
};
