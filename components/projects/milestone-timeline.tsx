import { CheckCircle2, Circle } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay } from '@/lib/format';

export function MilestoneTimeline({ milestones }: { milestones: { id: string; title: string; dueOn: Date; done: boolean }[] }) {
  const t = useTranslations('projects');
  const locale = useLocale();
  if (milestones.length === 0) return <p className="text-sm text-slate-500">{t('milestones.empty')}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {milestones.map((m) => (
        <li key={m.id} className="relative">
          <span className="absolute -left-[1.95rem] top-0.5 bg-white">
            {m.done ? <CheckCircle2 className="size-5 text-emerald-600" aria-hidden /> : <Circle className="size-5 text-slate-400" aria-hidden />}
          </span>
          <p className={m.done ? 'text-slate-500 line-through' : 'font-medium text-slate-900'}>{m.title}</p>
          <p className="text-xs text-slate-500">
            {formatDay(m.dueOn, locale, 'UTC')} · {m.done ? t('milestones.done') : t('milestones.open')}
          </p>
        </li>
      ))}
    </ol>
  );
}
