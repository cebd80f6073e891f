/** The part of next-intl's translator (namespace `audit`) the labels need, on the server or in the browser. */
type AuditTranslator = { (key: string): string; has(key: string): boolean; raw(key: string): unknown };

function labelOr(t: AuditTranslator, key: string, fallback: string): string {
  // A code that names a group of labels ("booking") is not a label itself.
  return t.has(key) && typeof t.raw(key) === 'string' ? t(key) : fallback;
}

/** "批准预约" for `booking.approve`; the code itself for one without a label (an old or foreign entry). */
export function auditActionLabel(t: AuditTranslator, code: string): string {
  return labelOr(t, `actionLabels.${code}`, code);
}

/** "预约" for `Booking`; the type itself when unlabelled. */
export function auditTypeLabel(t: AuditTranslator, type: string): string {
  return labelOr(t, `typeLabels.${type}`, type);
}
