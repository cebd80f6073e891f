import { createId } from '@paralleldrive/cuid2';
import type { Tx } from '@/lib/db';
import { monthRange } from '@/lib/points/month';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskAssignmentStatus, TaskCategory, TaskStatus, TaskSubmissionStatus } from '@/lib/generated/prisma/enums';

const DAY = 24 * 3600 * 1000;

type Worker = { email: string; status: TaskAssignmentStatus; submission?: TaskSubmissionStatus; doneDaysAgo?: number; feedback?: string; dispute?: string };
type SeedTask = {
  title: string;
  description: string;
  category: TaskCategory;
  skills: string[];
  rewardPoints: number;
  bountyFen?: number;
  slots: number;
  deadlineDays: number;
  location?: 'ONSITE' | 'REMOTE';
  mode?: 'REVIEW' | 'FIRST_COME';
  status: TaskStatus;
  poster: 'operator' | 'founder';
  partnerName?: string;
  createdDaysAgo: number;
  workers?: Worker[];
  applicants?: string[];
  paid?: boolean;
};

const m = (n: number) => `member${String(n).padStart(2, '0')}@demo.zcs.cn`;

const TASKS: SeedTask[] = [
  {
    title: '为智能花盆项目设计 Logo',
    description: '## 需求\n\n- 简洁、适合印在产品外壳和包装上\n- 提供 AI/SVG 源文件与单色版本\n\n## 验收\n\n提交 2 套方案，由团队投票选出一套后完善。',
    category: 'DESIGN', skills: ['产品设计', '工业设计'], rewardPoints: 120, bountyFen: 80000, slots: 2, deadlineDays: -3, status: 'COMPLETED', poster: 'founder', createdDaysAgo: 20,
    workers: [{ email: m(4), status: 'COMPLETED', submission: 'ACCEPTED', doneDaysAgo: 4 }, { email: m(18), status: 'COMPLETED', submission: 'ACCEPTED', doneDaysAgo: 5 }], paid: true,
  },
  {
    title: '招募用户访谈：大学生宿舍用电习惯',
    description: '我们在做宿舍用电安全的小硬件，需要 5 位同学各完成 3 场 30 分钟的用户访谈，并整理访谈纪要。提纲会提供。',
    category: 'RESEARCH', skills: ['用户研究', '产品设计'], rewardPoints: 80, slots: 5, deadlineDays: 12, status: 'IN_REVIEW', poster: 'founder', createdDaysAgo: 6,
    workers: [{ email: m(5), status: 'ACTIVE' }, { email: 'member@demo.zcs.cn', status: 'ACTIVE' }, { email: m(19), status: 'SUBMITTED', submission: 'PENDING' }],
    applicants: [m(12), m(26)],
  },
  {
    title: '社区科普志愿者：少儿编程开放日',
    description: '和杨浦区科协一起办少儿编程开放日，需要志愿者带小朋友用积木编程控制小车。**周六 9:00–12:00**，空间一楼。',
    category: 'COMMUNITY_SERVICE', skills: ['Python', '嵌入式'], rewardPoints: 60, slots: 10, deadlineDays: 9, location: 'ONSITE', mode: 'FIRST_COME', status: 'IN_PROGRESS', poster: 'operator', partnerName: '杨浦区科协', createdDaysAgo: 3,
    workers: [{ email: m(2), status: 'ACTIVE' }, { email: m(11), status: 'ACTIVE' }, { email: m(16), status: 'ACTIVE' }, { email: m(23), status: 'ACTIVE' }],
  },
  {
    title: 'PCB 打样测试：温湿度传感板 v2',
    description: '对 10 块打样板做上电、功耗和通信测试，按模板填写测试报告。设备在硬件实验室，可预约。',
    category: 'HARDWARE', skills: ['硬件设计', '嵌入式'], rewardPoints: 150, bountyFen: 50000, slots: 1, deadlineDays: 5, location: 'ONSITE', status: 'IN_REVIEW', poster: 'founder', createdDaysAgo: 10,
    workers: [{ email: m(1), status: 'SUBMITTED', submission: 'PENDING' }],
  },
  {
    title: '小程序前端：活动报名页',
    description: '用 React（Taro）实现活动报名页的 3 个页面，接口已经就绪。需要有小程序开发经验。',
    category: 'SOFTWARE', skills: ['React'], rewardPoints: 200, bountyFen: 150000, slots: 1, deadlineDays: 20, status: 'OPEN', poster: 'operator', createdDaysAgo: 1,
    applicants: [m(3), m(17), m(31)],
  },
  {
    title: '空间宣传短视频剪辑（60 秒）',
    description: '素材已拍好，剪一条 60 秒竖版短视频，用于视频号和抖音。',
    category: 'MARKETING', skills: ['短视频', '新媒体运营'], rewardPoints: 90, bountyFen: 30000, slots: 1, deadlineDays: -10, status: 'COMPLETED', poster: 'operator', createdDaysAgo: 30,
    workers: [{ email: m(14), status: 'COMPLETED', submission: 'ACCEPTED', doneDaysAgo: 12 }], paid: true,
  },
  {
    title: '整理 3D 打印机耗材台账',
    description: '盘点耗材库存并录入表格，线下 2 小时左右。',
    category: 'OTHER', skills: ['3D 打印'], rewardPoints: 30, slots: 2, deadlineDays: -2, location: 'ONSITE', status: 'EXPIRED', poster: 'operator', createdDaysAgo: 15,
  },
  {
    title: '开放日引导员（已改期）',
    description: '因场地调整，本次开放日改期，任务取消。',
    category: 'COMMUNITY_SERVICE', skills: [], rewardPoints: 40, slots: 4, deadlineDays: 4, location: 'ONSITE', status: 'CANCELLED', poster: 'operator', createdDaysAgo: 8,
  },
  {
    title: '竞品调研：校园二手交易平台',
    description: '草稿：调研 5 个竞品的功能与定价。',
    category: 'RESEARCH', skills: ['用户研究'], rewardPoints: 70, slots: 2, deadlineDays: 25, status: 'DRAFT', poster: 'operator', createdDaysAgo: 0,
  },
  {
    title: '英文路演材料润色',
    description: 'Polish a 12-slide English pitch deck for the Demo Day. 需要英文母语或同等水平。',
    category: 'OTHER', skills: ['English copywriting', 'Product design'], rewardPoints: 60, slots: 1, deadlineDays: 14, status: 'OPEN', poster: 'founder', createdDaysAgo: 2,
    applicants: ['intl1@demo.zcs.cn'],
  },
  {
    title: '激光切割安全须知海报',
    description: '设计一张 A2 海报，贴在激光切割机旁，图示为主、文字精简。',
    category: 'DESIGN', skills: ['产品设计', '激光切割'], rewardPoints: 50, slots: 1, deadlineDays: 6, status: 'IN_REVIEW', poster: 'operator', createdDaysAgo: 9,
    workers: [{ email: m(9), status: 'DISPUTED', submission: 'DISPUTED', feedback: '请把文字都换成英文版。', dispute: '任务说明写的是中文海报，我已按说明完成。' }],
  },
  {
    title: '智能花盆配套 App 交互原型',
    description: '用 Figma 做出配套 App 的 8 个核心页面交互原型（配网、浇水提醒、植物档案），附可点击演示链接。',
    category: 'DESIGN', skills: ['产品设计', 'Figma'], rewardPoints: 150, bountyFen: 120000, slots: 1, deadlineDays: 21, status: 'PENDING_APPROVAL', poster: 'founder', createdDaysAgo: 0,
  },
  {
    title: '机器学习：图片分拣数据标注',
    description: '为垃圾分类识别项目标注 500 张图片，工具和说明已准备好，远程完成。',
    category: 'SOFTWARE', skills: ['机器学习', 'Python'], rewardPoints: 40, slots: 20, deadlineDays: 18, mode: 'FIRST_COME', status: 'OPEN', poster: 'founder', createdDaysAgo: 0,
  },
];

