import type { Tx } from '@/lib/db';

const DAY = 24 * 3600 * 1000;
const m = (n: number) => `member${String(n).padStart(2, '0')}@demo.zcs.cn`;

type SeedProposal = {
  consultation: 'box' | 'desks' | 'events';
  author: string;
  title: string;
  body: string;
  category?: string;
  /** Days before the load. */
  ago: number;
  supporters: number[];
  answer?: { decision: 'EVALUATING' | 'ACCEPTED' | 'REJECTED' | 'IMPLEMENTED'; body: string; reason?: string; afterDays: number; by: string; rating?: 'SATISFIED' | 'NEUTRAL' | 'DISSATISFIED' };
  comments?: { by: string; body: string }[];
  escalated?: boolean;
};

const PROPOSALS: SeedProposal[] = [
  {
    consultation: 'box',
    author: 'member@demo.zcs.cn',
    title: '开放区靠窗一排增加插座',
    body: '开放工位靠窗一排只有两个插座，下午经常有人拉长排插，既不安全也不方便。建议每张桌子下面加一个带 USB 的插座。',
    ago: 40,
    supporters: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    answer: { decision: 'ACCEPTED', body: '感谢建议！物业已确认线路容量，我们会在靠窗 12 张桌子下各加一个带 USB 的插座，预计两周内完成。', afterDays: 5, by: 'operator@demo.zcs.cn', rating: 'SATISFIED' },
    comments: [{ by: m(3), body: '强烈支持，每天都在抢插座。' }],
  },
  {
    consultation: 'box',
    author: m(14),
    title: 'Longer opening hours on weekends',
    body: 'Many of us have classes during the week. Could the space stay open until 22:00 on Saturdays and Sundays?',
    ago: 25,
    supporters: [15, 16, 17, 18, 19, 20, 21],
    answer: { decision: 'EVALUATING', body: '我们在统计周末晚间的预约和门禁数据，下月例会讨论。We are looking at weekend evening usage and will decide at next month’s meeting.', afterDays: 3, by: 'admin@demo.zcs.cn' },
  },
  {
    consultation: 'box',
    author: m(22),
    title: '打印机旁放一台碎纸机',
    body: '路演材料和合同草稿经常要销毁，建议在打印区放一台碎纸机。',
    ago: 20,
    supporters: [23, 24],
    escalated: true,
  },
  {
    consultation: 'desks',
    author: m(5),
    title: '固定工位按月可以暂停一次',
    body: '寒暑假回家时工位空着还要付费，希望每年可以暂停一次，最长一个月。',
    category: '工位',
    ago: 18,
    supporters: [6, 7, 8, 9, 26, 27],
    answer: { decision: 'REJECTED', body: '经过测算，暂停会让排队的团队更难拿到工位，目前无法实施。', reason: '固定工位长期有 8 支团队在排队，暂停期间工位无法转给他人使用。', afterDays: 8, by: 'operator@demo.zcs.cn', rating: 'NEUTRAL' },
  },
  {
    consultation: 'desks',
    author: 'founder@demo.zcs.cn',
    title: 'A quiet room for calls',
    body: 'The open area is loud. A small phone booth or a bookable quiet room for 1-2 people would help a lot with investor calls.',
    category: '会议室',
    ago: 6,
    supporters: [1, 2, 30, 31, 32],
    comments: [{ by: m(30), body: '+1, 两个人的小隔间就够了。' }],
  },
  {
    consultation: 'events',
    author: m(28),
    title: '每月一次产品拆解分享',
    body: '每月选一个大家熟悉的硬件产品，现场拆解并讲解设计取舍，适合硬件团队交流。',
    category: '活动',
    ago: 9,
    supporters: [29, 33, 34],
  },
];

/**
 * Consultations, proposals with official answers on the public clock, and a "you said, we did"
 * result, dated relative to the load. The standing suggestion box comes from the migration.
 */
