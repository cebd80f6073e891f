import { getTranslations } from 'next-intl/server';
import { respondToInvitationAction } from '@/lib/projects/actions';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';

/** Open invitations to join a team, answered in place. */
export async function InvitationList({ invitations }: { invitations: { id: string; project: { name: string; pitch: string }; invitedBy: { name: string } | null }[] }) {
  if (invitations.length === 0) return null;
  const t = await getTranslations('projects');
  return (
    <Alert tone="info">
      <p className="font-medium">{t('invitations.title')}</p>
      <ul className="mt-2 space-y-2">
        {invitations.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-2">
            <span>{t('invitations.line', { project: i.project.name, name: i.invitedBy?.name ?? '—' })}</span>
            <ActionButton action={respondToInvitationAction} fields={{ invitationId: i.id, accept: 'yes' }} success={t('invitations.accepted')}>
              {t('invitations.accept')}
            </ActionButton>
            <ActionButton action={respondToInvitationAction} fields={{ invitationId: i.id, accept: 'no' }} success={t('invitations.declined')} variant="outline">
              {t('invitations.decline')}
            </ActionButton>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
