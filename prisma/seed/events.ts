import { createId } from '@paralleldrive/cuid2';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EventFormat, EventKind, EventStatus } from '@/lib/generated/prisma/enums';
import { addDays, localDateKey, zonedInstant } from '@/lib/bookings/time';
import { progress } from './progress';
import { chineseMonth, seasonName } from './calendar';

const TZ = 'Asia/Shanghai';
const DAY = 24 * 3600 * 1000;
const m = (n: number) => `member${String(n).padStart(2, '0')}@demo.zcs.cn`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => m(from + i));

type SeedEvent = {
  /** Text, or made from the start so names like "十一月" fit the day the demo is loaded. */
  title: string | ((startsAt: Date) => string);
  summary: string;
  description: string;
  kind: EventKind;
  format?: EventFormat;
  /** Local days from today and wall-clock times in the space's zone. */
  day: number;
  from: string;
  to: string;
  endDay?: number;
  location: string;
  capacity: number | null;
  status?: EventStatus;
  cancelReason?: string;
  /** Grants the space's laser-cutting certification on check-in. */
  laserCert?: boolean;
  registrants?: string[];
  /** Past events: who was checked in (the rest of the registrants did not come). */
  attended?: string[];
  cancelledBy?: string[];
};

const EVENTS: SeedEvent[] = [
  {
    title: '激光切割安全培训（第 12 期）',
    summary: '上机前必修：设备原理、材料禁忌、急停与消防。签到后获得激光切割安全认证。',
    description:
      '## 培训内容\n\n1. CO₂ 激光切割机的原理与结构\n2. **可切 / 禁切材料**：PVC、含氯材料一律禁止\n3. 对焦、功率与速度设置\n4. 急停、排烟与灭火器使用\n5. 上机实操：每人切一块亚克力铭牌\n\n## 须知\n\n- 请穿长袖、不穿拖鞋，长发需扎起\n- 全程约 2 小时，签到后由运营在系统中授予认证',
    kind: 'TRAINING', day: -10, from: '14:00', to: '16:00', location: '1F · 创客工坊', capacity: 12, laserCert: true,
    registrants: [...range(7, 16), 'intl1@demo.zcs.cn'], attended: [...range(7, 14), 'intl1@demo.zcs.cn'],
  },
  {
    title: '焊接与电子装配基础培训',
    summary: '烙铁、热风枪和万用表的正确用法，做一块能亮的 LED 小板。',
    description: '## 你将学会\n\n- 通孔与贴片元件焊接\n- 常见虚焊、连锡的排查\n- 用万用表测通断与电压\n\n材料由空间提供，结束后作品可以带走。',
    kind: 'TRAINING', day: -20, from: '19:00', to: '21:00', location: '1F · 电子工作台', capacity: 16,
    registrants: range(17, 30), attended: range(17, 27),
  },
  {
    title: (startsAt: Date) => `创客交流夜 · ${chineseMonth(startsAt)}`,
    summary: '五分钟闪电分享 + 自由交流，带上你的半成品。',
    description: '每月一次的创客聚会。**闪电分享**每人 5 分钟，主题不限：做了什么、卡在哪里、需要什么帮助。现场有茶歇。',
    kind: 'MEETUP', day: -3, from: '19:00', to: '21:00', location: '2F · 开放区', capacity: 40,
    registrants: [...range(1, 18), 'founder@demo.zcs.cn', 'member@demo.zcs.cn'], attended: [...range(1, 12), 'founder@demo.zcs.cn', 'member@demo.zcs.cn'],
  },
  {
    title: '大学生创业扶持政策解读',
    summary: '杨浦区创业补贴、场地减免、担保贷款，一次讲清楚怎么申请。',
    description: '由区人社局创业指导专家主讲：\n\n- 一次性创业补贴的条件与材料\n- 创业场地房租补贴\n- 创业担保贷款与贴息\n\n最后 20 分钟现场答疑。',
    kind: 'TALK', format: 'ONLINE', day: 2, from: '12:00', to: '13:00', location: '腾讯会议（报名后在活动页查看会议号）', capacity: 200,
    registrants: [...range(20, 31), 'founder@demo.zcs.cn'],
  },
  {
    title: '3D 打印入门培训',
    summary: '从建模到切片再到上机打印，两小时打出你的第一个零件。',
    description:
      '## 议程\n\n| 时间 | 内容 |\n| --- | --- |\n| 19:00 | FDM 打印原理与材料（PLA / PETG） |\n| 19:30 | Tinkercad 快速建模 |\n| 20:00 | Cura 切片参数 |\n| 20:30 | 上机打印与取件 |\n\n请自带笔记本电脑。完成培训后可以预约空间的 3D 打印机。',
    kind: 'TRAINING', day: 3, from: '19:00', to: '21:00', location: '1F · 创客工坊', capacity: 15,
    registrants: range(1, 9),
  },
  {
    title: '木工区安全培训',
    summary: '台锯、电钻与手工工具的安全操作。',
    description: '木工区上机前的安全培训。',
    kind: 'TRAINING', day: 4, from: '14:00', to: '16:00', location: '1F · 木工区', capacity: 8, status: 'CANCELLED',
    cancelReason: '讲师临时出差，本期取消，改期后会重新发布，请留意活动页。', registrants: range(30, 34),
  },
  {
    title: '知识产权与专利讲座',
    summary: '专利、商标、软著怎么选？初创团队最容易踩的坑。',
    description: '主讲：某知识产权代理所合伙人、专利代理师。\n\n- 发明、实用新型与外观设计专利的区别\n- 商标注册的时机与类别\n- 软件著作权登记流程\n- 案例：一个智能硬件团队的专利布局',
    kind: 'TALK', day: 5, from: '19:00', to: '20:30', location: '3F · 会议室「问天」旁多功能厅', capacity: 80,
    registrants: [...range(10, 21), 'founder@demo.zcs.cn', 'member@demo.zcs.cn', 'mentor@demo.zcs.cn'],
  },
  {
    title: '激光切割安全培训（第 13 期）',
    summary: '上机前必修，签到后获得激光切割安全认证。本期名额已满。',
    description: '内容同第 12 期：原理、材料禁忌、参数设置、急停与消防，最后上机实操。',
    kind: 'TRAINING', day: 6, from: '14:00', to: '16:00', location: '1F · 创客工坊', capacity: 10, laserCert: true,
    registrants: [...range(15, 23), 'intl2@demo.zcs.cn'], cancelledBy: [m(24)],
  },
  {
    title: 'Pitch Deck Clinic: telling your story in English',
    summary: 'Bring your deck; get line-by-line feedback from a mentor who has pitched in Shanghai and Singapore.',
    description: 'An online clinic for teams preparing for the Demo Day or international competitions.\n\n- Ten-slide structure that investors expect\n- Turning features into a problem–solution story\n- Live feedback on three volunteer decks\n\n中英双语进行，欢迎旁听。',
    kind: 'WORKSHOP', format: 'ONLINE', day: 9, from: '20:00', to: '21:30', location: 'Zoom / 腾讯会议', capacity: null,
    registrants: ['intl1@demo.zcs.cn', 'intl2@demo.zcs.cn', 'intl3@demo.zcs.cn', 'founder@demo.zcs.cn', m(5)],
  },
  {
    title: 'Arduino 传感器工作坊',
    summary: '温湿度、光照和超声波传感器，一个下午做出你的桌面气象站。',
    description: '适合零基础。每两人一套开发板和传感器，空间提供。\n\n**需要**：一台能装 Arduino IDE 的电脑。',
    kind: 'WORKSHOP', day: 10, from: '14:00', to: '17:00', location: '1F · 电子工作台', capacity: 20,
    registrants: range(25, 33),
  },
  {
    title: (startsAt: Date) => `创业路演日 · ${seasonName(startsAt)}`,
    summary: '十支入孵团队登台路演，投资人与导师现场点评。',
    description: '## 流程\n\n- 13:30 签到\n- 14:00 开场致辞\n- 14:15 十支团队路演（每队 7 分钟 + 5 分钟问答）\n- 16:30 评委点评与自由交流\n\n欢迎所有成员到场观摩，为你看好的项目投票。',
    kind: 'DEMO_DAY', day: 14, from: '13:30', to: '17:30', location: '2F · 路演厅', capacity: 120,
    registrants: [...range(1, 20), 'investor@demo.zcs.cn', 'mentor@demo.zcs.cn', 'founder@demo.zcs.cn'],
  },
  {
    title: 'AI 硬件黑客松',
    summary: '36 小时，用大模型 + 传感器做一个能用的硬件原型。',
    description: '## 规则\n\n- 2–4 人组队，可现场组队\n- 提供开发板、摄像头模组与算力额度\n- 周日 18:00 提交演示视频，评委现场打分\n\n## 奖项\n\n一等奖一名：入孵绿色通道 + 创客工坊一个月免费使用。',
    kind: 'HACKATHON', day: 21, from: '09:00', endDay: 22, to: '18:00', location: '2F · 开放区', capacity: 60,
    registrants: [...range(2, 16), 'intl3@demo.zcs.cn'],
  },
  {
    title: '用户访谈方法工作坊',
    summary: '草稿：讲师与时间待定。',
    description: '如何设计访谈提纲、避免引导性问题、整理洞察。',
    kind: 'WORKSHOP', day: 30, from: '14:00', to: '16:30', location: '3F · 会议室「梦天」', capacity: 12, status: 'DRAFT',
  },
];