/**
 * Finished tasks, so the leaderboards and monthly badges have a history. `daysAgo: 'this-month'`
 * lands inside the current calendar month (Beijing time) whatever day the data is loaded, so
 * "this month" is never empty on the first day of a month or on 1 January.
 */
const HISTORY: { title: string; category: TaskCategory; points: number; daysAgo: number | 'this-month'; workers: string[] }[] = [
  { title: '路演日茶歇与签到引导', category: 'COMMUNITY_SERVICE', points: 40, daysAgo: 'this-month', workers: [m(9), m(4), m(14), 'member@demo.zcs.cn'] },
  { title: '月度活动海报设计', category: 'DESIGN', points: 60, daysAgo: 'this-month', workers: [m(18), m(2)] },
  { title: '创客马拉松现场志愿者', category: 'COMMUNITY_SERVICE', points: 100, daysAgo: 70, workers: [m(4), m(9), m(14), m(19), m(24)] },
  { title: '设备使用手册翻译（英译中）', category: 'OTHER', points: 150, daysAgo: 64, workers: [m(4), 'intl2@demo.zcs.cn'] },
  { title: '公众号推文排版 × 4', category: 'MARKETING', points: 60, daysAgo: 58, workers: [m(14)] },
  { title: '路演日签到小程序修复', category: 'SOFTWARE', points: 180, daysAgo: 45, workers: [m(3)] },
  { title: '老年人智能手机课堂助教', category: 'COMMUNITY_SERVICE', points: 80, daysAgo: 40, workers: [m(9), m(11), m(16), m(2)] },
  { title: '硬件实验室工位标识设计', category: 'DESIGN', points: 70, daysAgo: 36, workers: [m(18), m(4)] },
  { title: '入孵项目问卷数据清洗', category: 'RESEARCH', points: 90, daysAgo: 33, workers: [m(19), m(5)] },
  { title: '传感器外壳 3D 建模', category: 'HARDWARE', points: 130, daysAgo: 28, workers: [m(1), m(10)] },
  { title: '社区垃圾分类宣讲', category: 'COMMUNITY_SERVICE', points: 50, daysAgo: 24, workers: [m(2), m(9), m(23), m(16), 'member@demo.zcs.cn'] },
];

