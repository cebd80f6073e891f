/** The http(s) links of a received message (HTML hrefs, then bare URLs of the text), each once. */
export function linksOf(html: string, text: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    const url = m[1].replace(/&amp;/g, '&');
    if (/^https?:\/\//i.test(url)) found.add(url);
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>"')]+/gi)) found.add(m[0]);
  return [...found];
}

/**
 * The HTML of a received message for a sandboxed iframe's srcdoc: links open in a new tab (the
 * sandbox allows popups but no scripts, forms or same-origin access).
 */
export function framedHtml(html: string): string {
  const base = '<base target="_blank"><meta name="referrer" content="no-referrer">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}${base}`) : `${base}${html}`;
}
