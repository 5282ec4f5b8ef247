// The embed-code generator: options → live preview (the real embed build, loaded by the page) and
// copy-ready code for the webmaster's own server (default path /yibao-estimator/embed/, never this
// demo host): the <script> snippet with the SRI hash read from embed/manifest.json, and the iframe
// alternative (demo/embed.html with the same presets as query parameters) with its height listener.
// CSP-safe: colours are set through the CSSOM (style.setProperty), never as style="" text.
import { PACK_CATALOG } from '../../src/packs/catalog.js';
import { CATEGORY_IDS } from '../../src/model/vocabulary.js';

interface Manifest {
  entry: string;
  version: string;
  files: Record<string, { integrity: string; bytes: number; gzip: number }>;
}

const CATEGORY_NAMES: Record<string, string> = {
  'extreme-poverty': '特困人员',
  orphan: '孤儿、事实无人抚养儿童',
  subsistence: '低保对象',
  'returned-to-poverty': '返贫致贫人口',
  'near-subsistence': '低保边缘家庭成员',
  'rural-at-risk': '农村易返贫致贫人口',
  'illness-impoverished': '因病致贫重病患者',
  'expenditure-hardship': '支出型困难家庭中的重病患者',
};

/** The element's attributes the generator can preset, in snippet order. */
const ATTRS = ['region', 'scheme', 'category', 'lang', 'mode'] as const;
/** Boolean attributes (checkboxes), each meaningful only with its preset. */
const FLAGS: { name: string; needs: (typeof ATTRS)[number] }[] = [
  { name: 'lock-region', needs: 'region' },
  { name: 'lock-scheme', needs: 'scheme' },
  { name: 'lock-category', needs: 'category' },
];
/** Colour inputs → the element's public custom properties, with the element's defaults. */
const COLOURS: { input: string; prop: string; dflt: string }[] = [
  { input: 'accent', prop: '--yb-accent', dflt: '#0b5cad' },
  { input: 'accent-text', prop: '--yb-accent-text', dflt: '#ffffff' },
  { input: 'text', prop: '--yb-text', dflt: '#1a1a1a' },
  { input: 'bg', prop: '--yb-bg', dflt: '#ffffff' },
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('options');
const snippetBox = $<HTMLTextAreaElement>('snippet');
const cssBox = $<HTMLTextAreaElement>('css-snippet');
const cssBlock = $<HTMLDivElement>('css-block');
const status = $<HTMLParagraphElement>('status');
const baseInput = $<HTMLInputElement>('opt-base');
const iframeBox = $<HTMLTextAreaElement>('iframe-snippet');
const listenerBox = $<HTMLTextAreaElement>('listener-snippet');
/** The self-hosted default: the webmaster's own server, never this demo host. */
const DEFAULT_BASE = '/yibao-estimator/embed/';
const previewHost = $<HTMLDivElement>('preview-host');

let manifest: Manifest | undefined;

function fillOptions(): void {
  const region = $<HTMLSelectElement>('opt-region');
  for (const e of PACK_CATALOG) {
    region.append(new Option(`${e.name['zh-CN']}（${e.code}）`, e.code));
  }
  const cat = $<HTMLSelectElement>('opt-category');
  for (const id of CATEGORY_IDS) cat.append(new Option(CATEGORY_NAMES[id] ?? id, id));
}

const escAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function values(): Record<string, string> {
  const data = new FormData(form);
  const out: Record<string, string> = {};
  for (const [k, v] of data) out[k] = String(v);
  return out;
}

function snippet(v: Record<string, string>): { html: string; css: string; iframe: string; listener: string } {
  let base = v.base?.trim() || DEFAULT_BASE;
  if (!base.endsWith('/')) base += '/';
  const entry = manifest?.entry ?? 'yb-estimator-<hash>.js';
  const integrity = manifest ? manifest.files[manifest.entry]?.integrity ?? '' : 'sha384-<run npm run build>';
  const attrs = ATTRS.filter((a) => v[a]).map((a) => ` ${a}="${escAttr(v[a] as string)}"`).join('')
    + flags(v).map((f) => ` ${f}`).join('');
  const html =
    `<script type="module" src="${escAttr(base + entry)}"\n` +
    `        integrity="${integrity}" crossorigin="anonymous"></script>\n` +
    `<yb-estimator${attrs}></yb-estimator>\n`;
  const props = COLOURS.filter((c) => v[c.input] && v[c.input]!.toLowerCase() !== c.dflt)
    .map((c) => `  ${c.prop}: ${v[c.input]};`);
  const css = props.length ? `yb-estimator {\n${props.join('\n')}\n}\n` : '';
  // The iframe page sits beside the embed folder in the built site (dist/site/demo/embed.html).
  const query = new URLSearchParams();
  for (const a of ATTRS) if (v[a]) query.set(a, v[a] as string);
  for (const f of flags(v)) query.set(f, '1');
  const qs = query.toString();
  const absolute = /^https?:\/\//i.test(base);
  let pagePath = `${base}../demo/embed.html`;
  try {
    const u = new URL('../demo/embed.html', new URL(base, 'http://host.invalid/'));
    pagePath = absolute ? u.href : u.pathname;
  } catch { /* leave it relative to the folder as typed */ }
  const page = `${pagePath}${qs ? `?${qs}` : ''}`;
  const title = v.lang === 'en' ? 'Medical insurance estimate' : '医保报销测算';
  const iframe = `<iframe id="yb-estimator-frame" src="${escAttr(page)}" title="${title}"\n` +
    `        width="100%" height="900" loading="lazy"></iframe>\n`;
  // Only messages from the server that hosts the iframe page; the height attribute, not a style,
  // so a strict style-src on the host page is no obstacle.
  let origin = 'location.origin';
  try {
    if (absolute) origin = `'${new URL(base).origin}'`;
  } catch { /* not a URL: a path on the host's own server */ }
  const listener =
    `<script>\n` +
    `addEventListener('message', (e) => {\n` +
    `  if (e.origin === ${origin} && e.data && e.data.type === 'yibao-estimator:height' && e.data.version === 1)\n` +
    `    document.getElementById('yb-estimator-frame').height = String(e.data.height);\n` +
    `});\n` +
    `</script>\n`;
  return { html, css, iframe, listener };
}

function flags(v: Record<string, string>): string[] {
  return FLAGS.filter((f) => v[f.name] && v[f.needs]).map((f) => f.name);
}

/** Re-creates the preview element (attributes such as region are presets read at start). */
let previewKey = '';
function updatePreview(v: Record<string, string>): void {
  const key = [...ATTRS.map((a) => v[a] ?? ''), ...flags(v)].join('|');
  let el = previewHost.querySelector('yb-estimator') as HTMLElement | null;
  if (!el || key !== previewKey) {
    previewKey = key;
    el = document.createElement('yb-estimator');
    el.id = 'preview';
    for (const a of ATTRS) if (v[a]) el.setAttribute(a, v[a] as string);
    for (const f of flags(v)) el.setAttribute(f, '');
    previewHost.replaceChildren(el);
  }
  for (const c of COLOURS) if (v[c.input]) el.style.setProperty(c.prop, v[c.input] as string);
}

function update(): void {
  const v = values();
  const { html, css, iframe, listener } = snippet(v);
  snippetBox.value = html;
  iframeBox.value = iframe;
  listenerBox.value = listener;
  cssBox.value = css;
  cssBlock.hidden = !css;
  updatePreview(v);
}

async function copy(box: HTMLTextAreaElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(box.value);
  } catch {
    box.select();
    document.execCommand('copy');
  }
  status.textContent = `已复制${what}。`;
}

