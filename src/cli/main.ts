// yibao-estimate: the CLI twin of estimate(). Reads the input JSON from a file argument or stdin,
// prints the output JSON (or, with --text, the explanation). Faults: one line each on stderr, exit 2.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { estimate, renderText, createTranslator, isEstimateError } from '../index.js';
import { ENGINE_LOCALES } from '../i18n/engine-locale.js';
import type { Lang } from '../model/io.js';

const MAX_INPUT_BYTES = 1_000_000;
const USAGE = `usage: yibao-estimate [--text] [--lang zh-CN|en] [input.json]   (reads stdin when no file is given)
--lang, when given, wins over the input's options.lang; without it, options.lang (default zh-CN) applies.`;

/** Terminal control characters (C0 but tab and newline, DEL, C1, bidi overrides): never printed from data. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const printable = (s: string) => s.replace(CONTROL, '');

function fail(lines: string[]): never {
  process.stderr.write(`${lines.map(printable).join('\n')}\n`);
  process.exit(2);
}

/**
 * Reads at most MAX_INPUT_BYTES + 1 bytes, then stops: a larger input (or an endless one such as
 * /dev/zero) is "too large" without being held in memory. `null` when over the limit.
 */
async function readCapped(stream: Readable): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    size += (c as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      stream.destroy();
      return null;
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

async function main(argv: string[]): Promise<void> {
  let text = false;
  let lang: Lang = 'zh-CN';
  let langGiven = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--text') text = true;
    else if (a === '--lang') {
      const l = argv[++i];
      if (l !== 'zh-CN' && l !== 'en') fail([`--lang takes zh-CN or en`, USAGE]);
      lang = l;
      langGiven = true;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (a.startsWith('-') && a !== '-') fail([`unknown option ${a}`, USAGE]);
    else if (file) fail([`only one input file`, USAGE]);
    else file = a;
  }
  let t = createTranslator(lang, { engine: ENGINE_LOCALES[lang] });
  let buf: Buffer | null;
  try {
    buf = await readCapped(file && file !== '-' ? createReadStream(file) : process.stdin);
  } catch (e) {
    fail([t('error.input.unreadable', { file: file ?? '-', reason: (e as NodeJS.ErrnoException).code ?? 'error' })]);
  }
  if (buf === null) fail([t('error.input.too-large', { max: String(MAX_INPUT_BYTES) })]);
  let input: unknown;
  try {
    // A UTF-8 byte-order mark (as some Windows editors write) is not part of the JSON.
    input = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    fail([t('error.input.json', { detail: (e as Error).message.split('\n')[0]! })]);
  }
  // Not an object: answer in the language asked for (the engine cannot read options.lang from it).
  if (!input || typeof input !== 'object' || Array.isArray(input)) fail([t('error.input.not-object', { path: '$' })]);
  {
    const o = input as { options?: unknown };
    // Options must be an object, as estimate() requires; never spread a null, number or string.
    if (o.options !== undefined && !isPlainObject(o.options)) fail([t('error.input.not-object', { path: 'options' })]);
    const opts: Record<string, unknown> = { ...(o.options ?? {}) };
    // The rule: --lang, when given, wins; otherwise the file's options.lang (checked by the engine).
    if (langGiven || opts.lang === undefined) opts.lang = lang;
    else if (opts.lang === 'zh-CN' || opts.lang === 'en') {
      lang = opts.lang;
      t = createTranslator(lang, { engine: ENGINE_LOCALES[lang] });
    }
    if (text) opts.trace = true;
    o.options = opts;
  }
  const out = await estimate(input);
  if (isEstimateError(out)) fail(out.errors.map((e) => e.message));
  process.stdout.write(text ? `${printable(renderText(out, t, lang))}\n` : `${JSON.stringify(out, null, 2)}\n`);
}

main(process.argv.slice(2)).catch(() => fail(['internal error']));
