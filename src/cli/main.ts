// yibao-estimate: the CLI twin of estimate(). Reads the input JSON from a file argument or stdin,
// prints the output JSON (or, with --text, the explanation). Faults: one line each on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { estimate, renderText, createTranslator, isEstimateError } from '../index.js';
import { ENGINE_LOCALES } from '../i18n/engine-locale.js';
import type { Lang } from '../contract/types.js';

const MAX_INPUT_BYTES = 1_000_000;
const USAGE = `usage: yibao-estimate [--text] [--lang zh-CN|en] [input.json]   (reads stdin when no file is given)`;

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

async function main(argv: string[]): Promise<void> {
  let text = false;
  let lang: Lang = 'zh-CN';
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--text') text = true;
    else if (a === '--lang') {
      const l = argv[++i];
      if (l !== 'zh-CN' && l !== 'en') fail([`--lang takes zh-CN or en`, USAGE]);
      lang = l;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (a.startsWith('-') && a !== '-') fail([`unknown option ${a}`, USAGE]);
    else if (file) fail([`only one input file`, USAGE]);
    else file = a;
  }
  const t = createTranslator(lang, { engine: ENGINE_LOCALES[lang] });
  let buf: Buffer;
  try {
    buf = file && file !== '-' ? readFileSync(file) : await readStdin();
  } catch (e) {
    fail([`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`]);
  }
  if (buf.length > MAX_INPUT_BYTES) fail([t('error.input.too-large', { max: String(MAX_INPUT_BYTES) })]);
  let input: unknown;
  try {
    input = JSON.parse(buf.toString('utf8'));
  } catch (e) {
    fail([t('error.input.json', { detail: (e as Error).message.split('\n')[0]! })]);
  }
  // Not an object: answer in the language asked for (the engine cannot read options.lang from it).
  if (!input || typeof input !== 'object' || Array.isArray(input)) fail([t('error.input.not-object', { path: '$' })]);
  {
    const o = input as { options?: Record<string, unknown> };
    o.options = { ...(o.options ?? {}), lang: (o.options?.lang as Lang | undefined) ?? lang };
    if (text) o.options.trace = true;
  }
  const out = await estimate(input);
  if (isEstimateError(out)) fail(out.errors.map((e) => e.message));
  process.stdout.write(text ? `${renderText(out, t, lang)}\n` : `${JSON.stringify(out, null, 2)}\n`);
}

main(process.argv.slice(2)).catch(() => fail(['internal error']));