export async function seedParticipation(db: Tx): Promise<void> {
  const now = Date.now();
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const id = (email: string) => users.find((u) => u.email === email)!.id;
  const operator = id('operator@demo.zcs.cn');
  const desks = await db.consultation.create({
    data: {
      title: '工位和会议室怎么改进？ How should desks and rooms improve?',
      description: '下学期我们会调整开放区和会议室。告诉我们哪些地方最需要改。\n\nWe will rework the open area and the meeting rooms next term: tell us what matters most.',
      opensAt: new Date(now - 30 * DAY),
      closesAt: new Date(now + 20 * DAY),
      categories: ['工位', '会议室', '设备'],
      answerDeadlineDays: 10,
      createdById: operator,
      createdAt: new Date(now - 30 * DAY),
    },
  });
  const events = await db.consultation.create({
    data: {
      title: '明年想要哪些活动？ Which events do you want next year?',
      description: '培训、路演、黑客松……投票和建议都欢迎。**仅限会员**参与。',
      opensAt: new Date(now - 12 * DAY),
      closesAt: new Date(now + 40 * DAY),
      audience: 'MEMBERS',
      categories: ['活动', '培训'],
      answerDeadlineDays: 15,
      supportThreshold: 3,
      createdById: operator,
      createdAt: new Date(now - 12 * DAY),
    },
  });
  const consultationId = { box: 'suggestion-box', desks: desks.id, events: events.id };
  const made: { id: string; title: string }[] = [];
  for (const p of PROPOSALS) {
    const createdAt = new Date(now - p.ago * DAY);
    const answeredAt = p.answer ? new Date(createdAt.getTime() + p.answer.afterDays * DAY) : null;
    const proposal = await db.proposal.create({
      data: {
        consultationId: consultationId[p.consultation],
        authorId: id(p.author),
        title: p.title,
        body: p.body,
        category: p.category ?? '',
        createdAt,
        firstAnsweredAt: answeredAt,
        escalatedAt: p.escalated ? new Date(createdAt.getTime() + 15 * DAY) : null,
        follows: { create: [{ userId: id(p.author), createdAt }] },
      },
    });
    made.push(proposal);
    await db.proposalSupport.createMany({ data: p.supporters.map((n, i) => ({ proposalId: proposal.id, userId: id(m(n)), createdAt: new Date(createdAt.getTime() + (i + 1) * 3_600_000) })) });
    for (const [i, c] of (p.comments ?? []).entries()) {
      await db.proposalComment.create({ data: { proposalId: proposal.id, authorId: id(c.by), body: c.body, createdAt: new Date(createdAt.getTime() + (i + 2) * 3_600_000) } });
    }
    if (p.answer && answeredAt) {
      // Supports came in while it waited: the status moves after them (none for a rejected proposal).
      await db.proposal.update({ where: { id: proposal.id }, data: { status: p.answer.decision } });
      await db.proposalAnswer.create({
        data: {
          proposalId: proposal.id,
          authorId: id(p.answer.by),
          decision: p.answer.decision,
          body: p.answer.body,
          reason: p.answer.reason ?? '',
          answeredAt: new Date(answeredAt.getTime() - 3_600_000),
          publishedAt: answeredAt,
          ...(p.answer.rating ? { rating: p.answer.rating, ratedAt: new Date(answeredAt.getTime() + DAY) } : {}),
        },
      });
      if (p.answer.decision === 'ACCEPTED') {
        await db.pointsEntry.create({ data: { userId: id(p.author), points: 50, source: 'PROPOSAL', sourceKey: `proposal-accepted:${proposal.id}`, note: p.title, createdAt: answeredAt } });
      }
    }
  }

  const sockets = made[0];
  const parent = await db.result.create({
    data: {
      title: '开放区改造 Open area makeover',
      description: '根据大家的建议，分三步改造开放区。Three steps, from members’ proposals.',
      status: 'IN_PROGRESS',
      createdAt: new Date(now - 30 * DAY),
    },
  });
  await db.result.create({
    data: {
      parentId: parent.id,
      title: '靠窗工位加装插座 Sockets at the window desks',
      status: 'IN_PROGRESS',
      progress: 75,
      weight: 2,
      createdAt: new Date(now - 30 * DAY),
      proposals: { create: [{ proposalId: sockets.id }] },
      milestones: {
        create: [
          { date: new Date(new Date(now - 28 * DAY).toISOString().slice(0, 10)), title: '物业确认线路容量', description: 'Building management confirmed the circuit can take it.' },
          { date: new Date(new Date(now - 10 * DAY).toISOString().slice(0, 10)), title: '前 9 张桌子完成安装', description: 'Nine of twelve desks done.' },
        ],
      },
    },
  });
  await db.result.create({ data: { parentId: parent.id, title: '更换开放区照明 New lighting', status: 'PLANNED', progress: 0, weight: 1, createdAt: new Date(now - 20 * DAY) } });
}
