import { describe, expect, it } from 'vitest';
import { findDefaultTimeZone } from '@/lib/bookings/queries';
import { localDateKey, zonedInstant } from '@/lib/time';
import { consultationSchema } from '@/lib/participation/schemas';
import { createConsultation, createProposal } from '@/lib/participation/service';
import { findConsultation } from '@/lib/participation/queries';
import { createUser } from '../factories';

/** What the operator's form sends: calendar dates from `type="date"` fields. */
async function consultationFromForm(opensAt: string, closesAt: string) {
  const operator = await createUser({ roles: ['OPERATOR'] });
  const input = consultationSchema.parse({ title: '年底开放日怎么办？', description: '', opensAt, closesAt, audience: 'PUBLIC', categories: '', answerDeadlineDays: '10', supportThreshold: '' });
  const r = await createConsultation(operator, input);
  if (!r.ok) throw new Error(r.code);
  return r.data.id;
}

async function proposeAt(consultationId: string, now: Date) {
  const r = await createProposal(await createUser(), consultationId, { title: '开放日加一场路演', body: '让更多同学看到项目。', category: '' }, { now });
  return r.ok ? 'ok' : r.code;
}

describe('consultation dates in the space’s time zone', () => {
  it('opens at the start of its opening day and stays open until the end of its closing day in the space’s zone', async () => {
    const tz = await findDefaultTimeZone();
    const id = await consultationFromForm('2030-12-01', '2030-12-10');

    expect(await proposeAt(id, zonedInstant('2030-11-30', '23:59', tz))).toBe('NOT_FOUND');
    expect(await proposeAt(id, zonedInstant('2030-12-01', '00:00', tz))).toBe('ok');
    // Late on the closing day, where the space is: still open.
    expect(await proposeAt(id, zonedInstant('2030-12-10', '23:30', tz))).toBe('ok');
    expect(await proposeAt(id, new Date(zonedInstant('2030-12-11', '00:00', tz).getTime() - 1))).toBe('ok');
    expect(await proposeAt(id, zonedInstant('2030-12-11', '00:00', tz))).toBe('CONSULTATION_CLOSED');
  });

  it('keeps the last instant of the closing day and shows both days back as they were entered', async () => {
    const tz = await findDefaultTimeZone();
    const id = await consultationFromForm('2030-12-01', '2030-12-10');
    const c = await findConsultation(id, { signedIn: false }, zonedInstant('2030-12-05', '12:00', tz));
    expect(c).not.toBeNull();
    expect(c!.opensAt).toEqual(zonedInstant('2030-12-01', '00:00', tz));
    expect(c!.closesAt).toEqual(new Date(zonedInstant('2030-12-10', '24:00', tz).getTime() - 1));
    expect(c!.timeZone).toBe(tz);
    expect(localDateKey(c!.opensAt, c!.timeZone)).toBe('2030-12-01');
    expect(localDateKey(c!.closesAt!, c!.timeZone)).toBe('2030-12-10');
  });

  it('accepts a consultation that opens and closes on the same day, and refuses one that closes before it opens', async () => {
    expect(consultationSchema.safeParse({ title: '一天', opensAt: '2030-12-10', closesAt: '2030-12-10' }).success).toBe(true);
    const before = consultationSchema.safeParse({ title: '倒过来', opensAt: '2030-12-10', closesAt: '2030-12-09' });
    expect(before.success ? null : before.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['closesAt', 'endBeforeStart']]);
  });

  it('answers a date that is not a calendar day with a field error', async () => {
    for (const bad of ['2030-02-30', '2030-13-01', '10/12/2030', '0000-01-01', '']) {
      const r = consultationSchema.safeParse({ title: '坏日期', opensAt: bad, closesAt: '' });
      expect(r.success ? null : r.error.issues[0].path.join('.')).toBe('opensAt');
    }
  });
});
