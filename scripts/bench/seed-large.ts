/**
 * The benchmark's large data set, added on top of the demo seed with set-based SQL
 * (INSERT ... SELECT over generate_series), so 300,000+ rows load in a couple of minutes on a
 * two-core machine. Row rules and the booking overlap trigger stay on: the data passes the
 * same checks as the app's writes. Deterministic: the same ids and spread on every run.
 */
import { KIND_DEFAULTS } from '@/lib/bookings/rules';
import type { ResourceKind } from '@/lib/generated/prisma/enums';
import pg from 'pg';
import { progress } from '../../prisma/seed/progress';

export const LARGE = {
  users: 20_000,
  projects: 3_000,
  campaigns: 1_000,
  pledges: 100_000,
  resources: 300,
  bookings: 200_000,
  tasks: 20_000,
  events: 500,
} as const;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田', '董', '潘', '袁', '蔡', '蒋', '余', '于'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '文', '华', '鑫', '宇', '浩', '晨', '欣', '佳', '思', '雨', '子', '轩', '涵', '博', '睿', '怡', '梓', '嘉', '俊', '航', '一', '诺', '天', '然', '可', '心', '泽', '瑶'];
const SCHOOLS = ['复旦大学', '同济大学', '上海交通大学', '华东师范大学', '上海财经大学', '上海大学', '东华大学', '华东理工大学', '上海理工大学', '浙江大学', '南京大学', '中国科学技术大学'];
const SKILLS = ['前端开发', '后端开发', '硬件设计', '嵌入式', '工业设计', 'UI 设计', '市场营销', '财务', '数据分析', '机器学习', '3D 建模', '视频剪辑'];
const P_PREFIX = ['智慧', '绿色', '云端', '校园', '社区', '乡村', '银发', '星火', '轻量', '开源', '量子', '柔性', '微光', '青禾', '匠心', '极简', '深蓝', '初心', '万物', '数字'];
const P_CORE = ['农业', '物流', '养老', '教育', '医疗', '能源', '零售', '文旅', '出行', '制造', '环保', '宠物', '咖啡', '非遗', '心理', '法律', '招聘', '健身', '回收', '安防', '水务', '家居', '音乐', '阅读', '社交'];
const P_SUFFIX = ['助手', '平台', '实验室', '工坊', '盒子', '计划', '引擎', '地图', '管家', '联盟'];
const SECTORS = ['hardware', 'software', 'ai', 'education', 'health', 'agriculture', 'culture', 'sustainability', 'fintech', 'consumer'];
const PARTNERS = ['杨浦区科委', '五角场街道', '同济设计创意学院', '复旦学生创业中心', '上海图书馆'];
const SPACES = [
  { name: '众创空间 · 张江园区', address: '上海市浦东新区张江路 665 号', zone: 'Asia/Shanghai' },
  { name: '众创空间 · 漕河泾园区', address: '上海市徐汇区宜山路 700 号', zone: 'Asia/Shanghai' },
  { name: '众创空间 · 紫竹园区', address: '上海市闵行区东川路 555 号', zone: 'Asia/Shanghai' },
  { name: '众创空间 · 杭州滨江', address: '杭州市滨江区网商路 699 号', zone: 'Asia/Shanghai' },
];

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[]`;
/** A stable, URL-safe id for row n of a kind (the app's ids are random strings too). */
const id = (prefix: string, expr: string) => `'${prefix}' || substr(md5('${prefix}' || (${expr})::text), 1, 24)`;

type Step = { label: string; run: (c: pg.Client) => Promise<number> };

async function count(c: pg.Client, table: string, where = 'TRUE'): Promise<number> {
  const { rows } = await c.query(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`);
  return rows[0].n;
}

