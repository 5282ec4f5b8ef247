// The widgets' own strings, English. Keys must match ui.zh-CN.ts exactly (tested).
export default {
  form: { label: 'Medical bill reimbursement estimate' },
  money: {
    unit: 'yuan', amount: '¥{{amount}}', spoken: '{{amount}} yuan', readAs: 'Read as ¥{{amount}}',
  },
  region: {
    legend: 'Where you are insured', search: 'Search region (Chinese name, English name or pinyin initials, e.g. sz)',
    searchHint: 'Or pick a province below, then a city.', matches: '{{count}} regions found', matchesLabel: 'Search results',
    province: 'Province', city: 'City', choose: 'Choose…', locked: 'Region: {{region}}',
  },
  scheme: {
    legend: 'Your insurance scheme', locked: 'Scheme: {{scheme}}', retired: 'Retired',
    help: { resident: 'Rural and urban residents, students, children, people not in an employee scheme', employee: 'Employees in work or retired' },
  },
  identity: {
    legend: 'Assistance status (tick all that apply)', hint: 'Tick any status you or your family have been granted; if none applies, leave them all unticked.',
    option: '{{name}} ({{localClass}})', automatic: 'Deducted automatically at discharge.', application: 'You must apply.',
    unsureSummary: 'Not sure which applies to you?',
    unsureText: 'Status is granted by civil affairs and rural revitalisation offices: check your subsistence or extreme-poverty certificate, or ask your village or community office. If unsure, leave it unticked to see the ordinary result, then tick one to compare.',
    pickRegionFirst: 'Choose your region first, then your assistance status.', locked: 'Assistance status: {{identities}}', joiner: ', ',
  },
  age: {
    legend: 'Age', hint: 'Give your age or your date of birth. Children and older people get higher assistance in some regions.',
    age: 'Age (full years)', birthDate: 'Or: date of birth', invalid: 'Age must be a whole number from 0 to 130',
  },
  visit: {
    legend: 'Visit {{n}}', kind: 'Type of care', level: 'Hospital level', place: 'Where', date: 'Settlement date',
    billMode: 'How to enter the bill', modeTotal: 'I only know the total', modeSplit: 'Itemised, from the settlement slip',
    total: 'Total bill', totalHint: 'You can type 12万, 12,000, １２０００ or ￥12000',
    outOfScope: 'Fully self-paid (outside the list)', outOfScopeHint: '"全自费" or "自费" on the slip',
    partialSelfPay: 'Class-B co-payment', partialSelfPayHint: '"先行自付" or "乙类自付" on the slip',
    inScope: 'Costs within policy scope', inScopeHint: '"政策范围内" or "符合范围" on the slip',
    splitTotal: 'Total bill: {{total}}', add: 'Add another visit', remove: 'Remove visit {{n}}',
  },
  ytd: {
    legend: 'Already settled this year (optional)', hint: 'If you were in hospital earlier this year, copy the figures from those slips: they change deductibles and limits.',
    inpatientAdmissions: 'Hospital stays so far this year', basicDeductiblePaid: 'Basic deductible already paid by you', basicPaid: 'Paid by basic insurance so far',
    criticalBase: 'Your burden already counted for critical illness', criticalPaid: 'Paid by critical-illness insurance so far', assistanceBase: 'Your burden already counted for assistance',
    assistancePaid: 'Paid by medical assistance so far', tiltBase: 'Your burden already counted for extra assistance', tiltPaid: 'Paid by extra assistance so far',
  },
  placeholder: {
    region: 'Choose your region.', loading: 'Loading the rules for this region…', bill: 'Enter the bill to see what each tier pays and what is left for you.',
    invalid: 'Something is not filled in correctly; please follow the messages.',
  },
  status: { loadFailed: 'The rules for this region could not be loaded. Please reload the page.' },
  announce: {
    result: 'Estimate updated: you pay {{outOfPocket}}; reimbursed share {{rate}}%.', invalid: 'Something is not filled in correctly; the result was not updated.',
  },
  result: {
    heading: 'Estimate', placeholder: 'Fill in the form to see what each tier pays and what is left for you.', youPay: 'Left for you to pay',
    rate: 'Effective reimbursement {{rate}}%', stale: 'This is the result before your last change. Please correct the fields marked in red.',
    nationalMark: '(national typical level, not local rules)',
  },
  chart: {
    alt: 'Total bill {{total}}: basic insurance pays {{basic}}, critical-illness insurance {{critical}}, medical assistance {{assistance}}, extra assistance {{tilt}}, left for you {{outOfPocket}}.',
  },
  table: {
    caption: 'What each tier pays and what is left', tier: 'Tier', pays: 'Pays', left: 'Left after this tier', total: 'Total bill',
    visitsCaption: 'Each visit', visit: 'Visit',
  },
  assumptions: {
    heading: 'Assumptions in this estimate', intro: 'The region has not published these values; the estimate uses the floor or range of the higher-level rules. The actual settlement decides:',
    item: '{{label}}: taken as {{value}} ({{status}})',
    itemNoValue: '{{label}} ({{status}})',
  },
  next: {
    heading: 'What to do next',
    none: 'Basic and critical-illness insurance are settled at the hospital when you are discharged (one-stop settlement); you do not need to apply.',
    automatic: '{{category}}: one-stop settlement. Basic insurance, critical-illness insurance and medical assistance are deducted at discharge; you pay only your part and need not apply.',
    application: '{{category}}: assistance on application. Settle basic and critical-illness insurance at discharge, then apply for medical assistance with the settlement slip and invoices.',
    applyAt: 'Where to apply: {{place}}', serviceLinePrefix: 'Helpline:', serviceLineGeneric: 'Questions: call the medical insurance helpline 12393.',
    notCovered: 'Not covered by this estimate: {{text}}',
  },
  hardship: {
    heading: 'A heavy burden: you can apply for assistance',
    conditional: 'You are left to pay {{outOfPocket}}. If this is more than your family can bear, you may qualify as “{{category}}” and can apply for medical assistance. Whether you qualify is decided locally from family income and medical costs.',
    derived: 'You are left to pay {{outOfPocket}}, which reaches the local reference of {{threshold}} ({{series}}, {{rate}}% of {{base}} in {{year}}). You may qualify as “{{category}}” and can apply for medical assistance.',
    extra: 'If you are recognised, by this region’s rules you could receive about {{extra}} more.',
    howLocal: 'How to apply: {{how}}',
    howGeneric: 'How to apply: take your ID card, settlement slip and invoices to the township (street) office or the county medical insurance or civil affairs office where your household is registered.',
  },
  trace: {
    heading: 'Step-by-step explanation and policy sources', applied: 'Applied:', notApplied: 'Not applied:', docTitle: '“{{title}}”', docNumber: ' {{docNumber}}',
    openSource: 'Open the source', modifier: 'Special rule: {{label}} ({{status}})', pack: 'Rule pack: {{pack}} (checksum {{hash}})',
  },
  tools: {
    copyFamily: 'Copy for my family', copySummary: 'Copy summary', print: 'Print', script: 'Read-aloud script', scriptHeading: 'Read-aloud script (Mandarin)',
    copied: 'Copied. You can paste it into WeChat or a text message.', copyFailed: 'Could not copy automatically; the text below is selected, press Ctrl+C.',
    nothingToCopy: 'No estimate yet.', caseRef: 'Case reference:', summaryText: 'Result as text',
  },
  summary: {
    title: '[Medical bill estimate — an estimate only]',
    who: 'Region: {{region}}; scheme: {{scheme}}; status: {{identity}}',
    visit: 'Visit {{n}}, {{kind}} ({{date}}): total {{total}}, basic {{basic}}, critical illness {{critical}}, assistance {{assistance}}, extra assistance {{tilt}}, left for you {{outOfPocket}}',
    totals: 'In all: total {{total}}; paid {{basic}} + {{critical}} + {{assistance}} + {{tilt}}; left for you {{outOfPocket}}; effective reimbursement {{rate}}%',
    warning: 'Note: {{message}}', assumptions: '{{count}} of the values are assumptions; the local settlement decides.',
    serviceLine: 'Helpline: {{phone}}', caseRef: 'Case reference: {{ref}}', disclaimer: 'Computed in this browser; nothing was sent anywhere. The hospital’s and the insurer’s settlement decides the actual amounts.',
  },
  script: {
    opening: 'Hello. From what you told me: insured in {{region}}, in the {{scheme}}, assessed as {{identity}}.',
    total: 'This year, {{visits}} visits with a total bill of {{total}}.',
    tiers: 'Basic insurance pays {{basic}}, critical-illness insurance {{critical}}, medical assistance {{assistance}}, extra assistance {{tilt}}.',
    left: 'You are left to pay about {{outOfPocket}}; the effective reimbursement is about {{rate}} percent.',
    national: 'Please note: this uses the national typical level, not local rules.',
    assumptions: 'Some values are not published locally and were estimated from higher-level floors; the settlement decides.',
    closing: 'Your case reference is {{ref}}; quote it if you call again. Is there anything else I can help with?',
  },
  shortcuts: {
    heading: 'Keyboard shortcuts', note: 'Hold Alt and press a digit; if the browser uses Alt+digit, use Alt+Shift+digit.',
    region: 'Region search', scheme: 'Insurance scheme', identity: 'Assistance status', age: 'Age', bill: 'Bill of the first visit',
    addVisit: 'Add another visit', yearToDate: 'Already settled this year', explanation: 'Open or close the explanation', copy: 'Copy summary', script: 'Show or hide the read-aloud script',
  },
  elder: {
    progress: 'Step {{n}} of {{count}}', back: 'Back', next: 'Next', seeResult: 'See the result',
    step: {
      region: 'Where are you insured?', person: 'Which insurance do you have?', identity: 'Do you have any of these assistance statuses?', age: 'How old are you?',
      visits: 'How much was the bill?', yearToDate: 'Anything settled earlier this year?', result: 'Here is your estimate',
    },
  },
};
