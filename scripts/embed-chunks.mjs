// Chunking of the embed build, shared by scripts/build-embed.mjs and scripts/size-report.mjs so the
// report measures what ships. Every module the entry needs at once (lit, i18next, the form's own
// helpers) goes into one `core` chunk beside the entry instead of half a dozen small shared chunks:
// each file is gzipped on its own on the wire, so fewer initial files means fewer bytes (issue 15.4).
// Lazy chunks import what they share with the entry from `core`, which is always already loaded.
const CORE = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|i18next)\//,
  /\/src\/money\/parse-money\.ts$/,
  /\/src\/money\/format\.ts$/,
  /\/src\/i18n\/translator\.ts$/,
  /\/src\/model\/vocabulary\.ts$/,
  /\/src\/contract\/input-limits\.ts$/,
  /\/widgets\/internal\/format\.ts$/,
];

export const embedRolldownOptions = {
  // The entry may gain exports the lazy chunks import (an embed script has no public exports).
  preserveEntrySignatures: 'allow-extension',
};

export const embedCodeSplitting = {
  includeDependenciesRecursively: false,
  groups: [{ name: 'core', test: (id) => CORE.some((re) => re.test(id.split('\\').join('/'))) }],
};
