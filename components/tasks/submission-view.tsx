import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/components/ui/badge';

type Submission = {
  id: string;
  body: string;
  links: string[];
  status: string;
  feedback: string | null;
  disputeReason: string | null;
  resolutionNote: string | null;
  createdAt: Date;
};

export function SubmissionView({ submission: s }: { submission: Submission }) {
  const t = useTranslations('tasks');
  const locale = useLocale();
  const tone = s.status === 'ACCEPTED' ? 'success' : s.status === 'REJECTED' ? 'danger' : 'warning';
  return (
    <div data-testid="submission" className="rounded-xl border border-slate-200 p-3 text-sm">
      <p className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <Badge tone={tone}>{t(`submissionStatus.${s.status}`)}</Badge>
        {formatDateTime(s.createdAt, locale)}
      </p>
      <p className="whitespace-pre-line text-slate-800">{s.body}</p>
      {s.links.length > 0 && (
        <ul className="mt-1 space-y-0.5">
          {s.links.map((l) => (
            <li key={l} className="truncate">
              <a href={l} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">
                {l}
              </a>
            </li>
          ))}
        </ul>
      )}
      {s.feedback && <p className="mt-2 rounded bg-slate-50 px-2 py-1 text-slate-700">{t('feedbackWas', { text: s.feedback })}</p>}
      {s.disputeReason && <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-amber-900">{t('disputeWas', { text: s.disputeReason })}</p>}
      {s.resolutionNote && <p className="mt-1 rounded bg-brand-50 px-2 py-1 text-brand-900">{t('resolutionWas', { text: s.resolutionNote })}</p>}
    </div>
  );
}
