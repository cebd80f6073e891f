import { TZDate } from '@date-fns/tz';
import type { Tx } from '@/lib/db';
import type { ApplicationStatus, ProjectNeed, ProjectStage, ProjectVisibility } from '@/lib/generated/prisma/enums';
import { progress } from './progress';
import { seasonName } from './calendar';

type SeedProject = {
  name: string;
  pitch: string;
  org: string;
  location: string;
  sectors: string[];
  stage: ProjectStage;
  needs: ProjectNeed[];
  visibility?: ProjectVisibility;
  owner: string;
  team: string[];
  story: string;
};

const m = (n: number) => `member${String(n).padStart(2, '0')}@demo.zcs.cn`;
const FOUNDER = 'founder@demo.zcs.cn';

const PROJECTS: SeedProject[] = [
  { name: '校园二手书循环', pitch: '让教材在学长学姐和新生之间流转，一本书用四年。', org: '同济大学', location: '上海杨浦', sectors: ['EDTECH', 'GREEN'], stage: 'MVP', needs: ['MENTOR', 'SPACE'], owner: FOUNDER, team: [m(2), m(3)], story: '## 我们在解决什么\n\n每学期开学，新生花几百元买教材，期末又被当废纸卖掉。\n\n## 怎么做\n\n- 宿舍楼下的**回收书柜**，扫码登记\n- 小程序按课程匹配，学弟学妹半价取书\n- 收入的 10% 捐给校内助学金\n\n目前已在四平路校区试运行，累计流转 **1,200** 本。' },
  { name: '实验室耗材共享', pitch: '课题组之间闲置试剂和耗材的内部调剂平台。', org: '同济大学', location: '上海嘉定', sectors: ['ENTERPRISE'], stage: 'IDEA', needs: ['TEAM', 'FUNDING'], visibility: 'MEMBERS', owner: FOUNDER, team: [m(5)], story: '实验室每年过期报废的试剂价值不菲。我们想先在学院内部做一个**闲置清单**，再接入采购系统。' },
  { name: '智能导盲杖', pitch: '超声波 + 视觉识别的导盲杖，提前两米提醒障碍物。', org: '浙江大学', location: '杭州', sectors: ['HARDWARE', 'HEALTH', 'AI'], stage: 'PROTOTYPE', needs: ['FUNDING', 'EQUIPMENT', 'MENTOR'], owner: m(1), team: [m(8), m(9)], story: '## 原型\n\n第三代原型重 380 g，续航 12 小时，已与杭州市盲人协会的 20 位用户完成测试。\n\n## 下一步\n\n1. 小批量试产 200 支\n2. 申请医疗器械备案' },
  { name: '乡村直播助农', pitch: '大学生主播 + 合作社，把恩施的茶叶和土豆卖到全国。', org: '华中农业大学', location: '武汉 / 恩施', sectors: ['AGRI', 'COMMERCE'], stage: 'GROWTH', needs: ['FUNDING', 'SPACE'], owner: m(4), team: [m(10), m(11), m(12)], story: '去年双十一单场销售额 **38 万元**。我们培训了 60 名返乡青年做主播，正在建设自己的选品和品控流程。' },
  { name: '校园外卖拼单', pitch: '同一栋宿舍楼的外卖自动拼单，配送费人均降到 1 元。', org: '复旦大学', location: '上海', sectors: ['COMMERCE'], stage: 'MVP', needs: ['TEAM'], owner: m(7), team: [m(13)], story: '小程序已有 **3,000** 名注册用户，日均拼单 400 单。' },
  { name: 'AI 作文批改助手', pitch: '面向初中语文老师的作文批改与讲评工具。', org: '华东师范大学', location: '上海', sectors: ['EDTECH', 'AI'], stage: 'MVP', needs: ['MENTOR', 'FUNDING'], owner: m(10), team: [m(14), m(15)], story: '与三所中学合作试点，老师批改一篇作文的时间从 8 分钟降到 3 分钟。\n\n> 老师保留最终评分权，AI 只给建议。' },
  { name: '非遗竹编文创', pitch: '把东阳竹编做成年轻人愿意买的桌面文创。', org: '中国美术学院', location: '杭州', sectors: ['CULTURE'], stage: 'PROTOTYPE', needs: ['SPACE', 'EQUIPMENT'], owner: m(13), team: [m(16)], story: '与两位非遗传承人合作，开发了笔筒、灯罩、耳机支架三个系列。' },
  { name: '社区老人助餐', pitch: '高校食堂的富余产能，为周边社区老人提供午餐。', org: '中山大学', location: '广州', sectors: ['SOCIAL', 'HEALTH'], stage: 'IDEA', needs: ['MENTOR', 'TEAM'], owner: m(16), team: [], story: '调研了康乐园周边 5 个社区，约 400 位独居老人有助餐需求。' },
  { name: '电池回收柜', pitch: '校园废旧电池智能回收柜，投递即得积分。', org: '清华大学', location: '北京海淀', sectors: ['GREEN', 'HARDWARE'], stage: 'PROTOTYPE', needs: ['FUNDING', 'EQUIPMENT'], owner: m(19), team: [m(20), m(21)], story: '首台回收柜已在紫荆公寓运行 3 个月，回收电池 46 kg。' },
  { name: '宿舍能耗监测', pitch: '每间宿舍一块电表小屏，看得见的节能。', org: '上海交通大学', location: '上海闵行', sectors: ['HARDWARE', 'GREEN'], stage: 'MVP', needs: ['MENTOR'], owner: m(22), team: [m(23)], story: '试点楼栋月度用电下降 **11%**。' },
  { name: '手语翻译手套', pitch: '柔性传感手套把手语实时转换成语音和文字。', org: '南京大学', location: '南京', sectors: ['HARDWARE', 'AI', 'SOCIAL'], stage: 'PROTOTYPE', needs: ['FUNDING', 'MENTOR', 'EQUIPMENT'], owner: m(25), team: [m(26), m(27)], story: '已支持 300 个常用手语词汇，识别准确率 92%。' },
  { name: '校园心理树洞', pitch: '匿名倾诉 + 朋辈倾听员，夜间也有人回应。', org: '北京大学', location: '北京', sectors: ['HEALTH', 'SOCIAL'], stage: 'IDEA', needs: ['MENTOR'], visibility: 'PRIVATE', owner: m(28), team: [m(29)], story: '还在和学校心理中心沟通合规方案，暂不公开。' },
  { name: '农产品溯源链', pitch: '一颗猕猴桃从果园到餐桌的每一步都可查询。', org: '西安交通大学', location: '西安 / 周至', sectors: ['AGRI', 'ENTERPRISE'], stage: 'MVP', needs: ['FUNDING'], owner: m(31), team: [m(32)], story: '与周至县两家合作社合作，覆盖 800 亩果园。' },
  { name: '无人机植保服务', pitch: '按亩收费的无人机喷洒服务，农户手机下单。', org: '华中科技大学', location: '武汉', sectors: ['AGRI', 'HARDWARE'], stage: 'GROWTH', needs: ['FUNDING', 'TEAM'], owner: m(34), team: [m(35), m(36)], story: '今年作业面积 **2.1 万亩**，复购率 70%。' },
  { name: '3D 打印义肢', pitch: '为县城儿童定制可随身高调整的 3D 打印假手。', org: '深圳大学', location: '深圳', sectors: ['HEALTH', 'HARDWARE'], stage: 'PROTOTYPE', needs: ['EQUIPMENT', 'MENTOR'], owner: m(1), team: [m(30)], story: '单只成本控制在 800 元以内，已为 12 名儿童适配。' },
  { name: 'Campus Bike Repair Hub', pitch: 'Student-run repair stations that keep shared bikes on the road.', org: 'NYU Shanghai', location: 'Shanghai', sectors: ['GREEN', 'COMMERCE'], stage: 'MVP', needs: ['SPACE', 'TEAM'], owner: 'intl1@demo.zcs.cn', team: [m(17)], story: '## Why\n\nHundreds of shared bikes are abandoned each term for **minor faults**.\n\n## What\n\nWeekly pop-up repair stations staffed by trained students, paid per fix by the operators.' },
  { name: 'Mandarin Tutor Bot', pitch: 'A speaking partner that helps exchange students practise Mandarin tones.', org: 'Duke Kunshan University', location: 'Kunshan', sectors: ['EDTECH', 'AI'], stage: 'IDEA', needs: ['MENTOR', 'TEAM'], owner: 'intl1@demo.zcs.cn', team: [], story: 'Tone feedback with pitch curves, built on open speech models.' },
  { name: '城市屋顶菜园', pitch: '把教学楼屋顶变成学生自己打理的菜园。', org: '同济大学', location: '上海', sectors: ['GREEN', 'AGRI'], stage: 'IDEA', needs: ['SPACE'], owner: m(4), team: [m(18)], story: '第一块 60 平方米试验田已获后勤处同意。' },
  { name: '实验数据标注众包', pitch: '让有专业背景的同学兼职做科研数据标注。', org: '浙江大学', location: '杭州', sectors: ['AI', 'ENTERPRISE'], stage: 'MVP', needs: ['FUNDING'], owner: m(7), team: [m(24)], story: '服务 9 个课题组，累计标注 15 万条医学影像数据。' },
  { name: '创客二手设备集市', pitch: '毕业生闲置的开发板、示波器和 3D 打印机，在校内流转。', org: '复旦大学', location: '上海', sectors: ['HARDWARE', 'COMMERCE'], stage: 'IDEA', needs: ['TEAM', 'SPACE'], owner: m(10), team: [], story: '毕业季调研：每个实验室平均有 6 件闲置设备。' },
];

