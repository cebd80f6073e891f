// Next's incremental cache (cached pages and unstable_cache entries) for several app instances
// behind one load balancer. Each instance keeps its own copy of the pages it rendered, in memory;
// what they share is the news that a tag changed, through PostgreSQL:
// - every write that a public page shows announces its tags on the channel `zcs_cache`
//   (triggers of migration 20261202000500_cache_invalidation), and
// - revalidateTag()/revalidatePath() on any instance announce theirs on the same channel.
// Each instance LISTENs and drops every entry that carries an announced tag, so a write on one
// instance is seen on the others' cached pages at the next request (NOTIFY is delivered at commit,
// in milliseconds). Should the listening connection drop, notices may be lost, so the instance
// forgets every entry and starts over: never a stale page.
//
// Plain JavaScript: Next loads this file itself, outside the app's bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: Next require()s this file.
const { LRUCache } = require('lru-cache');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const pg = require('pg');

const CHANNEL = 'zcs_cache';
/** Where Next lists a cached page's tags, its own path tags (`_N_T_/campaigns/abc`) included. */
const TAGS_HEADER = 'x-next-cache-tags';
/** The implicit tag of every page: revalidatePath('/', 'layout'). */
const ROOT_LAYOUT_TAGS = new Set(['_N_T_/layout', '_N_T_/[locale]/layout']);

/** Rendered HTML and payloads, per instance; about 200 MB at most. */
const entries = new LRUCache({
  maxSize: 200 * 1024 * 1024,
  sizeCalculation: (e) => Math.max(1, sizeOf(e.value)),
});
/** When each tag was last announced, in this process's clock. */
const announced = new Map();
/** When a key's last miss was seen: a render that started before an announcement is stale. */
const missedAt = new Map();

let listener = null;
let connecting = null;
let notifier = null;

function sizeOf(value) {
  if (!value) return 1;
  let n = 0;
  if (typeof value.html === 'string') n += value.html.length;
  if (value.rscData) n += value.rscData.length;
  if (value.segmentData) for (const b of value.segmentData.values()) n += b.length;
  if (value.body) n += value.body.length;
  if (value.data?.body) n += value.data.body.length;
  return n || 1024;
}

function markAnnounced(tags) {
  const now = Date.now();
  for (const tag of tags) if (tag) announced.set(tag, now);
}

function listening() {
  // Nothing to listen to while `next build` prerenders: no instance serves yet.
  if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return Promise.resolve();
  if (listener) return Promise.resolve();
  if (connecting) return connecting;
  connecting = (async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: 'zcs-cache-listener' });
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) markAnnounced(msg.payload.split(','));
    });
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      // Notices sent while nobody listened are gone: nothing cached before now can be trusted.
      entries.clear();
      client.end().catch(() => {});
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
      entries.clear();
    } catch (error) {
      client.end().catch(() => {});
      console.error('cache: cannot listen for invalidations, serving without the cache:', error instanceof Error ? error.message : error);
    } finally {
      connecting = null;
    }
  })();
  return connecting;
}

function tagsOf(entry, extra) {
  const tags = [...(entry.tags ?? []), ...(extra ?? [])];
  const header = entry.value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') tags.push(...header.split(','));
  return tags;
}

function isOutdated(entry, extra) {
  for (const tag of tagsOf(entry, extra)) {
    const at = announced.get(tag);
    if (at !== undefined && at >= entry.lastModified) return true;
  }
  return false;
}

class PostgresNotifiedCacheHandler {
  constructor() {
    void listening();
  }

  async get(key, ctx) {
    await listening();
    // Without a listener this instance cannot learn of writes: it renders every request.
    if (!listener) return null;
    const entry = entries.get(key);
    const extra = ctx?.softTags ? [...(ctx.tags ?? []), ...ctx.softTags] : ctx?.tags;
    if (!entry || isOutdated(entry, extra)) {
      if (entry) entries.delete(key);
      missedAt.set(key, Date.now());
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    await listening();
    if (!listener) return;
    // The render began at the miss; data it read may predate a notice that arrived while it ran.
    const lastModified = missedAt.get(key) ?? Date.now();
    missedAt.delete(key);
    const entry = { value, lastModified, tags: ctx?.tags ?? [], cacheControl: ctx?.cacheControl };
    if (isOutdated(entry)) return;
    entries.set(key, entry);
  }

  async revalidateTag(tags) {
    const all = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (all.length === 0) return;
    markAnnounced(all);
    // `revalidatePath('/', 'layout')` (many actions refresh the acting member's pages with it)
    // drops this instance's pages only: what the write changed, the database announces to every
    // instance by its exact tags, and a site-wide drop on every instance per write would empty
    // all caches all the time.
    const list = all.filter((t) => !ROOT_LAYOUT_TAGS.has(t));
    if (list.length === 0) return;
    if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return;
    notifier ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, application_name: 'zcs-cache-notifier' });
    try {
      // A NOTIFY payload holds at most 8000 bytes.
      for (let i = 0; i < list.length; i += 50) await notifier.query('SELECT pg_notify($1, $2)', [CHANNEL, list.slice(i, i + 50).join(',')]);
    } catch (error) {
      console.error('cache: could not announce', list.join(','), error instanceof Error ? error.message : error);
    }
  }

  resetRequestCache() {}
}

module.exports = PostgresNotifiedCacheHandler;
