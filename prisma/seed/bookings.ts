import type { Tx } from '@/lib/db';
import type { BookingStatus, ResourceKind } from '@/lib/generated/prisma/enums';
import { KIND_DEFAULTS } from '@/lib/bookings/rules';
import { addDays, localDateKey, zonedInstant } from '@/lib/bookings/time';

/** The demo's one space; later seed steps find it by this name (a database may hold other spaces). */
export const DEMO_SPACE_NAME = '众创空间 · 杨浦园区';

const TZ = 'Asia/Shanghai';

type R = { name: string; kind: ResourceKind; zone: string; capacity?: number; description: string; cert?: boolean };

const RESOURCES: R[] = [
  ...['A01', 'A02', 'A03', 'A04'].map((n) => ({ name: `工位 ${n}`, kind: 'HOT_DESK' as const, zone: '2F · A 区', description: '靠窗流动工位，配显示器与插座。' })),
  ...['B01', 'B02'].map((n) => ({ name: `工位 ${n}`, kind: 'HOT_DESK' as const, zone: '2F · B 区', description: '安静区流动工位。' })),
  { name: '固定工位 C01', kind: 'FIXED_DESK', zone: '3F · C 区', description: '按周租用的固定工位，带储物柜。' },
  { name: '会议室「问天」', kind: 'MEETING_ROOM', zone: '3F', capacity: 8, description: '8 人会议室，配 75 寸屏幕与白板。' },
  { name: '会议室「梦天」', kind: 'MEETING_ROOM', zone: '3F', capacity: 4, description: '4 人小会议室，适合路演彩排。' },
  { name: '激光切割机', kind: 'EQUIPMENT', zone: '1F · 创客工坊', description: '60W CO₂ 激光切割机，可切割亚克力、木板。', cert: true },
  { name: '3D 打印机', kind: 'EQUIPMENT', zone: '1F · 创客工坊', description: 'FDM 3D 打印机，PLA / PETG。' },
  { name: 'CNC 雕刻机', kind: 'EQUIPMENT', zone: '1F · 创客工坊', description: '桌面 CNC，可加工铝、木材。', cert: true },
  { name: '木工区', kind: 'WORKSHOP_AREA', zone: '1F · 创客工坊', capacity: 6, description: '台锯、电钻与手工工具。' },
];

/** The Yangpu space, its resources, a laser-safety certification and a week of bookings around today. */
export async function seedBookings(db: Tx) {
  const hours = [...Array(5).fill({ open: '08:00', close: '22:00' }), { open: '09:00', close: '18:00' }, { open: '09:00', close: '18:00' }];
  const space = await db.space.create({ data: { name: DEMO_SPACE_NAME, address: '上海市杨浦区国定路 335 号', timeZone: TZ, openingHours: hours } });
  const cert = await db.certification.create({ data: { name: '激光切割安全培训', description: '激光切割机与 CNC 的安全操作培训，约 2 小时。' } });
  await db.resource.createMany({
    data: RESOURCES.map((r) => ({
      spaceId: space.id,
      kind: r.kind,
      name: r.name,
      zone: r.zone,
      capacity: r.capacity ?? 1,
      description: r.description,
      ...KIND_DEFAULTS[r.kind],
      ...(r.cert ? { requiredCertificationId: cert.id } : {}),
    })),
  });
  const resources = await db.resource.findMany({ where: { spaceId: space.id }, orderBy: { name: 'asc' } });
  const users = await db.user.findMany({ where: { email: { endsWith: '@demo.zcs.cn' } }, orderBy: { email: 'asc' }, select: { id: true, email: true } });
  const members = users.filter((u) => u.email.startsWith('member') || u.email === 'founder@demo.zcs.cn');
  const certified = [...users.filter((u) => /^member0[1-6]@/.test(u.email)), ...users.filter((u) => u.email === 'founder@demo.zcs.cn')];
  const operator = users.find((u) => u.email === 'operator@demo.zcs.cn');
  await db.userCertification.createMany({ data: certified.map((u) => ({ userId: u.id, certificationId: cert.id, ...(operator ? { grantedById: operator.id } : {}) })) });

  // Bookings from five days ago to five days ahead, at fixed local hours so they never overlap.
  const today = localDateKey(new Date(), TZ);
  const now = Date.now();
  const rows: { resourceId: string; userId: string; startsAt: Date; endsAt: Date; blockedUntil: Date; status: BookingStatus; checkedInAt?: Date; note: string }[] = [];
  let k = 0;
  for (let d = -5; d <= 5; d++) {
    const day = addDays(today, d);
    for (const [i, r] of resources.entries()) {
      const slots = r.kind === 'HOT_DESK' ? [['09:00', '17:00']] : r.kind === 'FIXED_DESK' ? [['09:00', '13:00']] : r.kind === 'MEETING_ROOM' ? [['10:00', '11:00'], ['14:00', '15:30']] : [['10:00', '12:00'], ['15:00', '16:00']];
      for (const [j, [from, to]] of slots.entries()) {
        if ((i + j + d + 7) % 3 === 0) continue; // leave gaps
        const user = members[k++ % members.length];
        const startsAt = zonedInstant(day, from, TZ);
        const endsAt = zonedInstant(day, to, TZ);
        const ended = endsAt.getTime() < now;
        const started = startsAt.getTime() < now;
        const status: BookingStatus = ended ? (k % 9 === 0 ? 'NO_SHOW' : 'COMPLETED') : started ? 'CHECKED_IN' : r.requiresApproval && k % 2 === 0 ? 'PENDING' : 'CONFIRMED';
        rows.push({
          resourceId: r.id,
          userId: user.id,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + r.bufferMinutes * 60_000),
          status,
          ...(status === 'CHECKED_IN' || status === 'COMPLETED' ? { checkedInAt: startsAt } : {}),
          note: r.kind === 'MEETING_ROOM' ? '项目周会' : '',
        });
      }
    }
  }
  // 30 days of history for the occupancy chart.
  for (let d = -30; d < -5; d++) {
    const day = addDays(today, d);
    for (const [i, r] of resources.entries()) {
      if ((i + d + 30) % 2 === 0) continue;
      const startsAt = zonedInstant(day, r.kind === 'HOT_DESK' ? '09:00' : '10:00', TZ);
      const endsAt = zonedInstant(day, r.kind === 'HOT_DESK' ? `${String(12 + ((i + d + 40) % 5)).padStart(2, '0')}:00` : '12:00', TZ);
      rows.push({ resourceId: r.id, userId: members[k++ % members.length].id, startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + r.bufferMinutes * 60_000), status: 'COMPLETED', checkedInAt: startsAt, note: '' });
    }
  }
  await db.booking.createMany({ data: rows });

  // The CNC goes into maintenance tomorrow afternoon; the booking inside it shows up for the operator.
  const cnc = resources.find((r) => r.name.startsWith('CNC'));
  if (cnc) {
    await db.maintenanceBlock.create({
      data: { resourceId: cnc.id, startsAt: zonedInstant(addDays(today, 1), '14:00', TZ), endsAt: zonedInstant(addDays(today, 1), '17:00', TZ), reason: '更换主轴轴承', ...(operator ? { createdById: operator.id } : {}) },
    });
  }
  await db.spaceClosure.create({ data: { spaceId: space.id, startDate: new Date(`${addDays(today, 40)}T00:00:00Z`), endDate: new Date(`${addDays(today, 42)}T00:00:00Z`), reason: '园区设备检修' } });
  console.log(`[seed] bookings         ${rows.length} bookings on ${resources.length} resources`);
}
