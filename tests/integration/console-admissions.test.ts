import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { roundState, unscoredCriteria } from '@/lib/admissions/policy';
import { compareApplications, findApplicationForReview, listRounds } from '@/lib/admissions/queries';
import { createRound, decideApplication, saveApplication, saveReviewScores, startReview } from '@/lib/admissions/service';
import { reviewScoresInput, reviewScoresSchema } from '@/lib/admissions/schemas';
import { createOpenRound, createProject, createUser } from '../factories';

async function submitted(round?: { id: string; criteria: { id: string }[] }) {
  const owner = await createUser({ roles: ['ENTREPRENEUR'] });
  const project = await createProject(owner);
  const r0 = round ?? (await createOpenRound());
  const r = await saveApplication(owner, { roundId: r0.id, projectId: project.id, answers: ['校园教材浪费严重'], submit: true });
  if (!r.ok) throw new Error(r.code);
  return { round: r0, applicationId: r.data.id, owner };
}

describe('round states', () => {
  const round = { opensAt: new Date('2030-03-01T00:00:00Z'), closesAt: new Date('2030-04-01T00:00:00Z') };
  it.each([
    ['before it opens', '2030-02-01', 0, 'NOT_OPEN'],
    ['while it takes applications', '2030-03-15', 3, 'OPEN'],
    ['after it closes with applications undecided', '2030-05-01', 2, 'REVIEWING'],
    ['after it closes with everything decided', '2030-05-01', 0, 'ENDED'],
  ] as const)('calls a round %s what it is', (_label, day, undecided, state) => {
    expect(roundState(round, undecided, new Date(`${day}T00:00:00Z`))).toBe(state);
  });

  it('counts the undecided applications of each round for the list', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { round } = await submitted();
    const listed = (await listRounds(operator)).find((r) => r.id === round.id);
    expect(listed).toMatchObject({ undecided: 1 });
  });
});

describe('a reviewer score sheet', () => {
  it('starts empty and saves every criterion in one save', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { round, applicationId } = await submitted();
    const before = await findApplicationForReview(operator, applicationId);
    expect(before?.scores).toEqual([]);
    const [team, market] = round.criteria.map((c) => c.id);
    expect(await saveReviewScores(operator, { applicationId, scores: { [team]: 4, [market]: 2 } })).toMatchObject({ ok: true, data: { scored: 2, unscored: 0 } });
    const rows = await db.applicationScore.findMany({ where: { applicationId, reviewerId: operator.id }, orderBy: { score: 'asc' } });
    expect(rows.map((r) => [r.criterionId, r.score])).toEqual([[market, 2], [team, 4]]);
  });

  it('leaves a criterion left empty unscored, removing the reviewer’s earlier score, and counts it for the admit warning', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { round, applicationId } = await submitted();
    const [team, market] = round.criteria.map((c) => c.id);
    await saveReviewScores(operator, { applicationId, scores: { [team]: 4, [market]: 2 } });
    expect(await saveReviewScores(operator, { applicationId, scores: { [team]: 5, [market]: null } })).toMatchObject({ ok: true, data: { scored: 1, unscored: 1 } });
    const mine = new Map((await db.applicationScore.findMany({ where: { applicationId, reviewerId: operator.id } })).map((s) => [s.criterionId, s.score]));
    expect([...mine]).toEqual([[team, 5]]);
    expect(unscoredCriteria(round.criteria, mine)).toBe(1);
  });

  it('parses empty form fields as "not scored" and refuses scores out of range', () => {
    const form = new FormData();
    form.set('applicationId', 'a1');
    form.set('score_c1', '');
    form.set('score_c2', '3');
    expect(reviewScoresSchema.parse(reviewScoresInput(form))).toEqual({ applicationId: 'a1', scores: { c1: null, c2: 3 } });
    form.set('score_c2', '9');
    expect(reviewScoresSchema.safeParse(reviewScoresInput(form)).success).toBe(false);
  });

  it('refuses a criterion of another round as not found and writes nothing', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const { round, applicationId } = await submitted();
    const other = await createOpenRound();
    expect(await saveReviewScores(operator, { applicationId, scores: { [round.criteria[0].id]: 3, [other.criteria[0].id]: 3 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.applicationScore.count({ where: { applicationId } })).toBe(0);
  });

  it('is refused to a member who is not an operator', async () => {
    const { round, applicationId, owner } = await submitted();
    await expect(saveReviewScores(owner, { applicationId, scores: { [round.criteria[0].id]: 5 } })).rejects.toThrow(/forbidden/);
  });
});

describe('comparing applications', () => {
  it('puts the applications of one round side by side with each criterion’s average', async () => {
    const [a, b] = await Promise.all([createUser({ roles: ['OPERATOR'] }), createUser({ roles: ['OPERATOR'] })]);
    const first = await submitted();
    const second = await submitted(first.round);
    const [team, market] = first.round.criteria.map((c) => c.id);
    await saveReviewScores(a, { applicationId: first.applicationId, scores: { [team]: 5, [market]: 3 } });
    await saveReviewScores(b, { applicationId: first.applicationId, scores: { [team]: 4, [market]: null } });
    await saveReviewScores(a, { applicationId: second.applicationId, scores: { [team]: 2, [market]: 2 } });
    const stranger = await submitted();
    const data = await compareApplications(a, first.round.id, [first.applicationId, second.applicationId, stranger.applicationId]);
    expect(data?.applications.map((x) => x.id)).toEqual([first.applicationId, second.applicationId]);
    expect(data?.applications[0].byCriterion[team]).toEqual({ avg: 4.5, n: 2 });
    expect(data?.applications[0].byCriterion[market]).toEqual({ avg: 3, n: 1 });
    expect(data?.applications[1].overall).toBe(2);
  });
});

describe('a round with a quota', () => {
  it('admits exactly as many as it has places when ten are admitted at once, and shows the places left', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const now = Date.now();
    const created = await createRound(operator, { name: `限额批次 ${now}`, description: '', opensAt: new Date(now - 86_400_000), closesAt: new Date(now + 86_400_000), criteria: ['团队'], questions: [], quota: 2 });
    if (!created.ok) throw new Error(created.code);
    const round = await db.intakeRound.findUniqueOrThrow({ where: { id: created.data.id }, select: { id: true, criteria: { select: { id: true } } } });
    const apps = [];
    for (let i = 0; i < 10; i++) apps.push((await submitted(round)).applicationId);
    for (const id of apps) expect((await startReview(operator, id)).ok).toBe(true);
    const results = await Promise.all(apps.map((applicationId) => decideApplication(operator, { applicationId, decision: 'ADMITTED', message: '欢迎' })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(8).fill('ROUND_FULL'));
    expect(await db.application.count({ where: { roundId: round.id, status: 'ADMITTED' } })).toBe(2);
    expect((await listRounds(operator)).find((r) => r.id === round.id)).toMatchObject({ quota: 2, admitted: 2, undecided: 8 });
    // Rejecting still works when the places are gone.
    const refused = apps[results.findIndex((r) => !r.ok)];
    expect((await decideApplication(operator, { applicationId: refused, decision: 'REJECTED', message: '名额已满' })).ok).toBe(true);
  });

  it('refuses a quota that is not a positive number, even written past the service', async () => {
    const now = Date.now();
    await expect(db.intakeRound.create({ data: { name: 'x', opensAt: new Date(now), closesAt: new Date(now + 1000), quota: 0 } })).rejects.toThrow();
  });
});
