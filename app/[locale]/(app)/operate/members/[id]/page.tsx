import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArrowLeft } from 'lucide-react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { can, ALL_ROLES } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { findMemberForStaff } from '@/lib/staff-members/queries';
import { projectPageHref } from '@/lib/projects/policy';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { formatDay, formatRange } from '@/lib/format';
import { zoneOf } from '@/lib/time';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RevokeButton } from '@/components/operate/operator-forms';
import { RoleToggle } from '@/components/users/role-toggle';
import { CertificationGrant } from '@/components/staff-members/certification-grant';
import { memberStatusTone } from '@/components/staff-members/member-status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('staffMembers');
  return { title: t('profileTitle') };
}

export default async function StaffMemberPage({ params }: PageProps<'/[locale]/operate/members/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requirePagePermission('space:operate');
  const found = await findMemberForStaff(staff, id);
  if (!found) notFound();
  const { member, certifications, allCertifications, bookings, noShows, bookingCount, projects } = found;
  const [t, tr, tb, tp, te, tv, tz] = await Promise.all([
    getTranslations('staffMembers'),
    getTranslations('roles'),
    getTranslations('bookings.status'),
    getTranslations('projects.stage'),
    getTranslations('exports.incubation'),
    getTranslations('projects.visibility'),
    findDefaultTimeZone(),
  ]);
  const canGrantRoles = can(staff, 'role:grant');
  const held = new Set(certifications.map((c) => c.certification.id));

  return (
    <div>
      <PageHeader
        title={member.name}
        description={member.email}
        actions={
          <Link href="/operate/members" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
            <ArrowLeft className="size-4" aria-hidden />
            {t('back')}
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <Badge tone={memberStatusTone(member.status)}>{t(`status.${member.status}`)}</Badge>
        {member.organization && <span>{member.organization}</span>}
        <span>· {t('joined')} {formatDay(member.createdAt, locale, tz)}</span>
        {can(staff, 'audit:list') && (
          <Link href={{ pathname: '/operate/audit', query: { type: 'User', object: member.id } }} className="text-brand-700 hover:underline">
            {t('auditLink')}
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="roles-title">
          <CardHeader>
            <div>
              <CardTitle id="roles-title">{t('rolesTitle')}</CardTitle>
              <CardDescription>{canGrantRoles ? t('rolesHint') : t('rolesReadOnly')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody>
            {canGrantRoles ? (
              <div className="flex flex-wrap gap-1.5" data-testid="member-roles">
                {ALL_ROLES.map((role) => (
                  <RoleToggle key={role} userId={member.id} userName={member.name} role={role} held={member.roles.includes(role)} disabled={member.id === staff.id || member.status === 'DELETED'} />
                ))}
              </div>
            ) : (
              <div className="flex flex-wrap gap-1.5" data-testid="member-roles">
                {member.roles.length ? member.roles.map((r) => <Badge key={r} tone="brand">{tr(r)}</Badge>) : <span className="text-sm text-slate-500">{t('noRoles')}</span>}
              </div>
            )}
          </CardBody>
        </Card>
        <Card aria-labelledby="certs-title">
          <CardHeader>
            <div>
              <CardTitle id="certs-title">{t('certificationsTitle')}</CardTitle>
              <CardDescription>{t('certificationsHint')}</CardDescription>
            </div>
          </CardHeader>
          <CardBody className="space-y-4">
            {certifications.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noCertifications')}</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="member-certifications">
                {certifications.map((c) => (
                  <li key={c.certification.id} className="flex items-center justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <p className="font-medium text-slate-900">{c.certification.name}</p>
                      <p className="text-xs text-slate-500">
                        {formatDay(c.createdAt, locale, tz)}
                        {c.grantedBy ? ` · ${t('grantedBy', { name: c.grantedBy.name })}` : ''}
                      </p>
                    </div>
                    <RevokeButton certificationId={c.certification.id} userId={member.id} label={t('revokeLabel', { name: c.certification.name })} />
                  </li>
                ))}
              </ul>
            )}
            {member.status !== 'DELETED' && <CertificationGrant email={member.email} choices={allCertifications.filter((c) => !held.has(c.id))} />}
          </CardBody>
        </Card>
        <Card aria-labelledby="bookings-title">
          <CardHeader>
            <div>
              <CardTitle id="bookings-title">{t('bookingsTitle')}</CardTitle>
              <CardDescription>{t('bookingsSummary', { total: bookingCount, noShows })}</CardDescription>
            </div>
            {noShows > 0 && <Badge tone="warning">{tb('NO_SHOW')} × {noShows}</Badge>}
          </CardHeader>
          <CardBody>
            {bookings.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noBookings')}</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="member-bookings">
                {bookings.map((b) => (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span className="min-w-0">
                      <span className="font-medium text-slate-900">{b.resource.name}</span>
                      <span className="block text-slate-500">
                        {formatRange(b.startsAt, b.endsAt, locale, zoneOf(b.resource.space))}
                      </span>
                    </span>
                    <Badge tone={b.status === 'NO_SHOW' ? 'danger' : b.status === 'PENDING' ? 'warning' : b.status === 'CANCELLED' || b.status === 'REJECTED' ? 'neutral' : 'success'}>{tb(b.status)}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card aria-labelledby="projects-title">
          <CardHeader>
            <CardTitle id="projects-title">{t('projectsTitle')}</CardTitle>
          </CardHeader>
          <CardBody>
            {projects.length === 0 ? (
              <p className="text-sm text-slate-500">{t('noProjects')}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {projects.map((p) => (
                  <li key={p.project.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    {/* A team-only project is its team's alone: staff see its name, not its page. */}
                    {p.project.visibility === 'PRIVATE' ? (
                      <span className="font-medium text-slate-900">{p.project.name}</span>
                    ) : (
                      <Link href={projectPageHref(p.project)} className="font-medium text-slate-900 hover:text-brand-700">
                        {p.project.name}
                      </Link>
                    )}
                    <span className="flex gap-1">
                      {p.project.visibility !== 'PUBLIC' && <Badge tone="warning">{tv(p.project.visibility)}</Badge>}
                      <Badge>{tp(p.project.stage)}</Badge>
                      {p.project.incubation !== 'NONE' && <Badge tone="brand">{te(p.project.incubation)}</Badge>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
