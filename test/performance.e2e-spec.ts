import ExcelJS from 'exceljs';
import { Role, UnitType } from '@app/domain';
import { binary, createTestApp, type Session, signIn, type TestApp } from '@app/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

describe('performance entries (业绩信息) and evidence', () => {
  let t: TestApp;
  let staff: Session;
  let cadre: Session;
  let other: Session;
  let hostA: Session;
  let hostB: Session;
  let cadreName: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await signIn(t, Role.OrgStaff);
    const unitA = await t.registry.newUnit(UnitType.Host);
    const unitB = await t.registry.newUnit(UnitType.Host);
    hostA = await signIn(t, Role.HostUnit, { unitId: unitA.id });
    hostB = await signIn(t, Role.HostUnit, { unitId: unitB.id });
    const batch = await t.registry.newBatch();
    const person = await t.registry.newCadre();
    cadreName = person.name;
    await t.registry.newSecondment({ cadreId: person.id, batchId: batch.id, hostUnitId: unitA.id });
    cadre = await signIn(t, Role.Cadre, { cadreId: person.id });
    const someoneElse = await t.registry.newCadre();
    await t.registry.newSecondment({ cadreId: someoneElse.id, batchId: batch.id, hostUnitId: unitB.id });
    other = await signIn(t, Role.Cadre, { cadreId: someoneElse.id });
  });

  afterAll(async () => {
    await t.close();
  });

  const newEntry = async () => {
    const response = await cadre.post('/api/performance-entries', { quarter: '2023Q2', description: '牵头完成3个重点项目征迁' });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };
  const upload = (session: Session, id: string, data: Buffer, name: string) => session.post(`/api/performance-entries/${id}/evidence`).attach('file', data, name);

  it('takes evidence recognized by content, whatever its name, and serves it back intact', async () => {
    const entry = await newEntry();
    const pdf = await upload(cadre, entry.id, PDF, 'report.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ type: 'pdf', size: PDF.length, filename: 'report.pdf' });
    const png = await upload(cadre, entry.id, PNG, 'photo.jpg.exe');
    expect(png.body.type).toBe('png');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('业绩').getCell('A1').value = '招商成效';
    const xlsx = await upload(cadre, entry.id, Buffer.from(await workbook.xlsx.writeBuffer()), '业绩.xlsx');
    expect(xlsx.body.type).toBe('xlsx');

    const download = await staff.get(`/api/performance-entries/${entry.id}/evidence/${pdf.body.id}`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    const listed = (await staff.get('/api/performance-entries?pageSize=100')).body.items.find((e: { id: string }) => e.id === entry.id);
    expect(listed.evidence.map((e: { type: string }) => e.type).sort()).toEqual(['pdf', 'png', 'xlsx']);
  });

  it('refuses a file that is none of the five types, an executable named .pdf, and one over 20 MB', async () => {
    const entry = await newEntry();
    const exe = await upload(cadre, entry.id, Buffer.from('MZ\x90\x00 this is a program'), 'report.pdf');
    expect(exe.status).toBe(400);
    expect(exe.body.details.fields[0].field).toBe('file');
    expect((await upload(cadre, entry.id, Buffer.from('plain text'), 'notes.docx')).status).toBe(400);
    const big = await upload(cadre, entry.id, Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect((await staff.get('/api/performance-entries?pageSize=100')).body.items.find((e: { id: string }) => e.id === entry.id).evidence).toEqual([]);
  });

  it('keeps entries to their cadre and host unit; org staff review them', async () => {
    const entry = await newEntry();
    const file = await upload(cadre, entry.id, PDF, 'a.pdf');
    expect((await upload(other, entry.id, PDF, 'b.pdf')).status).toBe(404);
    expect((await other.get(`/api/performance-entries/${entry.id}/evidence/${file.body.id}`)).status).toBe(404);
    expect((await hostB.get(`/api/performance-entries/${entry.id}/evidence/${file.body.id}`)).status).toBe(404);
    expect((await hostA.get(`/api/performance-entries/${entry.id}/evidence/${file.body.id}`)).status).toBe(200);
    expect((await hostA.post(`/api/performance-entries/${entry.id}/review`, { version: entry.version })).status).toBe(403);
    // Each entry names its cadre, for the reviewers' list.
    expect((entry as unknown as { cadre: { name: string } }).cadre).toEqual({ id: expect.any(String), name: cadreName });
    const listed = (await staff.get('/api/performance-entries?status=SUBMITTED&pageSize=100')).body as { items: { id: string; cadre: { name: string } }[] };
    expect(listed.items.find((e) => e.id === entry.id)?.cadre.name).toBe(cadreName);
    const reviewed = await staff.post(`/api/performance-entries/${entry.id}/review`, { version: entry.version });
    expect(reviewed.body.status).toBe('REVIEWED');
    expect(reviewed.body.cadre.name).toBe(cadreName);
    expect((await upload(cadre, entry.id, PDF, 'late.pdf')).status).toBe(409);
    expect((await staff.post('/api/performance-entries', { quarter: '2023Q2', description: '代填' })).status).toBe(403);
  });
});
