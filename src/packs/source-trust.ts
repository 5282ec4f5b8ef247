// Sources a citizen can trust (issue 11 item 5, data side). A pack source's `reliability` says what
// kind of copy its URL is; these rules keep that honest, and tell a renderer which URLs it may link:
//   OFF         the issuing body's own page, on a government domain (*.gov.cn), or an official domain
//               listed in OFFICIAL_NON_GOV with the reason;
//   OFF-MIRROR  the official text reposted verbatim elsewhere;
//   MEDIA       a news report (newspaper, broadcaster, their apps);
//   SEC         any other secondary page.
// Spam hosts (tag-list pages, machine-written answers, SEO-scrambled copies) are never cited at all;
// content-farm hosts that copy articles wholesale may be cited (status estimated) when they hold the
// only copy found, but only as SEC, and never linked. Used by the pack linter and compile-packs.
import type { SourceDoc } from '../model/rulepack.js';

/** Hosts (or a host suffix, leading dot) whose pages are never a source, with the reason. */
export const SPAM_HOSTS: Record<string, string> = {
  'fengdujob.net': 'title-only tag pages generated from search queries',
  'zhetiaohe.com': 'title-only tag pages generated from search queries',
  'abg.baidu.com': 'tag-list pages without article text',
  'llllh.com': 'tag-list pages without article text',
  'xk.pw': 'tag-list pages without article text',
  'jj992.com': 'tag-list pages without article text',
  'vsudai.com': 'tag-list pages without article text',
  'aitaocui.cn': 'tag-list pages without article text',
  'jltd56.com': 'tag-list pages without article text',
  'juyoulaw.com': 'tag-list pages without article text',
  'niushuan.com': 'title-only pages without article text',
  'jiusongjiankang.com': 'machine-written answers mixing cities and years; figures not traceable to a document',
  'hzbdd.com': 'machine-written answers; figures not traceable to a document',
  'jhbk.net': 'machine-written answers; figures not traceable to a document',
  'wtbk.net': 'machine-written answers; figures not traceable to a document',
  'xcrrb.com': 'SEO-scrambled copies: sentences reordered, numbers detached from their groups',
  'sczdddc.com': 'SEO-scrambled copies: sentences reordered, numbers detached from their groups',
  'hotixasexy.com': 'adult spam site',
  '.icu': 'throw-away content-farm hosts (random subdomains, no publisher)',
};

/**
 * Hosts that copy articles wholesale under unrelated categories (e.g. 「地方特产」): a copy there may
 * be the only one found, so it may be cited as SEC (status estimated), but it is never linked.
 */
export const CONTENT_FARM_HOSTS: Record<string, string> = {
  'ccschy.com': 'wholesale copies filed under 「地方特产」',
  'qebk.com': 'wholesale copies filed under 「地方特产」',
  'yzzsnet.com': 'wholesale copies filed under 「地方特产」',
  'zrfz123.com': 'wholesale copies',
  'ddtbk.com': 'wholesale copies filed under 「地方特产」',
  'kidbbs.com': 'wholesale copies filed under 「地方特产」',
  'hunanyuer.com': 'wholesale copies filed under 「地方特产」',
  'senbk.com': 'wholesale copies filed under 「地方特产」',
  'chengju.com': 'wholesale copies filed under 「地方特产」',
  'wybk.com': 'wholesale copies filed under 「地方特产」',
  'borongbank.cn': 'wholesale copies under an unrelated name',
  'bbbaike.com': 'wholesale copies filed under 「地方特产」',
  'jxyuer.com': 'wholesale copies filed under 「地方特产」',
  '51igbt.cn': 'mis-titled wholesale copies',
  'shbk.net': 'wholesale copies filed under 「地方特产」',
  'fupindai.com': 'wholesale copies under a name unrelated to the content',
};

/** Official domains that are not *.gov.cn, each with the reason it is the issuer's own site. */
export const OFFICIAL_NON_GOV: Record<string, string> = {};

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};
const onList = (host: string, list: Record<string, string>): string | undefined => {
  for (const [d, why] of Object.entries(list)) {
    if (d.startsWith('.') ? host.endsWith(d) : host === d || host.endsWith(`.${d}`)) return why;
  }
  return undefined;
};

export const isGovHost = (host: string): boolean => host === 'gov.cn' || host.endsWith('.gov.cn');

/** Whether a renderer may link this source's URL at all ("查看原文" only for OFF/OFF-MIRROR). */
export function isLinkable(s: Pick<SourceDoc, 'url'>): boolean {
  const host = s.url ? hostOf(s.url) : undefined;
  if (!host || !/^https?:$/.test(new URL(s.url!).protocol)) return false;
  return onList(host, SPAM_HOSTS) === undefined && onList(host, CONTENT_FARM_HOSTS) === undefined;
}

/**
 * How a citizen-facing renderer links a source (issue 11 item 5): 'original' ("查看原文") for an
 * official text (OFF, OFF-MIRROR), 'repost' ("转载，非官方") for media and secondary copies, null when
 * it must not link at all — no URL, not http(s), a spam or content-farm host, a value the person
 * supplied (USER) or test data (TEST).
 */
export function sourceLink(s: Pick<SourceDoc, 'url' | 'reliability'>): 'original' | 'repost' | null {
  if (s.reliability === 'USER' || s.reliability === 'TEST' || !isLinkable(s)) return null;
  return s.reliability === 'OFF' || s.reliability === 'OFF-MIRROR' ? 'original' : 'repost';
}

/** Problems with one source's URL and reliability tag (empty when it is fine). */
export function sourceTrustProblems(s: Pick<SourceDoc, 'url' | 'reliability'>): string[] {
  if (!s.url) return [];
  const host = hostOf(s.url);
  if (!host || !/^https?:\/\//i.test(s.url)) return [`URL is not http(s): ${s.url}`];
  const out: string[] = [];
  const spam = onList(host, SPAM_HOSTS);
  if (spam) out.push(`${host} is a spam host (${spam}): never a source`);
  const farm = onList(host, CONTENT_FARM_HOSTS);
  if (farm && s.reliability !== 'SEC') out.push(`${host} is a content farm (${farm}): only SEC, never ${s.reliability}`);
  if (s.reliability === 'OFF' && !isGovHost(host) && onList(host, OFFICIAL_NON_GOV) === undefined) {
    out.push(`OFF source on ${host}, not a government domain: OFF-MIRROR (or list the domain in OFFICIAL_NON_GOV with the reason)`);
  }
  if (isGovHost(host) && s.reliability === 'SEC') out.push(`${host} is a government domain: OFF, OFF-MIRROR or MEDIA, not SEC`);
  return out;
}
