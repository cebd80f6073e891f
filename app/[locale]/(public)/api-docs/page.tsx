import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { openApiDocument, type OpenApiOperation } from '@/lib/api/openapi';
import { API_TAGS } from '@/lib/api/registry';
import { OperationCard, operationAnchor } from '@/components/api-docs/operation-card';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiReference');
  return { title: t('title'), description: t('description') };
}

/** The API reference, rendered on the server from the OpenAPI document: no viewer script, works offline. */
export default async function ApiDocsPage({ params }: PageProps<'/[locale]/api-docs'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('apiReference');
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as OpenApiOperation })),
  );
  const groups = API_TAGS.map((tag) => ({ tag, items: operations.filter((o) => o.op.tags.includes(tag)) })).filter((g) => g.items.length > 0);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <a href="/api/v1/openapi.json" className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
            {t('downloadJson')}
          </a>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label={t('contents')} className="lg:sticky lg:top-20 lg:self-start">
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t('contents')}</h2>
          <ul className="space-y-3 text-sm">
            {groups.map((g) => (
              <li key={g.tag}>
                <a href={`#tag-${g.tag}`} className="font-medium text-slate-800 hover:text-brand-700">
                  {t(`tags.${g.tag}`)}
                </a>
                <ul className="mt-1 space-y-1 border-l border-slate-200 pl-3">
                  {g.items.map(({ method, path, op }) => (
                    <li key={op.operationId}>
                      <a href={`#${operationAnchor(op)}`} className="block font-mono text-xs text-slate-600 hover:text-brand-700">
                        <span>{method.toUpperCase()}</span> {path.replace('/api/v1', '')}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="api-access" className="space-y-2 rounded-2xl border border-slate-200 bg-white p-5 text-sm text-slate-700 shadow-sm">
            <h2 id="api-access" className="text-base font-semibold text-slate-900">
              {t('authLabel')}
            </h2>
            <p>{t('intro')}</p>
            <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium">{t('kindToken')}</dt>
              <dd>{t('authToken')}</dd>
              <dt className="font-medium">{t('kindSession')}</dt>
              <dd>{t('authSession')}</dd>
            </dl>
          </section>
          {groups.map((g) => (
            <section key={g.tag} id={`tag-${g.tag}`} aria-labelledby={`tag-${g.tag}-title`} className="scroll-mt-20 space-y-4">
              <h2 id={`tag-${g.tag}-title`} className="text-xl font-bold text-slate-900">
                {t(`tags.${g.tag}`)}
              </h2>
              {g.items.map(({ method, path, op }) => (
                <OperationCard key={op.operationId} method={method} path={path} op={op} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