const MENTOR_PROFILES: Record<string, { expertise: string[]; offer: string; hours: [number, number, number][] }> = {
  'mentor@demo.zcs.cn': { expertise: ['智能硬件', '量产', '融资'], offer: '十年硬件创业经验，擅长从原型到量产、供应链和天使轮融资。欢迎硬件团队来聊。', hours: [[3, 14 * 60, 17 * 60], [5, 10 * 60, 12 * 60], [6, 9 * 60, 12 * 60]] },
  [m(6)]: { expertise: ['产品设计', '用户研究', '机器学习'], offer: '互联网产品经理，做过 AI 产品，帮你把需求想清楚、评估技术路线。', hours: [[2, 19 * 60, 21 * 60], [1, 14 * 60, 16 * 60]] },
  [m(17)]: { expertise: ['新媒体运营', '短视频'], offer: '做过百万粉丝账号，适合消费类和助农项目。', hours: [[4, 19 * 60, 21 * 60]] },
};

const DAY = 86_400_000;

/** Wall-clock time in Asia/Shanghai `days` from today. */
function shanghai(days: number, minute: number): Date {
  const now = new TZDate(Date.now(), 'Asia/Shanghai');
  return new Date(new TZDate(now.getFullYear(), now.getMonth(), now.getDate() + days, Math.floor(minute / 60), minute % 60, 0, 'Asia/Shanghai').getTime());
}

