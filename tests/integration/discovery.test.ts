import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listOpenTasks } from '@/lib/tasks/queries';
import { taskSearchSchema } from '@/lib/tasks/schemas';
import { createTask, createUser } from '../factories';

describe('task search', () => {
  it('finds open tasks by a word of the title, keeps the other filters, and treats an empty box as no filter', async () => {
    const operator = await createUser({ roles: ['OPERATOR'] });
    const word = `海报${randomUUID().slice(0, 6)}`;
    const match = await createTask(operator, { title: `设计${word}`, category: 'DESIGN' });
    const other = await createTask(operator, { title: `写代码 ${randomUUID().slice(0, 6)}`, category: 'SOFTWARE' });
    const ids = async (raw: Record<string, string>) => (await listOpenTasks(null, taskSearchSchema.parse({ limit: '100', ...raw }))).items.map((t) => t.id);
    expect(await ids({ q: word })).toEqual([match.id]);
    expect(await ids({ q: word, category: 'SOFTWARE' })).toEqual([]);
    expect(await ids({ q: '', category: 'SOFTWARE' })).toContain(other.id);
    // A bad category is dropped, the search still applies.
    expect(await ids({ q: word, category: 'NOPE' })).toEqual([match.id]);
  });
});

describe('project gallery sorts', () => {
  it('puts incubated projects first when featured, and the newest first when asked', async () => {
    const { listProjects } = await import('@/lib/projects/queries');
    const { projectSearchSchema } = await import('@/lib/projects/schemas');
    const { createProject } = await import('../factories');
    const { db } = await import('@/lib/db');
    const owner = await createUser({ roles: ['ENTREPRENEUR'] });
    const tag = randomUUID().slice(0, 6);
    const older = await createProject(owner, { name: `排序甲 ${tag}` });
    const newer = await createProject(owner, { name: `排序乙 ${tag}` });
    await db.project.update({ where: { id: older.id }, data: { incubation: 'INCUBATING', createdAt: new Date(Date.now() - 86_400_000) } });
    const ids = async (sort: string) => (await listProjects(null, projectSearchSchema.parse({ q: tag, sort }))).items.map((p) => p.id);
    expect(await ids('featured')).toEqual([older.id, newer.id]);
    expect(await ids('newest')).toEqual([newer.id, older.id]);
    expect(await ids('nonsense')).toHaveLength(2);
  });
});
