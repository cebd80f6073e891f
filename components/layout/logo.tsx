export function Logo() {
  return (
    <svg viewBox="0 0 32 32" className="size-8" aria-hidden>
      <rect width="32" height="32" rx="9" className="fill-brand-600" />
      <path d="M9 10h14l-14 12h14" fill="none" stroke="white" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="24" cy="9" r="3" className="fill-accent-500" />
    </svg>
  );
}
