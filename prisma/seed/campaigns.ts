import { createId } from '@paralleldrive/cuid2';
import type { Tx } from '@/lib/db';
import { monthAhead, monthLabel } from './calendar';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;

/** `monthsAhead`: delivery month counted from the month the demo is loaded. */
type TierSeed = { title: string; description: string; amountFen: number; quantity?: number; monthsAhead?: number };
type CampaignSeed = {
  project: { name: string; pitch: string; sectors: string[]; stage: 'IDEA' | 'PROTOTYPE' | 'MVP' | 'GROWTH' };
  owner: string;
  title: string;
  story: string;
  goalFen: number;
  minPledgeFen: number;
  durationDays: number;
  status: CampaignStatus;
  /** Days from now the campaign started (negative: in the past). */
  startOffset?: number;
  /** Share of the goal pledged, in percent. */
  fundedPct?: number;
  reviewNote?: string;
  tiers: TierSeed[];
  /** An answer may be made when the demo is loaded (it names delivery months). */
  faq?: { q: string; a: string | (() => string) }[];
};

const CAMPAIGNS: CampaignSeed[] = [
  {
    project: { name: '智能导盲杖', pitch: '用毫米波雷达和震动反馈，帮视障朋友避开前方障碍', sectors: ['HARDWARE', 'HEALTH', 'SOCIAL'], stage: 'PROTOTYPE' },
    owner: 'founder@demo.zcs.cn',
    title: '智能导盲杖：让每一步都更安心',
    story: '## 我们在做什么\n\n一根普通盲杖只能探到地面。我们的导盲杖在杖身加入**毫米波雷达**，能提前 2 米感知齐腰高的障碍（比如共享单车把手、树枝），并通过手柄震动提醒。\n\n## 进展\n\n- 已完成第三版原型，和上海市盲人协会的 12 位志愿者做了两个月测试\n- 续航 5 天，USB-C 充电\n- 通过第三方跌落与防水测试（IP54）\n\n## 资金用途\n\n80% 用于首批 300 根的模具和生产，20% 用于无障碍认证。',
    goalFen: 8_000_000,
    minPledgeFen: 1_000,
    durationDays: 30,
    status: 'LIVE',
    startOffset: -12,
    fundedPct: 64,
    tiers: [
      { title: '爱心支持', description: '感谢信 + 项目进展邮件', amountFen: 5_000 },
      { title: '早鸟版导盲杖', description: '首批量产导盲杖一根，早鸟价', amountFen: 29_900, quantity: 60, monthsAhead: 4 },
      { title: '标准版导盲杖', description: '量产导盲杖一根', amountFen: 39_900, monthsAhead: 5 },
      { title: '公益捐赠套装', description: '以你的名义向盲人协会捐赠两根', amountFen: 79_800, quantity: 30, monthsAhead: 5 },
    ],
    faq: [
      { q: '什么时候发货？', a: () => `早鸟版预计 ${monthLabel(monthAhead(4))}，标准版 ${monthLabel(monthAhead(5))}。` },
      { q: '众筹失败会扣款吗？', a: '不会。未达到目标时所有授权自动撤销。' },
    ],
  },
  {
    project: { name: '折叠电动滑板', pitch: '12 斤重、能塞进书包的校园代步滑板', sectors: ['HARDWARE'], stage: 'MVP' },
    owner: 'member01@demo.zcs.cn',
    title: '书包里的电动滑板',
    story: '## 校园代步新选择\n\n宿舍到教学楼 1.5 公里，走路 20 分钟，骑车找不到车位。我们做了一块 **12 斤重**、折叠后能放进书包的电动滑板。',
    goalFen: 5_000_000,
    minPledgeFen: 2_000,
    durationDays: 30,
    status: 'LIVE',
    startOffset: -28,
    fundedPct: 123,
    tiers: [
      { title: '早鸟滑板', description: '滑板一块', amountFen: 99_900, quantity: 40, monthsAhead: 3 },
      { title: '标准滑板', description: '滑板一块 + 备用电池', amountFen: 129_900, monthsAhead: 4 },
    ],
  },
  {
    project: { name: '桌面激光雕刻机', pitch: '给创客空间和中学实验室的安全型激光雕刻机', sectors: ['HARDWARE', 'EDTECH'], stage: 'PROTOTYPE' },
    owner: 'member04@demo.zcs.cn',
    title: '全封闭桌面激光雕刻机',
    story: '全封闭外壳、开盖自动断光，中学实验室也能放心使用。',
    goalFen: 12_000_000,
    minPledgeFen: 1_000,
    durationDays: 45,
    status: 'LIVE',
    startOffset: -2,
    fundedPct: 18,
    tiers: [
      { title: '雕刻体验包', description: '木片、亚克力耗材套装', amountFen: 19_900 },
      { title: '雕刻机（教育版）', description: '雕刻机一台 + 课程包', amountFen: 299_900, quantity: 20, monthsAhead: 6 },
    ],
  },
  {
    project: { name: '竹编文创灯', pitch: '把非遗竹编做成年轻人喜欢的台灯', sectors: ['CULTURE'], stage: 'GROWTH' },
    owner: 'member07@demo.zcs.cn',
    title: '非遗竹编台灯：手艺人的新订单',
    story: '和浙江安吉的竹编手艺人合作，每盏灯需要 6 小时手工编织。',
    goalFen: 3_000_000,
    minPledgeFen: 1_000,
    durationDays: 30,
    status: 'SUCCEEDED',
    startOffset: -35,
    fundedPct: 141,
    tiers: [
      { title: '竹编杯垫', description: '一套四片', amountFen: 8_800 },
      { title: '竹编台灯', description: '台灯一盏', amountFen: 45_800, quantity: 50, monthsAhead: 1 },
    ],
  },
  {
    project: { name: '宿舍智能种植箱', pitch: '在宿舍书桌上种生菜和香草', sectors: ['AGRI', 'GREEN'], stage: 'IDEA' },
    owner: 'member10@demo.zcs.cn',
    title: '书桌上的小菜园',
    story: 'LED 补光 + 自动浇水，四周收获一茬生菜。',
    goalFen: 6_000_000,
    minPledgeFen: 1_000,
    durationDays: 20,
    status: 'FAILED',
    startOffset: -30,
    fundedPct: 37,
    tiers: [{ title: '种植箱', description: '种植箱一台 + 三包种子', amountFen: 25_900, monthsAhead: 2 }],
  },
  {
    project: { name: 'AI 作文批改助手', pitch: '帮乡村老师批改作文，给出逐句建议', sectors: ['AI', 'EDTECH'], stage: 'MVP' },
    owner: 'member13@demo.zcs.cn',
    title: 'AI 作文批改：让乡村老师多睡一小时',
    story: '一位乡村语文老师每周要批改 200 篇作文。我们的助手给出逐句建议，老师只需确认。',
    goalFen: 4_000_000,
    minPledgeFen: 500,
    durationDays: 30,
    status: 'SUBMITTED',
    tiers: [{ title: '捐赠一所学校一年使用权', description: '', amountFen: 50_000 }],
  },
  {
    project: { name: '无障碍出行地图', pitch: '标注坡道、电梯和无障碍卫生间的出行地图', sectors: ['SOCIAL'], stage: 'IDEA' },
    owner: 'founder@demo.zcs.cn',
    title: '无障碍出行地图小程序',
    story: '（草稿）',
    goalFen: 2_000_000,
    minPledgeFen: 500,
    durationDays: 30,
    status: 'DRAFT',
    reviewNote: '请补充资金用途和交付计划。',
    tiers: [],
  },
  {
    project: { name: '社区旧衣回收柜', pitch: '扫码投递、按重量换积分的旧衣回收柜', sectors: ['GREEN', 'SOCIAL'], stage: 'PROTOTYPE' },
    owner: 'member16@demo.zcs.cn',
    title: '旧衣回收柜进社区',
    story: '首批 20 台回收柜将进入杨浦区的 10 个小区。',
    goalFen: 10_000_000,
    minPledgeFen: 1_000,
    durationDays: 30,
    status: 'APPROVED',
    startOffset: 3,
    tiers: [{ title: '环保帆布袋', description: '', amountFen: 6_900 }],
  },
  {
    project: { name: '校园咖啡车', pitch: '学生经营的流动咖啡车', sectors: ['COMMERCE'], stage: 'IDEA' },
    owner: 'member19@demo.zcs.cn',
    title: '学生咖啡车',
    story: '因场地审批未通过，团队取消了本次众筹。',
    goalFen: 3_000_000,
    minPledgeFen: 1_000,
    durationDays: 30,
    status: 'CANCELLED',
    startOffset: -8,
    fundedPct: 12,
    tiers: [{ title: '咖啡月卡', description: '', amountFen: 19_900 }],
  },
];

