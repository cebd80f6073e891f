import type { Tx } from '@/lib/db';
import { DEMO_SPACE_NAME } from './bookings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Seeded = {
  resource: string | null;
  category: string;
  reporter: string;
  anonymous?: boolean;
  description: string;
  location?: string;
  /** Hours before load time. */
  ago: number;
  status: 'NEW' | 'CONFIRMED' | 'IN_PROGRESS' | 'FIXED' | 'WONT_FIX';
  /** Hours after the report at which it was fixed (FIXED only). */
  fixedAfter?: number;
  supporters?: string[];
  notes?: string[];
};

const REPORTS: Seeded[] = [
  { resource: '3D 打印机', category: 'fc_machine', reporter: 'member@demo.zcs.cn', description: '喷头堵塞，打印到一半就不出料，换了两卷 PLA 都一样。', location: '1F · 创客工坊', ago: 26, status: 'IN_PROGRESS', supporters: ['member01@demo.zcs.cn', 'member02@demo.zcs.cn'], notes: ['已确认，喷头需拆洗。', '已拆下喷头清洗，预计明天装回。'] },
  { resource: null, category: 'fc_network', reporter: 'intl1@demo.zcs.cn', anonymous: true, description: 'The 3F Wi-Fi (ZCS-Members) keeps dropping every afternoon around 3 pm; video calls freeze for a minute or two.', location: '3F · C 区', ago: 8, status: 'CONFIRMED', supporters: ['member03@demo.zcs.cn', 'intl2@demo.zcs.cn', 'member04@demo.zcs.cn'], notes: ['Confirmed — we see the access point rebooting in the logs.'] },
  { resource: '会议室「问天」', category: 'fc_facility', reporter: 'founder@demo.zcs.cn', description: 'HDMI 线接上屏幕没有信号，换了转接头也不行，路演彩排只能用小会议室。', location: '3F', ago: 3, status: 'NEW' },
  { resource: 'CNC 雕刻机', category: 'fc_machine', reporter: 'member05@demo.zcs.cn', description: '主轴转速上不去，加工铝件时有异响。', location: '1F · 创客工坊', ago: 12 * 24, status: 'FIXED', fixedAfter: 30, notes: ['更换了主轴皮带。'] },
  { resource: '激光切割机', category: 'fc_safety', reporter: 'intl3@demo.zcs.cn', description: 'The exhaust fan of the laser cutter was not running; there was a strong smell after cutting acrylic.', location: '1F · 创客工坊', ago: 20 * 24, status: 'FIXED', fixedAfter: 6, notes: ['Fan capacitor replaced, exhaust tested.'] },
  { resource: null, category: 'fc_facility', reporter: 'member06@demo.zcs.cn', description: '二楼女卫生间的烘手机坏了。', location: '2F', ago: 5 * 24, status: 'WONT_FIX', notes: ['物业负责，已转告物业并张贴提示。'] },
];

