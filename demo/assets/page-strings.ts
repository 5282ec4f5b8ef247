// The public page's own static text (index.html), in both languages — one whole sentence or
// paragraph per key, never pieced together. `**…**` marks the words the page shows in bold; the
// page script turns it into <strong> nodes (no innerHTML). Keys match across languages (the type
// checker enforces it: `en` is a Record of zh's keys). The estimator's strings are its own.
export type PageLang = 'zh-CN' | 'en';

const zh = {
  'meta.title': '医保报销测算：基本医保、大病保险、医疗救助各报多少',
  'meta.description': '输入医疗费用，估算基本医疗保险、大病保险、医疗救助和倾斜救助各报销多少、自己还要付多少。全部在您的浏览器里计算，不上传任何信息。',
  skip: '跳到测算',
  title: '医保三重制度报销测算',
  lede: '看病前估一估、出院后对一对：一笔医疗费，基本医保、大病保险、医疗救助各报多少，自己还要付多少。',
  'tools.label': '显示设置',
  'tools.elder': '长辈模式（大字）',
  'tools.lang': 'English',
  'tools.langName': 'en',
  'tools.langHint': '切换到英文',
  'tools.note': '这些设置只保存在您自己的浏览器里。',
  'estimator.heading': '开始测算',
  noscript: '本测算需要开启浏览器的 JavaScript 才能使用。',
  'tiers.heading': '三重制度按什么顺序报销',
  'tiers.body': '看病花的钱按「先保险、后救助」依次报销：先由**基本医疗保险**（职工医保或城乡居民医保）按起付线、报销比例和年度最高支付限额支付；剩下政策范围内个人负担较重的部分，再由**大病保险**（职工多为大额医疗费用补助）超过起付线后分段报销；特困人员、低保对象、返贫致贫人口等困难群众，还可以由**医疗救助**按救助类别、起付标准和救助比例再报一部分，经三重制度报销后负担仍然较重的，可申请**倾斜救助**。测算结果会逐步说明每一笔钱是怎么算出来的，以及依据哪份政策文件。',
  'privacy.heading': '您填写的信息不会离开本页',
  'privacy.body': '所有计算都在您自己的手机或电脑浏览器里完成。您选择的地区、身份和填写的金额不会发送到任何服务器，本页不使用 Cookie，也不做访问统计。页面只会从本站下载所选地区的报销规则文件。',
  'limits.heading': '测算不包括什么',
  'limits.1': '结果是按公开政策参数的**估算**，实际报销以医保经办机构和医院的结算为准。',
  'limits.2': '不区分具体药品、耗材和诊疗项目是否在医保目录内：请按医院费用清单自行填写「自费」和「乙类先行自付」金额。',
  'limits.3': '不包括商业保险、惠民保、职工互助、慈善援助等其他保障。',
  'limits.4': '部分地区的参数尚未找到当地文件，采用了省级下限或国家规定的范围，页面会明确标出「假设」。',
  'limits.5': '没有规则数据的地区不会用别处的规则代替计算，会直接说明暂不支持。',
  'more.label': '更多信息',
  'more.heading': '更多信息',
  'more.rules': '各地怎么报销：每一档报多少（附政策原文链接）',
  'more.rulesHref': './demo/citizen-rules.html',
  'more.webmaster': '网站管理员：把测算器嵌入您的网站',
  'footer.disclaimer': '本测算仅供参考，不构成医保经办机构的结算结果。医保政策咨询可拨打 12393 医保服务热线。',
  'footer.license': '开源软件，MIT 许可。',
};

export type PageKey = keyof typeof zh;

const en: Record<PageKey, string> = {
  'meta.title': 'Medical insurance estimate: what basic insurance, critical-illness insurance and medical assistance pay',
  'meta.description': 'Type a medical bill and see roughly what basic medical insurance, critical-illness insurance, medical assistance and extra hardship assistance pay, and what is left for you. Everything is worked out in your browser; nothing is uploaded.',
  skip: 'Skip to the estimate',
  title: 'Estimate what the three tiers of medical cover pay',
  lede: 'Before treatment or after discharge: for one medical bill, what basic insurance, critical-illness insurance and medical assistance each pay, and what is left for you.',
  'tools.label': 'Display settings',
  'tools.elder': 'Large text (elder mode)',
  'tools.lang': '中文',
  'tools.langName': 'zh-CN',
  'tools.langHint': 'Switch to Chinese',
  'tools.note': 'These settings stay in your own browser.',
  'estimator.heading': 'Start the estimate',
  noscript: 'This estimate needs JavaScript turned on in your browser.',
  'tiers.heading': 'In what order the three tiers pay',
  'tiers.body': 'A medical bill is paid "insurance first, then assistance": first **basic medical insurance** (for employees or for urban and rural residents) pays according to its deductible, its ratio and its yearly limit; of what is left, the heavy in-scope part is paid in bands by **critical-illness insurance** (for employees often a large-expense supplement) above its own deductible; people in hardship — those in extreme poverty, on subsistence allowance, returned to poverty and others — can then have part of the rest paid by **medical assistance** according to their category, its threshold and its ratio, and those still facing a heavy burden after all three can apply for **extra hardship assistance**. The result explains step by step how each amount was worked out and which policy document it rests on.',
  'privacy.heading': 'What you type never leaves this page',
  'privacy.body': 'Everything is worked out in your own phone or computer\'s browser. The region, identity and amounts you enter are not sent to any server; this page uses no cookies and no analytics. The page only downloads the rule file of the region you choose, from this site.',
  'limits.heading': 'What the estimate does not cover',
  'limits.1': 'The result is an **estimate** from published policy parameters; what is actually paid is what the insurance office and the hospital settle.',
  'limits.2': 'It does not check whether each drug, material or treatment is on the insurance list: enter the "self-paid" and "class-B co-payment" amounts from the hospital\'s itemised bill.',
  'limits.3': 'It leaves out commercial insurance, city-sponsored supplementary insurance, workers\' mutual aid and charity.',
  'limits.4': 'Where no local document was found for a parameter, the provincial floor or the national range is used, and the page marks it as an assumption.',
  'limits.5': 'A region without rule data is never estimated with another region\'s rules: the page says it is not supported yet.',
  'more.label': 'More information',
  'more.heading': 'More information',
  'more.rules': 'What each tier pays, region by region (with links to the official texts)',
  'more.rulesHref': './demo/citizen-rules.en.html',
  'more.webmaster': 'Webmasters: put the estimator on your own site',
  'footer.disclaimer': 'This estimate is for reference only; it is not a settlement by the medical insurance office. For policy questions call the 12393 medical insurance service line.',
  'footer.license': 'Open-source software, MIT licence.',
};

export const PAGE_STRINGS: Record<PageLang, Record<PageKey, string>> = { 'zh-CN': zh, en };
