// The embed-code generator: options → live preview (the real embed build, loaded by the page) and
// a copy-ready snippet whose <script> carries the SRI hash read from embed/manifest.json.
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
const previewHost = $<HTMLDivElement>('preview-host');

let manifest: Manifest | undefined;

function fillOptions(): void {
  const region = $<HTMLSelectElement>('opt-region');
  for (const e of PACK_CATALOG) {
    region.append(new Option(`${e.name['zh-CN']}（${e.code}）`, e.code));
  }
  const cat = $<HTMLSelectElement>('opt-category');
  for (const id of CATEGORY_IDS) cat.append(new Option(CATEGORY_NAMES[id] ?? id, id));
  baseInput.value = new URL('../embed/', location.href).href;
}

const escAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function values(): Record<string, string> {
  const data = new FormData(form);
  const out: Record<string, string> = {};
  for (const [k, v] of data) out[k] = String(v);
  return out;
}

function snippet(v: Record<string, string>): { html: string; css: string } {
  let base = v.base?.trim() || new URL('../embed/', location.href).href;
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
  return { html, css };
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
  const { html, css } = snippet(v);
  snippetBox.value = html;
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
update();
void loadManifest().then(update);