/** A few fault reports around load time: open ones in triage, fixed ones with their out-of-service history. */
export async function seedFaults(db: Tx): Promise<void> {
  const now = Date.now();
  const space = await db.space.findFirstOrThrow({ where: { name: DEMO_SPACE_NAME } });
  const operator = await db.user.findUniqueOrThrow({ where: { email: 'operator@demo.zcs.cn' } });
  const users = new Map((await db.user.findMany({ where: { email: { endsWith: '@demo.zcs.cn' } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const categories = new Map((await db.faultCategory.findMany()).map((c) => [c.id, c]));
  for (const r of REPORTS) {
    const reporterId = users.get(r.reporter);
    if (!reporterId) continue;
    const resource = r.resource ? await db.resource.findFirst({ where: { spaceId: space.id, name: r.resource } }) : null;
    const createdAt = new Date(now - r.ago * HOUR);
    const category = categories.get(r.category)!;
    const fixedAt = r.status === 'FIXED' ? new Date(createdAt.getTime() + (r.fixedAfter ?? 24) * HOUR) : null;
    const supporters = (r.supporters ?? []).map((e) => users.get(e)).filter((id): id is string => !!id);
    const fault = await db.faultReport.create({
      data: {
        spaceId: space.id,
        resourceId: resource?.id ?? null,
        categoryId: category.id,
        reporterId,
        anonymous: r.anonymous ?? false,
        description: r.description,
        location: r.location ?? '',
        status: r.status,
        assigneeId: r.status === 'NEW' ? null : operator.id,
        expectedFixAt: new Date(createdAt.getTime() + category.targetHours * HOUR),
        fixedAt,
        closedAt: r.status === 'WONT_FIX' ? new Date(createdAt.getTime() + 4 * HOUR) : null,
        verifiedAt: fixedAt ? new Date(fixedAt.getTime() + 2 * DAY + HOUR) : null,
        verifyAskedAt: fixedAt ? new Date(fixedAt.getTime() + 2 * DAY) : null,
        confirmationCount: supporters.length,
        createdAt,
        confirmations: { create: supporters.map((userId) => ({ userId, createdAt: new Date(createdAt.getTime() + HOUR) })) },
      },
    });
    const events: { kind: 'REPORTED' | 'STATUS' | 'OUT_OF_SERVICE' | 'BACK_IN_SERVICE' | 'VERIFIED'; actorId: string; fromStatus?: 'NEW' | 'CONFIRMED' | 'IN_PROGRESS'; toStatus?: Seeded['status']; note?: string; at: Date }[] = [
      { kind: 'REPORTED', actorId: reporterId, toStatus: 'NEW', at: createdAt },
    ];
    const notes = r.notes ?? [];
    if (r.status === 'CONFIRMED' || r.status === 'IN_PROGRESS' || r.status === 'FIXED') events.push({ kind: 'STATUS', actorId: operator.id, fromStatus: 'NEW', toStatus: 'CONFIRMED', note: notes[0] ?? '', at: new Date(createdAt.getTime() + 2 * HOUR) });
    if (r.status === 'IN_PROGRESS') events.push({ kind: 'STATUS', actorId: operator.id, fromStatus: 'CONFIRMED', toStatus: 'IN_PROGRESS', note: notes[1] ?? '', at: new Date(createdAt.getTime() + 5 * HOUR) });
    if (r.status === 'WONT_FIX') events.push({ kind: 'STATUS', actorId: operator.id, fromStatus: 'NEW', toStatus: 'WONT_FIX', note: notes[0] ?? '', at: new Date(createdAt.getTime() + 4 * HOUR) });
    if (fixedAt && resource) {
      // The machine was out of service from confirmation to the fix: part of its 90-day availability.
      const from = new Date(createdAt.getTime() + 2 * HOUR);
      await db.maintenanceBlock.create({ data: { resourceId: resource.id, startsAt: from, endsAt: fixedAt, reason: `${category.nameZh} / ${category.nameEn}`, createdById: operator.id, createdAt: from } });
      events.push({ kind: 'OUT_OF_SERVICE', actorId: operator.id, at: from });
      events.push({ kind: 'STATUS', actorId: operator.id, fromStatus: 'CONFIRMED', toStatus: 'FIXED', note: notes.at(-1) ?? '', at: fixedAt });
      events.push({ kind: 'BACK_IN_SERVICE', actorId: operator.id, at: fixedAt });
      events.push({ kind: 'VERIFIED', actorId: reporterId, at: new Date(fixedAt.getTime() + 2 * DAY + HOUR) });
    }
    await db.faultEvent.createMany({ data: events.map((e) => ({ faultId: fault.id, actorId: e.actorId, kind: e.kind, fromStatus: e.fromStatus ?? null, toStatus: e.toStatus ?? null, note: e.note ?? '', createdAt: e.at })) });
    if (r.status !== 'NEW' && r.status !== 'WONT_FIX') {
      await db.pointsEntry.createMany({ data: [{ userId: reporterId, points: 10, source: 'FAULT_REPORT', sourceKey: `fault:${fault.id}`, note: 'fault report confirmed', createdAt: new Date(createdAt.getTime() + 2 * HOUR) }], skipDuplicates: true });
    }
  }
}