const steps: Step[] = [
  {
    label: 'users',
    async run(c) {
      const missing = LARGE.users - (await count(c, 'User'));
      const { rows } = await c.query(`SELECT "passwordHash" FROM "User" WHERE email = 'member@demo.zcs.cn'`);
      await c.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", organization, skills, bio, "createdAt", "updatedAt")
         SELECT ${id('u', 'g')}, 'member' || g || '@bench.zcs.cn',
                (${sqlArray(SURNAMES)})[1 + g % 40] || (${sqlArray(GIVEN)})[1 + (g / 40) % 50]
                  || CASE WHEN g % 3 = 0 THEN (${sqlArray(GIVEN)})[1 + (g / 7) % 50] ELSE '' END,
                $1, (${sqlArray(SCHOOLS)})[1 + g % 12],
                ARRAY[(${sqlArray(SKILLS)})[1 + g % 12], (${sqlArray(SKILLS)})[1 + (g / 12) % 12]],
                '', now() - (g % 700) * interval '1 day', now()
           FROM generate_series(1, $2::int) g`,
        [rows[0]?.passwordHash ?? 'x', missing],
      );
      await c.query(`INSERT INTO "UserRole" ("userId", role) SELECT id, 'ENTREPRENEUR' FROM "User" WHERE email LIKE '%@bench.zcs.cn'`);
      await c.query(`INSERT INTO "UserRole" ("userId", role) SELECT id, 'MENTOR' FROM "User" WHERE email LIKE '%@bench.zcs.cn' AND abs(hashtext(id)::bigint) % 25 = 0`);
      await c.query(`INSERT INTO "UserRole" ("userId", role) SELECT id, 'INVESTOR' FROM "User" WHERE email LIKE '%@bench.zcs.cn' AND abs(hashtext(id)::bigint) % 40 = 1`);
      await c.query(`CREATE TABLE bench_user AS SELECT row_number() OVER (ORDER BY email) AS n, id FROM "User" WHERE email LIKE '%@bench.zcs.cn'`);
      await c.query(`CREATE UNIQUE INDEX ON bench_user (n)`);
      return missing;
    },
  },
  {
    label: 'projects',
    async run(c) {
      const missing = LARGE.projects - (await count(c, 'Project'));
      const users = await count(c, 'bench_user');
      await c.query(
        `INSERT INTO "Project" (id, name, pitch, description, sectors, stage, organization, location, needs, visibility, "activityAt", "createdAt", "updatedAt")
         SELECT ${id('p', 'g')},
                (${sqlArray(P_PREFIX)})[1 + g % 20] || (${sqlArray(P_CORE)})[1 + (g / 20) % 25] || (${sqlArray(P_SUFFIX)})[1 + (g / 500) % 10],
                '用' || (${sqlArray(P_CORE)})[1 + (g / 20) % 25] || '的新方法，帮助更多人，项目编号 ' || g,
                '## 我们在做什么' || E'\\n\\n' || '一个来自校园的创业项目，正在众创空间孵化。',
                ARRAY[(${sqlArray(SECTORS)})[1 + g % 10], (${sqlArray(SECTORS)})[1 + (g / 10) % 10]],
                (ARRAY['IDEA','PROTOTYPE','MVP','GROWTH'])[1 + g % 4]::"ProjectStage",
                (${sqlArray(SCHOOLS)})[1 + g % 12], '上海',
                ARRAY[(ARRAY['FUNDING','MENTOR','SPACE','TEAM','EQUIPMENT'])[1 + g % 5]]::"ProjectNeed"[],
                CASE WHEN g % 33 = 0 THEN 'PRIVATE' WHEN g % 14 = 0 THEN 'MEMBERS' ELSE 'PUBLIC' END::"ProjectVisibility",
                now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute',
                now() - (g % 730) * interval '1 day' - interval '30 days', now()
           FROM generate_series(1, $1::int) g`,
        [missing],
      );
      await c.query(`CREATE TABLE bench_project AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "Project" WHERE id LIKE 'p%' AND length(id) = 25`);
      await c.query(`CREATE UNIQUE INDEX ON bench_project (n)`);
      await c.query(
        `INSERT INTO "ProjectMember" ("projectId", "userId", role, "joinedAt")
         SELECT p.id, u.id, 'OWNER', now() - interval '30 days'
           FROM bench_project p JOIN bench_user u ON u.n = 1 + (p.n * 7919) % $1`,
        [users],
      );
      await c.query(
        `INSERT INTO "ProjectMember" ("projectId", "userId", role, "joinedAt")
         SELECT p.id, u.id, 'MEMBER', now() - interval '20 days'
           FROM bench_project p JOIN bench_user u ON u.n = 1 + (p.n * 104729 + 17) % $1
          WHERE p.n % 2 = 0
         ON CONFLICT DO NOTHING`,
        [users],
      );
      return missing;
    },
  },
  {
    label: 'campaigns',
    async run(c) {
      const missing = LARGE.campaigns - (await count(c, 'Campaign'));
      // 40% live, 30% succeeded, 20% failed, 5% submitted, 5% draft; closed ones are settled.
      await c.query(
        `INSERT INTO "Campaign" (id, "projectId", "createdById", title, story, "goalFen", "minPledgeFen", "durationDays",
                                 "startsAt", "endsAt", status, "submittedAt", "decidedAt", "closedAt", "settledAt", "createdAt", "updatedAt")
         SELECT ${id('c', 'x.g')}, pr.id, m."userId", left(pr.name || ' · 众筹', 80), '## 为什么需要你的支持' || E'\\n\\n' || pr.pitch,
                (10 + x.g % 90) * 100000, 100, 30, x.starts, CASE WHEN x.status IN ('DRAFT','SUBMITTED') THEN NULL ELSE x.starts + interval '30 days' END,
                x.status::"CampaignStatus",
                CASE WHEN x.status = 'DRAFT' THEN NULL ELSE x.starts - interval '3 days' END,
                CASE WHEN x.status IN ('DRAFT','SUBMITTED') THEN NULL ELSE x.starts - interval '1 day' END,
                CASE WHEN x.status IN ('SUCCEEDED','FAILED') THEN x.starts + interval '30 days' END,
                CASE WHEN x.status IN ('SUCCEEDED','FAILED') THEN x.starts + interval '30 days 1 minute' END,
                x.starts - interval '5 days', now()
           FROM (SELECT g,
                        CASE WHEN g % 20 < 8 THEN 'LIVE' WHEN g % 20 < 14 THEN 'SUCCEEDED' WHEN g % 20 < 18 THEN 'FAILED'
                             WHEN g % 20 = 18 THEN 'SUBMITTED' ELSE 'DRAFT' END AS status,
                        CASE WHEN g % 20 < 8 THEN now() - (g % 28) * interval '1 day' - (g % 600) * interval '1 minute'
                             ELSE now() - (40 + g % 660) * interval '1 day' END AS starts
                   FROM generate_series(1, $1::int) g) x
           JOIN bench_project b ON b.n = x.g
           JOIN "Project" pr ON pr.id = b.id
           JOIN "ProjectMember" m ON m."projectId" = pr.id AND m.role = 'OWNER'`,
        [missing],
      );
      await c.query(
        `INSERT INTO "RewardTier" (id, "campaignId", title, description, "amountFen", quantity, position)
         SELECT 't' || substr(md5(c.id || t.pos), 1, 24), c.id, t.title, t.descr, t.amount, t.qty, t.pos
           FROM "Campaign" c
          CROSS JOIN (VALUES (0, '早鸟支持', '感谢信与项目贴纸', 9900, NULL::int),
                             (1, '产品首发', '首批产品一件', 29900, NULL::int),
                             (2, '共创伙伴', '参与产品共创工作坊', 99900, 400)) t(pos, title, descr, amount, qty)
          WHERE c.id LIKE 'c%' AND length(c.id) = 25`,
      );
      return missing;
    },
  },
  {
    label: 'pledges',
    async run(c) {
      const missing = LARGE.pledges - (await count(c, 'Pledge'));
      const users = await count(c, 'bench_user');
      await c.query(`CREATE TABLE bench_campaign AS SELECT row_number() OVER (ORDER BY id) AS n, id, status, "startsAt", "endsAt"
                       FROM "Campaign" WHERE status IN ('LIVE','SUCCEEDED','FAILED') AND length(id) = 25 AND id LIKE 'c%'`);
      await c.query(`CREATE UNIQUE INDEX ON bench_campaign (n)`);
      const campaigns = await count(c, 'bench_campaign');
      // Popular campaigns get most pledges (squared random), as on any crowdfunding site.
      // The totals trigger would recount every campaign this statement touches anyway; for this
      // one bulk load it is switched off and every campaign is recounted once below, by the
      // migration's own function.
      await c.query('ALTER TABLE "Pledge" DISABLE TRIGGER "Pledge_totals_insert"');
      await c.query(
        `WITH x AS (SELECT g, 1 + floor($2::int * random() ^ 2)::int AS cn, random() AS r FROM generate_series(1, $1::int) g)
         INSERT INTO "Pledge" (id, "campaignId", "backerId", "tierId", "amountFen", status, "idempotencyKey", "authorizationId", "createdAt", "updatedAt")
         SELECT ${id('g', 'x.g')}, bc.id, u.id,
                CASE WHEN x.g % 4 = 3 THEN NULL ELSE 't' || substr(md5(bc.id || (x.g % 4 % 3)), 1, 24) END,
                CASE x.g % 4 WHEN 0 THEN 9900 WHEN 1 THEN 29900 WHEN 2 THEN 99900 ELSE 1000 + (x.g % 50) * 1000 END,
                CASE bc.status WHEN 'LIVE' THEN 'AUTHORIZED' WHEN 'SUCCEEDED' THEN 'CAPTURED' ELSE 'VOIDED' END::"PledgeStatus",
                'bench-' || x.g, 'auth_' || substr(md5('a' || x.g), 1, 20),
                bc."startsAt" + x.r * (least(bc."endsAt", now()) - bc."startsAt"), now()
           FROM x JOIN bench_campaign bc ON bc.n = x.cn JOIN bench_user u ON u.n = 1 + (x.g * 7919) % $3`,
        [missing, campaigns, users],
      );
      await c.query('ALTER TABLE "Pledge" ENABLE TRIGGER "Pledge_totals_insert"');
      await c.query(`SELECT zcs_campaign_recount(ARRAY(SELECT id FROM "Campaign"))`);
      // The limited tier's counter matches its pledges (the trigger refuses more than its quantity).
      await c.query(
        `UPDATE "RewardTier" t SET claimed = LEAST(t.quantity, s.n)
           FROM (SELECT "tierId", count(*)::int AS n FROM "Pledge" WHERE "tierId" IS NOT NULL AND status <> 'CANCELLED' GROUP BY "tierId") s
          WHERE s."tierId" = t.id AND t.quantity IS NOT NULL`,
      );
      return missing;
    },
  },
  {
    label: 'resources',
    async run(c) {
      const missing = LARGE.resources - (await count(c, 'Resource'));
      const hours = JSON.stringify([...Array(5).fill({ open: '08:00', close: '22:00' }), { open: '09:00', close: '18:00' }, { open: '09:00', close: '18:00' }]);
      const spaceIds: string[] = [];
      for (const [i, s] of SPACES.entries()) {
        const { rows } = await c.query(
          `INSERT INTO "Space" (id, name, address, "timeZone", "openingHours") VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
          [`s${String(i).padStart(24, '0')}`, s.name, s.address, s.zone, hours],
        );
        spaceIds.push(rows[0].id);
      }
      const kinds: ResourceKind[] = ['HOT_DESK', 'HOT_DESK', 'HOT_DESK', 'FIXED_DESK', 'MEETING_ROOM', 'MEETING_ROOM', 'EQUIPMENT', 'WORKSHOP_AREA'];
      const label: Record<ResourceKind, string> = { HOT_DESK: '工位', FIXED_DESK: '固定工位', MEETING_ROOM: '会议室', EQUIPMENT: '设备', WORKSHOP_AREA: '工坊' };
      const zones: Record<ResourceKind, string> = { HOT_DESK: '2F · 开放办公区', FIXED_DESK: '3F · 固定工位区', MEETING_ROOM: '3F', EQUIPMENT: '1F · 创客工坊', WORKSHOP_AREA: '1F · 创客工坊' };
      const rows = Array.from({ length: missing }, (_, i) => {
        const kind = kinds[i % kinds.length];
        const rules = { ...KIND_DEFAULTS[kind] };
        return {
          id: `r${String(i).padStart(24, '0')}`,
          spaceId: spaceIds[i % spaceIds.length],
          kind,
          name: `${label[kind]} ${String.fromCharCode(65 + (i % 6))}${String(i).padStart(3, '0')}`,
          zone: zones[kind],
          capacity: kind === 'MEETING_ROOM' ? 6 : 1,
          ...rules,
        };
      });
      await c.query(
        `INSERT INTO "Resource" (id, "spaceId", kind, name, zone, capacity, "slotMinutes", "minMinutes", "maxMinutes", "noticeMinutes",
                                 "horizonDays", "bufferMinutes", "requiresApproval", "weeklyQuotaHours", description, "updatedAt")
         SELECT r.id, r."spaceId", r.kind::"ResourceKind", r.name, r.zone, r.capacity, r."slotMinutes", r."minMinutes", r."maxMinutes",
                r."noticeMinutes", r."horizonDays", r."bufferMinutes", r."requiresApproval", r."weeklyQuotaHours", '', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id text, "spaceId" text, kind text, name text, zone text, capacity int, "slotMinutes" int,
                "minMinutes" int, "maxMinutes" int, "noticeMinutes" int, "horizonDays" int, "bufferMinutes" int, "requiresApproval" boolean,
                "weeklyQuotaHours" int)`,
        [JSON.stringify(rows)],
      );
      return missing;
    },
  },
  {
    label: 'bookings',
    async run(c) {
      const missing = LARGE.bookings - (await count(c, 'Booking'));
      const users = await count(c, 'bench_user');
      const resources = LARGE.resources - 13;
      // Two windows a day per resource (morning, afternoon) over 730 days: two years back and
      // a month ahead; a window is booked with the probability that yields the target.
      const p = Math.min(1, missing / (resources * 730 * 2));
      await c.query(
        `INSERT INTO "Booking" (id, "resourceId", "userId", "startsAt", "endsAt", "blockedUntil", status, "updatedAt", "createdAt")
         SELECT ${id('k', `r.id || d || w`)}, r.id, u.id, x.starts, x.ends, x.ends + r."bufferMinutes" * interval '1 minute',
                (CASE WHEN x.ends > now() THEN CASE WHEN h % 20 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END
                      WHEN h % 20 < 12 THEN 'COMPLETED' WHEN h % 20 < 17 THEN 'CONFIRMED' WHEN h % 20 < 19 THEN 'CANCELLED'
                      ELSE 'NO_SHOW' END)::"BookingStatus",
                now(), x.starts - interval '3 days'
           FROM "Resource" r
           JOIN "Space" s ON s.id = r."spaceId"
          CROSS JOIN generate_series(-700, 29) d
          CROSS JOIN (VALUES (0), (1)) win(w)
          CROSS JOIN LATERAL (SELECT abs(hashtext(r.id || d || w)::bigint) AS h) hh
          CROSS JOIN LATERAL (SELECT ((current_date + d) + CASE w WHEN 0 THEN time '09:00' ELSE time '14:00' END) AT TIME ZONE s."timeZone" AS starts,
                                     ((current_date + d) + CASE w WHEN 0 THEN time '12:00' ELSE time '17:00' END) AT TIME ZONE s."timeZone" AS ends) x
           JOIN bench_user u ON u.n = 1 + h % $1
          WHERE r.id LIKE 'r0000000000%' AND (h % 10000) < $2::int`,
        [users, Math.round(p * 10000)],
      );
      return (await count(c, 'Booking')) - (LARGE.bookings - missing);
    },
  },
  {
    label: 'tasks',
    async run(c) {
      const missing = LARGE.tasks - (await count(c, 'Task'));
      // Two operators: the first posts the partner tasks, the second approved the bounty tasks
      // (a bounty task opens only with the approval of someone other than its poster).
      const { rows } = await c.query(`SELECT u.id FROM "User" u JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'OPERATOR' ORDER BY u.email LIMIT 2`);
      await c.query(
        `INSERT INTO "Task" (id, title, description, category, skills, "rewardPoints", "bountyFen", slots, "filledSlots", deadline, location, mode, status,
                             "projectId", "partnerName", "postedById", "publishedAt", "closedAt", "createdAt", "updatedAt", "approvedById", "approvedAt")
         SELECT ${id('t', 'x.g')},
                (ARRAY['设计产品海报','开发微信小程序页面','焊接传感器原型','整理用户访谈','拍摄路演视频','翻译英文资料','搭建数据看板','测试 3D 打印件','社区活动志愿者','撰写商业计划书'])[1 + x.g % 10] || ' #' || x.g,
                '请在截止日期前完成，完成后提交链接与说明。',
                (ARRAY['DESIGN','SOFTWARE','HARDWARE','RESEARCH','MARKETING','COMMUNITY_SERVICE','OTHER'])[1 + x.g % 7]::"TaskCategory",
                ARRAY[(${sqlArray(SKILLS)})[1 + x.g % 12]],
                20 + (x.g % 10) * 10, CASE WHEN x.g % 3 = 0 THEN (x.g % 20) * 5000 ELSE 0 END,
                1 + x.g % 3, CASE WHEN x.status IN ('OPEN','CANCELLED','EXPIRED') THEN 0 ELSE 1 + x.g % 3 END,
                CASE WHEN x.status = 'OPEN' THEN now() + (3 + x.g % 60) * interval '1 day' ELSE now() - (x.g % 700) * interval '1 day' END,
                (ARRAY['REMOTE','ONSITE'])[1 + x.g % 2]::"TaskLocation", (ARRAY['REVIEW','FIRST_COME'])[1 + x.g % 2]::"TaskAssignmentMode",
                x.status::"TaskStatus",
                CASE WHEN x.g % 10 < 7 THEN p.id END, CASE WHEN x.g % 10 >= 7 THEN (${sqlArray(PARTNERS)})[1 + x.g % 5] ELSE '' END,
                CASE WHEN x.g % 10 < 7 THEN m."userId" ELSE $2 END,
                now() - (x.g % 700) * interval '1 day' - interval '14 days',
                CASE WHEN x.status IN ('COMPLETED','CANCELLED','EXPIRED') THEN now() - (x.g % 700) * interval '1 day' END,
                now() - (x.g % 700) * interval '1 day' - interval '15 days', now(),
                CASE WHEN x.g % 3 = 0 AND x.g % 20 <> 0 THEN $3 END,
                CASE WHEN x.g % 3 = 0 AND x.g % 20 <> 0 THEN now() - (x.g % 700) * interval '1 day' - interval '14 days' END
           FROM (SELECT g, CASE WHEN g % 20 < 10 THEN 'OPEN' WHEN g % 20 < 13 THEN 'IN_PROGRESS' WHEN g % 20 < 17 THEN 'COMPLETED'
                                WHEN g % 20 < 19 THEN 'EXPIRED' ELSE 'CANCELLED' END AS status
                   FROM generate_series(1, $1::int) g) x
           JOIN bench_project b ON b.n = 1 + x.g % 2900
           JOIN "Project" p ON p.id = b.id
           JOIN "ProjectMember" m ON m."projectId" = p.id AND m.role = 'OWNER'`,
        [missing, rows[0]?.id, rows[1]?.id],
      );
      // The points ledger of the completed tasks: one accepted assignee per filled slot.
      await c.query(
        `INSERT INTO "PointsEntry" (id, "userId", points, source, "sourceKey", note, "createdAt")
         SELECT 'q' || substr(md5(t.id || k), 1, 24), u.id, t."rewardPoints", 'TASK', 'task-accept:bench-' || t.id || '-' || k, left(t.title, 200), t."closedAt"
           FROM "Task" t
          CROSS JOIN generate_series(1, 3) k
           JOIN bench_user u ON u.n = 1 + (abs(hashtext(t.id)::bigint) + k * 104729) % $1
          WHERE t.status = 'COMPLETED' AND k <= t."filledSlots" AND t.id LIKE 't%' AND length(t.id) = 25`,
        [await count(c, 'bench_user')],
      );
      return missing;
    },
  },
  {
    label: 'events',
    async run(c) {
      const missing = LARGE.events - (await count(c, 'Event'));
      const users = await count(c, 'bench_user');
      // Two operators: the first posts the partner tasks, the second approved the bounty tasks
      // (a bounty task opens only with the approval of someone other than its poster).
      const { rows } = await c.query(`SELECT u.id FROM "User" u JOIN "UserRole" r ON r."userId" = u.id AND r.role = 'OPERATOR' ORDER BY u.email LIMIT 2`);
      // Two years of events, a tenth of them ahead; past ones full of attendance.
      await c.query(
        `INSERT INTO "Event" (id, "spaceId", "organizerId", title, summary, description, kind, format, location, "startsAt", "endsAt",
                              capacity, status, "publishedAt", "createdAt", "updatedAt")
         SELECT ${id('e', 'x.g')}, CASE WHEN x.g % 5 = 4 THEN NULL ELSE s.id END, $2,
                (ARRAY['3D 打印入门培训','激光切割安全培训','创业路演日','AI 硬件黑客松','知识产权与专利讲座','产品设计工作坊','融资与估值分享会','创客周末聚会'])[1 + x.g % 8] || ' · 第 ' || x.g || ' 期',
                '面向在孵团队与创客会员，名额有限。', '## 活动安排' || E'\n\n' || '签到、分享、交流。',
                (ARRAY['TRAINING','TALK','DEMO_DAY','HACKATHON','TALK','WORKSHOP','TALK','MEETUP'])[1 + x.g % 8]::"EventKind",
                CASE WHEN x.g % 5 = 4 THEN 'ONLINE' ELSE 'ON_SITE' END::"EventFormat",
                CASE WHEN x.g % 5 = 4 THEN '腾讯会议' ELSE '路演厅' END,
                x.starts, x.starts + interval '2 hours', 30 + (x.g % 5) * 10,
                CASE WHEN x.g % 25 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END::"EventStatus",
                CASE WHEN x.g % 25 = 0 THEN NULL ELSE x.starts - interval '14 days' END,
                x.starts - interval '20 days', now()
           FROM (SELECT g, date_trunc('hour', now() + (g * 1.46 - 657) * interval '1 day') + interval '11 hours' AS starts
                   FROM generate_series(1, $1::int) g) x
           JOIN "Space" s ON s.id = (SELECT id FROM "Space" ORDER BY id OFFSET (x.g % 5) LIMIT 1)`,
        [missing, rows[0]?.id],
      );
      await c.query(
        `INSERT INTO "EventRegistration" (id, "eventId", "userId", status, "attendedAt", "createdAt", "updatedAt")
         SELECT 'v' || substr(md5(e.id || k), 1, 24), e.id, u.id,
                CASE WHEN e."endsAt" < now() AND k % 5 <> 0 THEN 'ATTENDED' ELSE 'REGISTERED' END::"EventRegistrationStatus",
                CASE WHEN e."endsAt" < now() AND k % 5 <> 0 THEN e."startsAt" END, e."startsAt" - interval '3 days', now()
           FROM "Event" e
          CROSS JOIN generate_series(1, 20) k
           JOIN bench_user u ON u.n = 1 + (abs(hashtext(e.id)::bigint) + k * 7919) % $1
          WHERE e.id LIKE 'e%' AND length(e.id) = 25 AND e.status = 'PUBLISHED'`,
        [users],
      );
      await c.query(
        `UPDATE "Event" e SET "seatsTaken" = r.n FROM (SELECT "eventId", count(*)::int AS n FROM "EventRegistration" WHERE status <> 'CANCELLED' GROUP BY 1) r
          WHERE r."eventId" = e.id`,
      );
      return missing;
    },
  },
  {
    label: 'statistics',
    async run(c) {
      await c.query('DROP TABLE IF EXISTS bench_user, bench_project, bench_campaign');
      await c.query('VACUUM ANALYZE');
      return 1;
    },
  },
];

/** Fills the database at `url` (already migrated and demo-seeded) up to the LARGE counts. */
export async function seedLarge(url: string, log: (line: string) => void): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const bar = progress('large data set', steps.length);
  const timings: Record<string, number> = {};
  try {
    await c.query('SELECT setseed(0.42)');
    for (const [i, step] of steps.entries()) {
      const t0 = Date.now();
      const rows = await step.run(c);
      timings[step.label] = Date.now() - t0;
      bar.tick(i + 1);
      if (!process.stdout.isTTY) log(`${step.label}: ${rows} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    bar.done();
    await c.end();
  }
  return timings;
}