/** About a dozen events around today: past ones with check-ins, upcoming ones with registrations. */
export async function seedEvents(db: Tx) {
  const space = await db.space.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } });
  const laser = await db.certification.findFirst({ where: { name: '激光切割安全培训' }, select: { id: true } });
  const users = await db.user.findMany({ where: { email: { endsWith: '@demo.zcs.cn' } }, select: { id: true, email: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const uid = (email: string) => {
    const id = idOf.get(email);
    if (!id) throw new Error(`seed: no user ${email}`);
    return id;
  };
  const organizerId = uid('operator@demo.zcs.cn');
  const today = localDateKey(new Date(), TZ);
  const bar = progress('events', EVENTS.length);

  for (const [i, e] of EVENTS.entries()) {
    const id = createId();
    const startsAt = zonedInstant(addDays(today, e.day), e.from, TZ);
    const endsAt = zonedInstant(addDays(today, e.endDay ?? e.day), e.to, TZ);
    const status = e.status ?? 'PUBLISHED';
    const registrants = e.registrants ?? [];
    const created = new Date(startsAt.getTime() - 14 * DAY);
    const certificationId = e.laserCert && laser ? laser.id : null;
    await db.event.create({
      data: {
        id,
        spaceId: e.format === 'ONLINE' ? null : (space?.id ?? null),
        organizerId,
        title: typeof e.title === 'function' ? e.title(startsAt) : e.title,
        summary: e.summary,
        description: e.description,
        kind: e.kind,
        format: e.format ?? 'ON_SITE',
        location: e.location,
        startsAt,
        endsAt,
        capacity: e.capacity,
        seatsTaken: registrants.length,
        status,
        certificationId,
        createdAt: created,
        ...(status !== 'DRAFT' ? { publishedAt: created } : {}),
        ...(status === 'CANCELLED' ? { cancelReason: e.cancelReason, cancelledAt: new Date(Math.min(Date.now(), startsAt.getTime()) - DAY) } : {}),
      },
    });
    const attended = new Set(e.attended ?? []);
    const rows: Prisma.EventRegistrationCreateManyInput[] = [
      ...(e.cancelledBy ?? []).map((email, k) => ({ eventId: id, userId: uid(email), status: 'CANCELLED' as const, cancelledAt: new Date(created.getTime() + 3 * DAY), createdAt: new Date(created.getTime() + DAY + k * 60_000) })),
      ...registrants.map((email, k) => ({
        eventId: id,
        userId: uid(email),
        createdAt: new Date(created.getTime() + DAY + (k + 1) * 3_600_000),
        ...(attended.has(email) ? { status: 'ATTENDED' as const, attendedAt: new Date(startsAt.getTime() + 10 * 60_000), markedById: organizerId } : { status: 'REGISTERED' as const }),
      })),
    ];
    if (rows.length) await db.eventRegistration.createMany({ data: rows });
    if (certificationId && attended.size) {
      await db.userCertification.createMany({ data: [...attended].map((email) => ({ userId: uid(email), certificationId, grantedById: organizerId })), skipDuplicates: true });
    }
    bar.tick(i + 1);
  }
  bar.done();
}
