import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { composeNationalId, Education, Gender, PoliticalStatus, Role, UnitType } from '@app/domain';
import { CERTIFIERS, DEMO_BATCH, DEMO_PERIOD, DEMO_REGION, FEMALE_GIVEN, HOST_GROUPS, MALE_GIVEN, ORG_DEPARTMENT, POSITIONS, RANKS, SENDING_UNITS, SURNAMES } from './demo-data';

export interface DemoAccount {
  role: Role;
  username: string;
  password: string;
  note: string;
}

/** A small deterministic generator (mulberry32), so every demo tells the same story. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * Fills an empty database with the source's story through the public API, as the
 * administrator would: units, the 2023 batch, 45 cadres and their secondments, and one
 * account per role with a random password.
 */
export async function seedDemo(app: NestFastifyApplication, admin: { username: string; password: string }): Promise<DemoAccount[]> {
  const call = async <T>(method: 'GET' | 'POST', url: string, token?: string, payload?: object): Promise<T> => {
    const response = await app.inject({ method, url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (response.statusCode >= 300) throw new Error(`demo seeding: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json<T>();
  };
  const { accessToken: token } = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, { username: admin.username, password: admin.password });
  const post = <T>(url: string, payload: object) => call<T & { id: string }>('POST', url, token, payload);
  const unit = (name: string, code: string, type: UnitType) => post<{ name: string }>('/api/units', { name, code, type });

  const orgDepartment = await unit(ORG_DEPARTMENT.name, ORG_DEPARTMENT.code, UnitType.OrgDepartment);
  const sending = [];
  for (const [name, code] of SENDING_UNITS) sending.push(await unit(name, code, UnitType.Sending));
  const certifiers = [];
  for (const [name, code] of CERTIFIERS) certifiers.push(await unit(name, code, UnitType.Certifier));
  const batch = await post<object>('/api/batches', DEMO_BATCH);

  const pick = generator(2023);
  const usedIds = new Set<string>();
  let firstCadre: { id: string; hostUnitId: string } | undefined;
  let firstHost: { id: string; name: string } | undefined;
  for (const group of HOST_GROUPS) {
    const hosts = [];
    for (const [name, code] of group.units) hosts.push(await unit(name, code, UnitType.Host));
    firstHost ??= hosts[0];
    for (let i = 0; i < group.count; i++) {
      const gender = pick(10) < 7 ? Gender.Male : Gender.Female;
      const given = gender === Gender.Male ? MALE_GIVEN : FEMALE_GIVEN;
      const birthDate = `${1980 + pick(16)}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
      let nationalId: string;
      do nationalId = composeNationalId(DEMO_REGION, birthDate, pick(500) * 2 + (gender === Gender.Male ? 1 : 0));
      while (usedIds.has(nationalId));
      usedIds.add(nationalId);
      const cadre = await post<object>('/api/cadres', {
        name: `${SURNAMES[pick(SURNAMES.length)]}${given[pick(given.length)]}`,
        gender,
        birthDate,
        ethnicity: pick(15) === 0 ? '回族' : '汉族',
        politicalStatus: pick(12) === 0 ? PoliticalStatus.CylMember : PoliticalStatus.CpcMember,
        education: pick(3) === 0 ? Education.Master : Education.Bachelor,
        homeUnitId: sending[pick(sending.length)].id,
        position: POSITIONS[pick(POSITIONS.length)],
        rank: RANKS[pick(RANKS.length)],
        phone: `13${3 + pick(7)}${String(pick(100_000_000)).padStart(8, '0')}`,
        nationalId,
      });
      const host = hosts[i % hosts.length];
      await post<object>('/api/secondments', {
        cadreId: cadre.id,
        batchId: batch.id,
        hostUnitId: host.id,
        category: group.category,
        post: group.posts[i % group.posts.length],
        ...DEMO_PERIOD,
        ...(group.groups ? { groupLabel: group.groups[i % group.groups.length] } : {}),
      });
      firstCadre ??= { id: cadre.id, hostUnitId: host.id };
    }
  }
  if (!firstCadre || !firstHost) throw new Error('demo seeding: no cadre was created');

  const accounts: DemoAccount[] = [{ role: Role.OrgAdmin, username: admin.username, password: admin.password, note: '组织部管理员' }];
  const account = async (role: Role, username: string, displayName: string, note: string, links: object = {}) => {
    const password = randomBytes(12).toString('base64url');
    await post<object>('/api/users', { username, displayName, role, password, ...links });
    accounts.push({ role, username, password, note });
  };
  await account(Role.OrgStaff, 'staff', '考核专班工作人员', '考核专班', { unitId: orgDepartment.id });
  await account(Role.Leader, 'leader', '区委领导', '审阅与审批');
  await account(Role.HostUnit, 'host', `${firstHost.name}`, `用人单位：${firstHost.name}`, { unitId: firstHost.id });
  await account(Role.Certifier, 'certifier', CERTIFIERS[1][0], `出具单位：${CERTIFIERS[1][0]}`, { unitId: certifiers[1].id });
  await account(Role.Cadre, 'cadre', '挂职干部', '挂职干部本人', { cadreId: firstCadre.id });
  return accounts;
}
