import { hashPassword } from '@/lib/auth/password';
import type { Tx } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
import { progress } from './progress';
import { CONSENT_VERSIONS } from '@/lib/accounts/legal';

const demoConsents = () => (Object.keys(CONSENT_VERSIONS) as (keyof typeof CONSENT_VERSIONS)[]).map((kind) => ({ kind, version: CONSENT_VERSIONS[kind] }));

const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['子涵', '雨桐', '浩然', '思远', '欣怡', '宇航', '梓萱', '俊杰', '佳怡', '一鸣', '诗琪', '明轩', '晓彤', '嘉懿', '天佑', '若曦', '志强', '美琳', '博文', '静怡'];
const SCHOOLS = ['清华大学', '北京大学', '浙江大学', '复旦大学', '上海交通大学', '同济大学', '华东师范大学', '南京大学', '中山大学', '华中科技大学', '深圳大学', '西安交通大学'];
const SKILLS = ['硬件设计', '嵌入式', 'React', '产品设计', '用户研究', '工业设计', '机器学习', '新媒体运营', '财务', '3D 打印', '激光切割', 'Python', '短视频', '供应链'];
const ENGLISH = [
  { name: 'Emma Wilson', school: 'NYU Shanghai' },
  { name: 'Lucas Martin', school: 'Duke Kunshan University' },
  { name: 'Aisha Khan', school: "Xi'an Jiaotong-Liverpool University" },
];

/** Demo accounts (one per role) and a community of ~40 members, some asking for roles. */
export async function seedUsers(db: Tx) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people: { email: string; name: string; organization: string; roles: readonly Role[]; skills: string[]; bio: string; locale: string; request?: Role }[] = [];

  for (const d of DEMO_LOGINS) {
    people.push({ email: d.email, name: d.name, organization: d.organization, roles: d.roles, skills: [], bio: '', locale: 'zh-CN' });
  }
  for (let i = 0; i < 36; i++) {
    const name = FAMILY[i % FAMILY.length] + GIVEN[(i * 7) % GIVEN.length];
    people.push({
      email: `member${String(i + 1).padStart(2, '0')}@demo.zcs.cn`,
      name,
      organization: SCHOOLS[i % SCHOOLS.length],
      roles: i % 3 === 0 ? ['ENTREPRENEUR'] : i % 11 === 5 ? ['MENTOR'] : [],
      skills: [SKILLS[i % SKILLS.length], SKILLS[(i * 5 + 3) % SKILLS.length]],
      bio: `${SCHOOLS[i % SCHOOLS.length]}在读，喜欢动手做东西。`,
      locale: 'zh-CN',
      request: i === 4 ? 'MENTOR' : i === 8 ? 'INVESTOR' : i === 13 ? 'MENTOR' : undefined,
    });
  }
  ENGLISH.forEach((e, i) =>
    people.push({
      email: `intl${i + 1}@demo.zcs.cn`,
      name: e.name,
      organization: e.school,
      roles: i === 0 ? ['ENTREPRENEUR'] : [],
      skills: ['Product design', 'English copywriting'],
      bio: 'Exchange student building hardware prototypes in Shanghai.',
      locale: 'en',
      request: i === 1 ? 'INVESTOR' : undefined,
    }),
  );

  const bar = progress('members', people.length);
  const base = Date.now() - 90 * 24 * 3600 * 1000;
  for (const [i, p] of people.entries()) {
    await db.user.create({
      data: {
        email: p.email,
        name: p.name,
        organization: p.organization,
        skills: p.skills,
        bio: p.bio,
        locale: p.locale,
        passwordHash,
        createdAt: new Date(base + i * 2 * 24 * 3600 * 1000),
        roles: { create: p.roles.map((role) => ({ role })) },
        // Demo accounts are verified and agreed to the current terms and public listings.
        verifiedEmail: { create: { email: p.email } },
        consents: { create: demoConsents() },
        ...(p.request
          ? { roleRequests: { create: { role: p.request, message: p.request === 'MENTOR' ? '十年硬件创业经验，愿意辅导智能硬件方向的学生团队。' : '关注早期消费科技项目，希望对接优秀团队。' } } }
          : {}),
      },
    });
    bar.tick(i + 1);
  }
  bar.done();
}