/** Tasks in every state with applications, assignments, submissions, payouts and ledger rows. */
export async function seedTasks(db: Tx) {
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const uid = (email: string) => {
    const id = idOf.get(email);
    if (!id) throw new Error(`seed: no user ${email}`);
    return id;
  };
  const operatorId = uid('operator@demo.zcs.cn');
  const adminId = uid('admin@demo.zcs.cn');
  const founderId = uid('founder@demo.zcs.cn');
  // The founder's first project when the projects seed made one; otherwise the founder's tasks go to the space.
  const project = await db.project.findFirst({
    where: { members: { some: { userId: founderId, role: 'OWNER' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, members: { select: { userId: true } } },
  });
  // The rules the app enforces hold for the demo too: a project's own team never works on its
  // tasks, a bounty task was approved by an operator other than its poster, and a bounty was
  // released by someone who neither posted the task nor received it.
  const team = new Set(project?.members.map((m) => m.userId) ?? []);
  const otherOperator = (posterId: string) => (posterId === operatorId ? adminId : operatorId);

  const now = Date.now();
  const tasks: Prisma.TaskCreateManyInput[] = [];
  const applications: Prisma.TaskApplicationCreateManyInput[] = [];
  const assignments: Prisma.TaskAssignmentCreateManyInput[] = [];
  const submissions: Prisma.TaskSubmissionCreateManyInput[] = [];
  const payouts: Prisma.PayoutCreateManyInput[] = [];
  const ledger: Prisma.PointsEntryCreateManyInput[] = [];

  for (const t of TASKS) {
    const id = createId();
    const created = new Date(now - t.createdDaysAgo * DAY);
    const byFounder = t.poster === 'founder' && project;
    const postedById = byFounder ? founderId : operatorId;
    const workers = t.workers ?? [];
    if (byFounder) {
      for (const email of [...workers.map((w) => w.email), ...(t.applicants ?? [])]) {
        if (team.has(uid(email))) throw new Error(`seed: ${email} is on the team of the project posting "${t.title}"`);
      }
    }
    const approved = t.status !== 'DRAFT' && t.status !== 'PENDING_APPROVAL' && (t.bountyFen ?? 0) > 0;
    tasks.push({
      id,
      title: t.title,
      description: t.description,
      category: t.category,
      skills: t.skills,
      rewardPoints: t.rewardPoints,
      bountyFen: t.bountyFen ?? 0,
      slots: t.slots,
      filledSlots: workers.length,
      // 18:00 Beijing time on the day.
      deadline: new Date(Math.floor((now + t.deadlineDays * DAY) / DAY) * DAY + 10 * 3600 * 1000),
      location: t.location ?? 'REMOTE',
      mode: t.mode ?? 'REVIEW',
      status: t.status,
      postedById,
      ...(byFounder ? { projectId: project.id } : { partnerName: t.partnerName ?? '' }),
      ...(t.status !== 'DRAFT' && t.status !== 'PENDING_APPROVAL' ? { publishedAt: created } : {}),
      ...(approved ? { approvedById: otherOperator(postedById), approvedAt: created } : {}),
      ...(['COMPLETED', 'CANCELLED', 'EXPIRED'].includes(t.status) ? { closedAt: new Date(now + Math.min(t.deadlineDays, 0) * DAY) } : {}),
      createdAt: created,
    });
    for (const email of t.applicants ?? []) {
      applications.push({ taskId: id, userId: uid(email), note: '对这个任务很感兴趣，时间上也能保证。', createdAt: new Date(created.getTime() + DAY / 2) });
    }
    for (const [i, w] of workers.entries()) {
      const assignmentId = createId();
      const userId = uid(w.email);
      const done = w.doneDaysAgo !== undefined ? new Date(now - w.doneDaysAgo * DAY) : null;
      if (t.mode !== 'FIRST_COME') {
        applications.push({ taskId: id, userId, note: '我有相关经验，可以按时完成。', status: 'ACCEPTED', decidedAt: new Date(created.getTime() + DAY), createdAt: new Date(created.getTime() + DAY / 3 + i) });
      }
      assignments.push({ id: assignmentId, taskId: id, userId, status: w.status, createdAt: new Date(created.getTime() + DAY), ...(done ? { completedAt: done } : {}) });
      if (w.submission) {
        const at = done ?? new Date(now - DAY);
        submissions.push({
          assignmentId,
          taskId: id,
          body: w.submission === 'PENDING' ? '已完成，报告和照片见链接，请查收。' : '最终版已上传，源文件在链接里。',
          links: ['https://pan.example.cn/s/zcs-demo'],
          status: w.submission,
          createdAt: new Date(at.getTime() - DAY / 4),
          ...(w.submission === 'ACCEPTED' ? { reviewedAt: at } : {}),
          ...(w.feedback ? { feedback: w.feedback, reviewedAt: new Date(at.getTime() - DAY / 8) } : {}),
          ...(w.dispute ? { disputeReason: w.dispute } : {}),
        });
      }
      if (w.status === 'COMPLETED' && done) {
        ledger.push({ userId, points: t.rewardPoints, source: 'TASK', sourceKey: `task-accept:${assignmentId}`, note: t.title, grantorId: postedById, createdAt: done });
        if (t.bountyFen) {
          const paid = t.paid && i === 0;
          payouts.push({ assignmentId, taskId: id, userId, amountFen: t.bountyFen, status: paid ? 'PAID' : 'PENDING', ...(paid ? { paidAt: done, paidById: otherOperator(postedById) } : {}), createdAt: done });
        }
      }
    }
  }

  const month = monthRange(new Date(now));
  for (const h of HISTORY) {
    const id = createId();
    const inThisMonth = h.daysAgo === 'this-month';
    const done = inThisMonth ? new Date(now) : new Date(now - (h.daysAgo as number) * DAY);
    // This month's entries sit between the month's first instant and now, spread evenly.
    const spread = (i: number) => (inThisMonth ? month.start.getTime() + ((now - month.start.getTime()) * (i + 1)) / (h.workers.length + 1) : done.getTime() - i * 3600 * 1000);
    tasks.push({
      id,
      title: h.title,
      description: '往期任务。',
      category: h.category,
      rewardPoints: h.points,
      slots: h.workers.length,
      filledSlots: h.workers.length,
      deadline: done,
      mode: 'FIRST_COME',
      status: 'COMPLETED',
      postedById: operatorId,
      publishedAt: new Date(done.getTime() - 7 * DAY),
      closedAt: done,
      createdAt: new Date(done.getTime() - 7 * DAY),
    });
    for (const [i, email] of h.workers.entries()) {
      const assignmentId = createId();
      const userId = uid(email);
      const at = new Date(spread(i));
      assignments.push({ id: assignmentId, taskId: id, userId, status: 'COMPLETED', completedAt: at, createdAt: new Date(done.getTime() - 5 * DAY) });
      submissions.push({ assignmentId, taskId: id, body: '已完成。', status: 'ACCEPTED', reviewedAt: at, createdAt: new Date(at.getTime() - 3600 * 1000) });
      ledger.push({ userId, points: h.points, source: 'TASK', sourceKey: `task-accept:${assignmentId}`, note: h.title, grantorId: operatorId, createdAt: at });
    }
  }

  await db.task.createMany({ data: tasks });
  await db.taskApplication.createMany({ data: applications });
  await db.taskAssignment.createMany({ data: assignments });
  await db.taskSubmission.createMany({ data: submissions });
  await db.payout.createMany({ data: payouts });
  await db.pointsEntry.createMany({ data: ledger });
  console.log(`[seed] tasks            ${tasks.length} tasks, ${assignments.length} assignments, ${ledger.length} ledger rows`);
}