/** Deterministic pseudo-random numbers, so every seeded database looks the same. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Campaigns in every state on their own projects, with pledges spread over time. */
export async function seedCampaigns(db: Tx) {
  const users = await db.user.findMany({ where: { email: { endsWith: '@demo.zcs.cn' } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const backers = users.filter((u) => /^member\d\d@/.test(u.email) || u.email === 'investor@demo.zcs.cn').map((u) => u.id);
  const now = Date.now();
  const random = rng(20261122);
  const pledges: { id: string; campaignId: string; backerId: string; tierId: string | null; amountFen: number; status: 'AUTHORIZED' | 'CAPTURED' | 'VOIDED'; idempotencyKey: string; authorizationId: string; paymentMethod: 'WECHAT_PAY' | 'ALIPAY' | 'CARD'; shipName: string | null; shipPhone: string | null; shipAddress: string | null; createdAt: Date }[] = [];
  const payments: { id: string; kind: 'AUTHORIZE' | 'CAPTURE' | 'VOID'; idempotencyKey: string; parentId: string | null; amountFen: number; status: 'SUCCEEDED'; createdAt: Date }[] = [];
  const claimed = new Map<string, number>();

  for (const [index, c] of CAMPAIGNS.entries()) {
    // A project the projects seed already made keeps its own owner; the others are made here.
    const existing = await db.project.findFirst({
      where: { name: c.project.name },
      select: { id: true, members: { where: { role: 'OWNER' }, select: { userId: true } } },
    });
    const ownerId = existing?.members[0]?.userId ?? byEmail.get(c.owner);
    if (!ownerId) continue;
    const project =
      existing ?? (await db.project.create({ data: { ...c.project, description: c.story, members: { create: { userId: ownerId, role: 'OWNER' } } }, select: { id: true } }));
    const dated = c.startOffset !== undefined;
    const startsAt = dated ? new Date(now + c.startOffset! * DAY) : null;
    const endsAt = startsAt ? new Date(startsAt.getTime() + c.durationDays * DAY) : null;
    const closed = c.status === 'SUCCEEDED' || c.status === 'FAILED' || c.status === 'CANCELLED';
    const closedAt = c.status === 'CANCELLED' ? new Date(now - 2 * DAY) : closed ? endsAt : null;
    const campaignId = createId();
    const tiers = c.tiers.map((t, position) => ({ id: createId(), campaignId, title: t.title, description: t.description, amountFen: t.amountFen, quantity: t.quantity ?? null, deliveryMonth: t.monthsAhead === undefined ? null : monthAhead(t.monthsAhead), shipsPhysical: t.monthsAhead !== undefined, position }));
    await db.campaign.create({
      data: {
        id: campaignId,
        projectId: project.id,
        createdById: ownerId,
        title: c.title,
        story: c.story,
        goalFen: c.goalFen,
        minPledgeFen: c.minPledgeFen,
        durationDays: c.durationDays,
        startsAt,
        endsAt: c.status === 'DRAFT' || c.status === 'SUBMITTED' ? null : endsAt,
        faq: (c.faq ?? []).map(({ q, a }) => ({ q, a: typeof a === 'function' ? a() : a })),
        status: c.status,
        reviewNote: c.reviewNote ?? null,
        submittedAt: c.status === 'DRAFT' ? null : new Date(now - (20 + index) * DAY),
        closedAt,
        settledAt: closed ? closedAt : null,
        createdAt: new Date(now - (40 + index) * DAY),
      },
    });
    if (tiers.length) await db.rewardTier.createMany({ data: tiers });

    // Pledges until the target share of the goal, spread from the start to now (or the end).
    if (!c.fundedPct || !startsAt || !endsAt) continue;
    const target = Math.floor((c.goalFen * c.fundedPct) / 100);
    const until = Math.min(now - 60_000, (closedAt ?? endsAt).getTime());
    let total = 0;
    let n = 0;
    while (total < target) {
      const pickTier = tiers.length > 0 && random() < 0.75;
      const tier = pickTier ? tiers[Math.floor(random() * tiers.length)] : null;
      if (tier && tier.quantity !== null && (claimed.get(tier.id) ?? 0) >= tier.quantity) continue;
      const amountFen = tier ? tier.amountFen : c.minPledgeFen * (1 + Math.floor(random() * 20));
      if (tier) claimed.set(tier.id, (claimed.get(tier.id) ?? 0) + 1);
      // Later pledges are denser: campaigns gather speed.
      const at = new Date(startsAt.getTime() + Math.sqrt(random()) * (until - startsAt.getTime()));
      // Each campaign draws from its own circle of backers, so counts differ between campaigns.
      const circle = Math.min(backers.length, 9 + index * 4);
      const backerId = backers[(n * 7 + index * 5) % circle];
      const pledgeId = createId();
      const authId = createId();
      const key = `seed-${index}-${n}`;
      const status = c.status === 'SUCCEEDED' ? 'CAPTURED' : c.status === 'FAILED' || c.status === 'CANCELLED' ? 'VOIDED' : 'AUTHORIZED';
      // Physical rewards (those with a delivery month) ship to a demo address.
      const ship = tier?.shipsPhysical ? { shipName: '演示收件人', shipPhone: '13800138000', shipAddress: '上海市杨浦区国定路 335 号' } : { shipName: null, shipPhone: null, shipAddress: null };
      const paymentMethod = (['WECHAT_PAY', 'ALIPAY', 'CARD'] as const)[n % 3];
      pledges.push({ id: pledgeId, campaignId, backerId, tierId: tier?.id ?? null, amountFen, status, idempotencyKey: key, authorizationId: authId, paymentMethod, ...ship, createdAt: at });
      payments.push({ id: authId, kind: 'AUTHORIZE', idempotencyKey: `authorize:${backerId}:${key}`, parentId: null, amountFen, status: 'SUCCEEDED', createdAt: at });
      if (status === 'CAPTURED') payments.push({ id: createId(), kind: 'CAPTURE', idempotencyKey: `capture:${pledgeId}`, parentId: authId, amountFen, status: 'SUCCEEDED', createdAt: closedAt! });
      if (status === 'VOIDED') payments.push({ id: createId(), kind: 'VOID', idempotencyKey: `void:${pledgeId}`, parentId: authId, amountFen: 0, status: 'SUCCEEDED', createdAt: closedAt! });
      total += amountFen;
      n++;
    }
  }

  await db.sandboxPayment.createMany({ data: payments });
  await db.pledge.createMany({ data: pledges });
  for (const [id, count] of claimed) await db.rewardTier.update({ where: { id }, data: { claimed: count } });
  console.log(`[seed] campaigns        ${CAMPAIGNS.length} campaigns, ${pledges.length} pledges`);
}
