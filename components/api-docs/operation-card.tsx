import { getTranslations } from 'next-intl/server';
import type { OpenApiOperation } from '@/lib/api/openapi';
import type { OperationId } from '@/lib/api/registry';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Table, Td, Th } from '@/components/ui/table';
import { fieldRows, typeText, type FieldRow, type JsonSchema } from './schema-text';

const METHOD_TONE: Record<string, string> = {
  get: 'bg-sky-50 text-sky-800 ring-sky-200',
  post: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  delete: 'bg-red-50 text-red-800 ring-red-200',
  put: 'bg-amber-50 text-amber-800 ring-amber-200',
  patch: 'bg-amber-50 text-amber-800 ring-amber-200',
};

export function operationAnchor(op: OpenApiOperation) {
  return `op-${op.operationId}`;
}

export async function OperationCard({ method, path, op }: { method: string; path: string; op: OpenApiOperation }) {
  const t = await getTranslations('apiReference');
  const access = op['x-optional-token']
    ? t('kindPublicToken')
    : { public: t('kindPublic'), token: t('kindToken'), session: t('kindSession'), either: t('kindEither') }[op['x-auth']];
  const body = op.requestBody;
  const statuses = Object.entries(op.responses);
  const successes = statuses.filter(([s]) => Number(s) < 400);
  const failures = statuses.filter(([s]) => Number(s) >= 400);
  const headingId = `${operationAnchor(op)}-title`;
  return (
    <Card id={operationAnchor(op)} aria-labelledby={headingId} className="scroll-mt-20">
      <CardHeader>
        <div className="min-w-0">
          <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold text-slate-900">
            <span className={cn('rounded px-2 py-0.5 text-xs ring-1 ring-inset', METHOD_TONE[method])}>{method.toUpperCase()}</span>
            <span className="break-all">{path}</span>
          </h3>
          <p className="mt-1 text-sm text-slate-600">{t(`operations.${op.operationId as OperationId}`)}</p>
        </div>
        <Badge tone={op['x-auth'] === 'public' ? 'success' : 'brand'}>
          <span className="sr-only">{t('authLabel')}: </span>
          {access}
        </Badge>
      </CardHeader>
      <CardBody className="space-y-5">
        {op.parameters && op.parameters.length > 0 && (
          <section>
            <h4 className="mb-2 text-sm font-semibold text-slate-800">{t('parameters')}</h4>
            <Table>
              <thead>
                <tr>
                  <Th>{t('paramName')}</Th>
                  <Th>{t('paramIn')}</Th>
                  <Th>{t('paramType')}</Th>
                  <Th>{t('paramRequired')}</Th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in}:${p.name}`}>
                    <Td className="font-mono text-xs">{p.name}</Td>
                    <Td>{t(`in_${p.in}`)}</Td>
                    <Td>
                      <code className="text-xs">{typeText(p.schema as JsonSchema)}</code>
                      {(p.schema as JsonSchema).default !== undefined && <span className="ml-1 text-xs text-slate-500">= {JSON.stringify((p.schema as JsonSchema).default)}</span>}
                      {p.description && <p className="mt-1 text-xs text-slate-500">{p.description}</p>}
                    </Td>
                    <Td>{p.required ? t('yes') : t('no')}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        )}
        {body && (
          <section>
            <h4 className="mb-2 text-sm font-semibold text-slate-800">
              {t('requestBody')}
              {!body.required && <span className="ml-2 font-normal text-slate-500">({t('bodyOptional')})</span>}
            </h4>
            <Fields rows={fieldRows(body.content['application/json'].schema as JsonSchema)} t={t} />
          </section>
        )}
        {successes.map(([status, response]) => (
          <section key={status}>
            <h4 className="mb-2 text-sm font-semibold text-slate-800">
              {t('responses')} · <span className="font-mono">{status}</span>
            </h4>
            <Fields rows={fieldRows((response.content?.['application/json'].schema ?? {}) as JsonSchema)} t={t} />
          </section>
        ))}
        <section>
          <h4 className="mb-2 text-sm font-semibold text-slate-800">{t('errors')}</h4>
          <Table className="min-w-0">
            <thead>
              <tr>
                <Th className="w-24">{t('status')}</Th>
                <Th>{t('codes')}</Th>
              </tr>
            </thead>
            <tbody>
              {failures.map(([status, response]) => (
                <tr key={status}>
                  <Td className="font-mono">{status}</Td>
                  <Td>
                    <ul className="flex flex-wrap gap-1.5">
                      {(response['x-error-codes'] ?? []).map((code) => (
                        <li key={code}>
                          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{code}</code>
                        </li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      </CardBody>
    </Card>
  );
}

function Fields({ rows, t }: { rows: FieldRow[]; t: Awaited<ReturnType<typeof getTranslations<'apiReference'>>> }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">—</p>;
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t('paramName')}</Th>
          <Th>{t('paramType')}</Th>
          <Th>{t('paramRequired')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <Td className="font-mono text-xs break-all">{r.name}</Td>
            <Td>
              <code className="text-xs">{r.type}</code>
              {r.defaultValue !== undefined && <span className="ml-1 text-xs text-slate-500">= {r.defaultValue}</span>}
              {r.description && <p className="mt-1 text-xs text-slate-500">{r.description}</p>}
            </Td>
            <Td>{r.required ? t('yes') : t('no')}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
