/** The demo accounts printed by `npm start` (one per role). */
export const DEMO_PASSWORD = 'zhongchuang2026';

export const DEMO_LOGINS = [
  { role: 'ADMIN', email: 'admin@demo.zcs.cn', name: '王建国', organization: '众创空间运营中心', roles: ['ADMIN', 'OPERATOR'] },
  { role: 'OPERATOR', email: 'operator@demo.zcs.cn', name: '李娜', organization: '众创空间运营中心', roles: ['OPERATOR'] },
  { role: 'ENTREPRENEUR', email: 'founder@demo.zcs.cn', name: '陈晓明', organization: '同济大学', roles: ['ENTREPRENEUR'] },
  { role: 'MENTOR', email: 'mentor@demo.zcs.cn', name: '张伟', organization: '上海交通大学创业学院', roles: ['MENTOR'] },
  { role: 'INVESTOR', email: 'investor@demo.zcs.cn', name: '刘洋', organization: '浦江天使投资', roles: ['INVESTOR'] },
  { role: 'MEMBER', email: 'member@demo.zcs.cn', name: '赵敏', organization: '复旦大学', roles: [] },
] as const;
