import { Star } from 'lucide-react';
import { useTranslations } from 'next-intl';

/** A given rating, read out as "rated 4 of 5". */
export function Stars({ rating }: { rating: number }) {
  const t = useTranslations('mentoringBooking');
  return (
    <span className="inline-flex items-center gap-0.5" role="img" aria-label={t('ratedAria', { n: rating })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} className={n <= rating ? 'size-4 fill-amber-400 text-amber-400' : 'size-4 text-slate-300'} aria-hidden />
      ))}
    </span>
  );
}

/** A session the mentee has rated says so, instead of offering the form again. */
export function RatedNote({ rating, feedback }: { rating: number; feedback: string | null }) {
  const t = useTranslations('mentoringBooking');
  return (
    <div className="space-y-1 text-sm" data-testid="rated">
      <p className="flex flex-wrap items-center gap-2 font-medium text-slate-800">
        {t('youRated')} <Stars rating={rating} />
      </p>
      {feedback && <p className="text-slate-600">“{feedback}”</p>}
    </div>
  );
}
