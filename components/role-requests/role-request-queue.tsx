'use client';

import { Inbox } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { toast } from 'sonner';
import { decideRoleRequestAction } from '@/lib/role-requests/actions';
import { roleRequestDecisionSchema } from '@/lib/role-requests/schemas';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useErrorText } from '@/components/ui/form-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useFormAction } from '@/components/ui/use-form-action';

type QueueItem = {
  id: string;
  role: string;
  message: string;
  createdAt: string;
  user: { id: string; name: string; email: string; organization: string };
};

export function RoleRequestQueue({ requests }: { requests: QueueItem[] }) {
  const t = useTranslations('roleRequests');
  if (requests.length === 0) return <EmptyState icon={Inbox} title={t('queueEmptyTitle')} description={t('queueEmptyBody')} />;
  return (
    <ul className="divide-y divide-slate-100">
      {requests.map((r) => (
        <QueueRow key={r.id} request={r} />
      ))}
    </ul>
  );
}

function QueueRow({ request }: { request: QueueItem }) {
  const t = useTranslations('roleRequests');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const errorText = useErrorText();
  const approve = useFormAction(roleRequestDecisionSchema, decideRoleRequestAction, () => toast.success(t('approved', { name: request.user.name })));
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start" data-testid="role-request" data-email={request.user.email}>
      <Avatar name={request.user.name} />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {request.user.name} <Badge tone="brand">{tr(request.role)}</Badge>
        </p>
        <p className="truncate text-sm text-slate-500">
          {request.user.email}
          {request.user.organization && ` · ${request.user.organization}`} · {format.relativeTime(new Date(request.createdAt))}
        </p>
        {request.message && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{request.message}</p>}
        {approve.formError && <p className="mt-1 text-sm text-red-600" role="alert">{errorText(approve.formError)}</p>}
      </div>
      <div className="flex gap-2">
        <form action={approve.formAction} onSubmit={approve.onSubmit}>
          <input type="hidden" name="requestId" value={request.id} />
          <input type="hidden" name="decision" value="APPROVE" />
          <Button size="sm" type="submit" disabled={approve.pending} aria-label={t('approveLabel', { name: request.user.name })}>
            {t('approve')}
          </Button>
        </form>
        <ReasonDialog
          triggerLabel={t('reject')}
          triggerAriaLabel={t('rejectLabel', { name: request.user.name })}
          title={t('rejectTitle', { name: request.user.name })}
          description={t('rejectDescription')}
          reasonLabel={t('reason')}
          confirmLabel={t('confirmReject')}
          fields={{ requestId: request.id, decision: 'REJECT' }}
          schema={roleRequestDecisionSchema}
          action={decideRoleRequestAction}
          onDone={() => toast.success(t('rejected', { name: request.user.name }))}
        />
      </div>
    </li>
  );
}