async function loadManifest(): Promise<void> {
  const note = $<HTMLParagraphElement>('manifest-note');
  try {
    const res = await fetch(new URL('../embed/manifest.json', location.href), { cache: 'no-cache' });
    if (!res.ok) throw new Error(String(res.status));
    manifest = (await res.json()) as Manifest;
    const f = manifest.files[manifest.entry];
    note.textContent = `版本 ${manifest.version}；入口脚本 ${manifest.entry}（${((f?.gzip ?? 0) / 1024).toFixed(1)} KiB gzip）。把整个 embed 文件夹原样放到您的服务器上；规则包和语言文件按需从同一文件夹加载。`;
  } catch {
    note.textContent = '没有找到 embed/manifest.json：开发服务器下没有嵌入构建，请运行 npm run build 后用 npm run serve:dist 打开本页，代码里才有真实的文件名和校验值。';
  }
}

fillOptions();
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
$('copy-snippet').addEventListener('click', () => void copy(snippetBox, '嵌入代码'));
$('copy-css').addEventListener('click', () => void copy(cssBox, '样式'));
$('copy-iframe').addEventListener('click', () => void copy(iframeBox, 'iframe 代码'));
$('copy-listener').addEventListener('click', () => void copy(listenerBox, '监听代码'));
update();
void loadManifest().then(update);