/** The next date (>= 2 days ahead) that falls on ISO weekday `weekday`, in days from today. */
function daysUntil(weekday: number, min = 2): number {
  for (let d = min; d < min + 7; d++) {
    const w = new TZDate(Date.now() + d * DAY, 'Asia/Shanghai').getDay() || 7;
    if (w === weekday) return d;
  }
  return min;
}

/** ~20 projects with teams and milestones, two intake rounds, mentors with office hours and sessions. */
export async function seedProjects(db: Tx) {
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const id = (email: string) => {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`seed: no user ${email}`);
    return u.id;
  };
  const bar = progress('projects', PROJECTS.length);
  const now = Date.now();

  const created = await db.project.createManyAndReturn({
    data: PROJECTS.map((p, i) => ({
      name: p.name,
      pitch: p.pitch,
      description: p.story,
      sectors: p.sectors,
      stage: p.stage,
      organization: p.org,
      location: p.location,
      needs: p.needs,
      visibility: p.visibility ?? 'PUBLIC',
      links: i % 3 === 0 ? [`https://example.com/${i + 1}`] : [],
      createdAt: new Date(now - (60 - i * 2) * DAY),
      activityAt: new Date(now - (i * 17 % 29) * 3_600_000 * 6),
    })),
    select: { id: true, name: true },
  });
  const projectId = (name: string) => created.find((c) => c.name === name)!.id;
  bar.tick(PROJECTS.length / 2);

  await db.projectMember.createMany({
    data: PROJECTS.flatMap((p) => [
      { projectId: projectId(p.name), userId: id(p.owner), role: 'OWNER' as const },
      ...p.team.map((email) => ({ projectId: projectId(p.name), userId: id(email), role: 'MEMBER' as const })),
    ]),
  });
  await db.milestone.createMany({
    data: PROJECTS.flatMap((p, i) => [
      { projectId: projectId(p.name), title: p.name.match(/[a-z]/i) ? 'User interviews' : '完成用户访谈', dueOn: new Date(now - (30 - i) * DAY), done: true, doneAt: new Date(now - (31 - i) * DAY) },
      { projectId: projectId(p.name), title: p.name.match(/[a-z]/i) ? 'First pilot' : '第一次小范围试点', dueOn: new Date(now + (10 + i) * DAY), done: false },
      ...(i % 2 === 0 ? [{ projectId: projectId(p.name), title: p.name.match(/[a-z]/i) ? 'Seed round' : '完成种子轮', dueOn: new Date(now + (90 + i) * DAY), done: false }] : []),
    ]),
  });
  await db.projectFollow.createMany({
    data: created.flatMap((c, i) => Array.from({ length: i % 5 }, (_, k) => ({ projectId: c.id, userId: id(m(((i * 7 + k * 5) % 36) + 1)) }))),
    skipDuplicates: true,
  });
  await db.projectInvitation.create({ data: { projectId: projectId('智能导盲杖'), email: FOUNDER, invitedById: id(m(1)) } });

  // Intake rounds: a closed spring round whose admitted projects are incubating, and the open autumn round.
  const operator = id('operator@demo.zcs.cn');
  const spring = await db.intakeRound.create({
    data: { name: `${seasonName(now - 240 * DAY)}入孵`, description: '春季批次已结束。', opensAt: new Date(now - 240 * DAY), closesAt: new Date(now - 180 * DAY), questions: ['你们要解决什么问题？', '团队为什么能做成？'], createdById: operator, criteria: { create: [{ label: '团队', position: 0 }, { label: '市场', position: 1 }] } },
    select: { id: true },
  });
  const autumn = await db.intakeRound.create({
    data: {
      name: `${seasonName(now - 30 * DAY)}入孵`,
      description: '入选团队获得 **6 个月** 免费工位、导师一对一辅导和 Demo Day 路演机会。\n\n面向在校生及毕业三年内的校友团队。',
      opensAt: new Date(now - 30 * DAY),
      closesAt: new Date(now + 40 * DAY),
      questions: ['你们要解决什么问题？用户是谁？', '目前做到了哪一步？有哪些数据？', '入孵后 6 个月最想达成什么目标？'],
      createdById: operator,
      criteria: { create: ['团队', '市场', '创新性', '可行性'].map((label, position) => ({ label, position })) },
    },
    select: { id: true, criteria: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
  const answers = ['校园里的真实痛点，用户是在校学生。', '已经完成原型和小范围试点，有 200 名活跃用户。', '完成产品迭代并拿到第一笔收入。'];
  const decided = (status: ApplicationStatus, message: string) => ({ status, decisionMessage: message, decidedById: operator, decidedAt: new Date(now - 2 * DAY) });
  await db.application.createMany({
    data: [
      { roundId: spring.id, projectId: projectId('乡村直播助农'), answers: answers.slice(0, 2), submittedAt: new Date(now - 200 * DAY), ...decided('ADMITTED', '恭喜入孵！请在一周内联系运营办理入驻。') },
      { roundId: spring.id, projectId: projectId('无人机植保服务'), answers: answers.slice(0, 2), submittedAt: new Date(now - 200 * DAY), ...decided('ADMITTED', '欢迎加入春季批次。') },
      { roundId: autumn.id, projectId: projectId('智能导盲杖'), answers, status: 'UNDER_REVIEW', submittedAt: new Date(now - 20 * DAY) },
      { roundId: autumn.id, projectId: projectId('AI 作文批改助手'), answers, status: 'UNDER_REVIEW', submittedAt: new Date(now - 18 * DAY) },
      { roundId: autumn.id, projectId: projectId('手语翻译手套'), answers, status: 'SUBMITTED', submittedAt: new Date(now - 9 * DAY) },
      { roundId: autumn.id, projectId: projectId('电池回收柜'), answers, status: 'SUBMITTED', submittedAt: new Date(now - 6 * DAY) },
      { roundId: autumn.id, projectId: projectId('校园二手书循环'), answers, status: 'SUBMITTED', submittedAt: new Date(now - 3 * DAY), submittedById: id(FOUNDER) },
      { roundId: autumn.id, projectId: projectId('宿舍能耗监测'), answers, submittedAt: new Date(now - 15 * DAY), ...decided('WAITLISTED', '项目不错，名额有限，先列入候补。') },
      { roundId: autumn.id, projectId: projectId('校园外卖拼单'), answers, submittedAt: new Date(now - 16 * DAY), ...decided('REJECTED', '与现有入孵项目方向重合，欢迎下一批再申请。') },
      { roundId: autumn.id, projectId: projectId('3D 打印义肢'), answers: [answers[0]], status: 'DRAFT' },
    ],
  });
  await db.project.updateMany({ where: { id: { in: [projectId('乡村直播助农'), projectId('无人机植保服务')] } }, data: { incubation: 'INCUBATING' } });
  const reviewing = await db.application.findMany({ where: { roundId: autumn.id, status: 'UNDER_REVIEW' }, select: { id: true } });
  await db.applicationScore.createMany({
    data: reviewing.flatMap((a, i) => autumn.criteria.map((c, k) => ({ applicationId: a.id, criterionId: c.id, reviewerId: operator, score: ((i + k) % 3) + 3 }))),
  });
  await db.applicationComment.createMany({
    data: reviewing.map((a, i) => ({ applicationId: a.id, authorId: operator, body: i === 0 ? '硬件团队扎实，需要确认量产资金。' : '试点数据不错，建议面谈确认商业模式。' })),
  });

  // Mentors: profiles, weekly office hours (Asia/Shanghai), mentorships and sessions.
  await db.mentorProfile.createMany({ data: Object.entries(MENTOR_PROFILES).map(([email, p]) => ({ userId: id(email), expertise: p.expertise, offer: p.offer })) });
  await db.officeHour.createMany({
    data: Object.entries(MENTOR_PROFILES).flatMap(([email, p]) => p.hours.map(([weekday, startMinute, endMinute], i) => ({ mentorId: id(email), weekday, startMinute, endMinute, location: i % 2 === 0 ? '创客空间 3 楼会客室' : 'https://meeting.tencent.com/dm/zcs-demo' }))),
  });
  const mentor = id('mentor@demo.zcs.cn');
  const ships = await db.mentorship.createManyAndReturn({
    data: [
      { mentorId: mentor, projectId: projectId('校园二手书循环'), requestedById: id(FOUNDER), message: '想请教校园场景的规模化和融资节奏。', status: 'ACTIVE', respondedAt: new Date(now - 20 * DAY) },
      { mentorId: mentor, projectId: projectId('智能导盲杖'), requestedById: id(m(1)), message: '第三代原型准备小批量试产，想请您把关供应链。', status: 'ACTIVE', respondedAt: new Date(now - 25 * DAY) },
      { mentorId: mentor, projectId: projectId('电池回收柜'), requestedById: id(m(19)), message: '回收柜的硬件成本太高，想请教降本思路。', status: 'REQUESTED' },
      { mentorId: id(m(17)), projectId: projectId('乡村直播助农'), requestedById: id(m(4)), message: '想提升直播间转化率。', status: 'ACTIVE', respondedAt: new Date(now - 40 * DAY) },
      { mentorId: id(m(6)), projectId: projectId('AI 作文批改助手'), requestedById: id(m(10)), message: '模型评估方案想请您看看。', status: 'ACTIVE', respondedAt: new Date(now - 12 * DAY) },
    ],
    select: { id: true, projectId: true, mentorId: true, requestedById: true },
  });
  const ship = (project: string) => ships.find((s) => s.projectId === projectId(project))!;
  const wed = daysUntil(3);
  const books = ship('校园二手书循环');
  const cane = ship('智能导盲杖');
  await db.mentoringSession.createMany({
    data: [
      { mentorshipId: books.id, mentorId: mentor, bookedById: books.requestedById, startsAt: shanghai(wed, 14 * 60), endsAt: shanghai(wed, 15 * 60), topic: '天使轮融资节奏' },
      { mentorshipId: cane.id, mentorId: mentor, bookedById: cane.requestedById, startsAt: shanghai(wed, 15 * 60), endsAt: shanghai(wed, 16 * 60), topic: '小批量试产' },
      { mentorshipId: books.id, mentorId: mentor, bookedById: books.requestedById, startsAt: shanghai(wed - 7, 14 * 60), endsAt: shanghai(wed - 7, 15 * 60), topic: '校园推广', mentorNote: '建议先打透一个校区再扩张。', menteeNote: '收获很大，下周做宿舍楼地推。', rating: 5, feedback: '非常具体，马上能用。' },
      { mentorshipId: cane.id, mentorId: mentor, bookedById: cane.requestedById, startsAt: shanghai(wed - 14, 15 * 60), endsAt: shanghai(wed - 14, 16 * 60), topic: '供应链', mentorNote: '联系了两家深圳代工厂。', rating: 4 },
    ],
  });
  bar.tick(PROJECTS.length);
  bar.done();
}
