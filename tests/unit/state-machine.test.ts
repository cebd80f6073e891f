import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canTransition, isFinal, sourcesOf, targetsOf } from '@/lib/state-machine';
import { APPLICATION_TRANSITIONS } from '@/lib/admissions/policy';
import { BOOKING_TRANSITIONS } from '@/lib/bookings/policy';
import { CAMPAIGN_TRANSITIONS, canMove, PLEDGE_TRANSITIONS } from '@/lib/campaigns/policy';
import { EVENT_TRANSITIONS, REGISTRATION_TRANSITIONS } from '@/lib/events/policy';
import { INTRODUCTION_TRANSITIONS } from '@/lib/investors/policy';
import { MENTORSHIP_TRANSITIONS, SESSION_TRANSITIONS } from '@/lib/mentoring/policy';
import { INVITATION_TRANSITIONS } from '@/lib/projects/policy';
import { ROLE_REQUEST_TRANSITIONS } from '@/lib/role-requests/policy';
import { DATA_EXPORT_TRANSITIONS } from '@/lib/accounts/policy';
import { MAIL_TRANSITIONS } from '@/lib/mail/policy';
import { ASSIGNMENT_TRANSITIONS, PAYOUT_TRANSITIONS, SUBMISSION_TRANSITIONS, TASK_APPLICATION_TRANSITIONS, TASK_TRANSITIONS } from '@/lib/tasks/policy';
import { CASE_TRANSITIONS } from '@/lib/ratings/policy';

const TABLE = { A: ['B', 'C'], B: ['C'], C: [] } as const satisfies Record<'A' | 'B' | 'C', readonly ('A' | 'B' | 'C')[]>;

describe('the state-machine helper', () => {
  it('allows exactly the moves the table lists', () => {
    expect(canTransition(TABLE, 'A', 'B')).toBe(true);
    expect(canTransition(TABLE, 'B', 'C')).toBe(true);
    expect(canTransition(TABLE, 'B', 'A')).toBe(false);
    expect(canTransition(TABLE, 'C', 'A')).toBe(false);
    expect(targetsOf(TABLE, 'A')).toEqual(['B', 'C']);
    expect(isFinal(TABLE, 'C')).toBe(true);
    expect(isFinal(TABLE, 'A')).toBe(false);
  });

  it('lists every status a target is reached from, narrowed to where one move starts', () => {
    expect(sourcesOf(TABLE, 'C')).toEqual(['A', 'B']);
    expect(sourcesOf(TABLE, 'A')).toEqual([]);
    expect(sourcesOf(TABLE, 'C', ['B'])).toEqual(['B']);
    expect(sourcesOf(TABLE, 'B', ['B', 'C'])).toEqual([]);
  });

  it('keeps who may move a campaign apart from the table', () => {
    expect(canMove('DRAFT', 'SUBMITTED', 'owner')).toBe(true);
    expect(canMove('DRAFT', 'SUBMITTED', 'operator')).toBe(false);
    expect(canMove('LIVE', 'CANCELLED', 'operator')).toBe(true);
    expect(canMove('SUCCEEDED', 'CANCELLED', 'operator')).toBe(false);
  });
});

/** Every table, and the name its services must read it by. */
const TABLES = {
  APPLICATION_TRANSITIONS,
  BOOKING_TRANSITIONS,
  CAMPAIGN_TRANSITIONS,
  PLEDGE_TRANSITIONS,
  EVENT_TRANSITIONS,
  REGISTRATION_TRANSITIONS,
  INTRODUCTION_TRANSITIONS,
  MENTORSHIP_TRANSITIONS,
  SESSION_TRANSITIONS,
  INVITATION_TRANSITIONS,
  ROLE_REQUEST_TRANSITIONS,
  TASK_TRANSITIONS,
  TASK_APPLICATION_TRANSITIONS,
  ASSIGNMENT_TRANSITIONS,
  SUBMISSION_TRANSITIONS,
  PAYOUT_TRANSITIONS,
  DATA_EXPORT_TRANSITIONS,
  MAIL_TRANSITIONS,
  CASE_TRANSITIONS,
} as const;

/** Marks where one file ends, so a search that starts in one file never runs into the next. */
const FILE_END = '//@@end-of-file';

function serverSources(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== 'generated') text += serverSources(file);
    } else if (/service\.ts$/.test(name)) text += `${readFileSync(file, 'utf8')}\n${FILE_END}\n`;
  }
  return text;
}

describe('every state machine', () => {
  const services = serverSources(path.resolve(import.meta.dirname, '../../lib'));

  it.each(Object.keys(TABLES))('%s moves only to statuses it declares, and some service applies it through sourcesOf', (name) => {
    const table = TABLES[name as keyof typeof TABLES] as Record<string, readonly string[]>;
    for (const targets of Object.values(table)) for (const to of targets) expect(Object.keys(table)).toContain(to);
    expect(services).toContain(`sourcesOf(${name}, `);
  });

  it('leaves no service applying a status move with a hard-coded source status', () => {
    const moves = services.match(/updateMany\(\{\s*where: \{[^}]*\bstatus: '[A-Z_]+'[^}]*\},\s*data: \{[^}]*\bstatus:/g) ?? [];
    expect(moves).toEqual([]);
  });
});

describe('aborting a transaction on purpose', () => {
  const services = serverSources(path.resolve(import.meta.dirname, '../../lib'));

  it('is only ever a Rollback inside inTransaction: no plain transaction returns a failure', () => {
    const blocks = services.split('db.$transaction(').slice(1).map((rest) => rest.split(FILE_END)[0]).map((rest) => rest.slice(0, rest.search(/\n\s*\}?\)[;,)]/)));
    expect(blocks.filter((b) => /return fail\(/.test(b))).toEqual([]);
  });
});
