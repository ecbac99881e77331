/**
 * The big hostile files, made at test time (too large to commit): pure string builders from a
 * parsed disclosure, so the Node tests write them to a temp dir and the browser tests feed
 * them straight to the elements. No Node or DOM imports.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** 100,000 characters: CJK without a single break opportunity for the first half, then Latin. */
export const HUGE_NAME = `${'网'.repeat(50_000)}${'W'.repeat(50_000)}`;

/** Names of 100,000 characters: the department, the 类 201 (every table), the 三公 title, a project, an indicator and its unit. Valid, no errors. */
export function hugeNames(tongnan: Json): Json {
  const j = structuredClone(tongnan);
  j.department.name = HUGE_NAME;
  // Renamed wherever the checks match them by name (Table 1 ↔ Table 2 classes, Table 10 ↔ targets).
  for (const t of Object.values(j.tables) as Json[]) for (const r of t.rows) r.name = r.name.replace(/一般公共服务支出$/, HUGE_NAME);
  for (const r of j.tables['project-expenditure'].rows) if (r.name === j.projects[0].name) r.name = HUGE_NAME;
  j.tables.sangong.title = HUGE_NAME;
  j.projects[0].name = HUGE_NAME;
  j.projects[0].indicators[0].name = HUGE_NAME;
  j.projects[0].indicators[0].unit = HUGE_NAME;
  return j;
}

/** Rows of the bulk table: each about 1 KB (a 300-character name), amounts valid. */
function bulkRow(i: number): string {
  const n = String(i).padStart(6, '0');
  return JSON.stringify({ code: `9${n}`, name: `批量行${n}${'测'.repeat(294)}`, values: { total: `${i % 100000}.${String(i % 100).padStart(2, '0')}` } });
}

/** The target size of the big file, in bytes of UTF-8. */
export const BIG_BYTES = 50 * 1024 * 1024;

/**
 * A valid disclosure of at least 50 MB: the Tongnan data plus a local table kind
 * ("bulk-rows") of about 50,000 one-kilobyte rows. Local kinds are kept and shown, not checked,
 * so the checks run on the Tongnan tables as usual.
 */
export function fiftyMegabytes(tongnan: Json): string {
  const j = structuredClone(tongnan);
  j.tables['bulk-rows'] = { title: '批量数据', columns: [{ key: 'code', label: '编码', type: 'code' }, { key: 'name', label: '名称', type: 'name' }, { key: 'total', label: '金额' }], rows: [] };
  const [head, tail] = JSON.stringify(j).split('"rows":[]');
  const bytesPerRow = new TextEncoder().encode(bulkRow(1)).length + 1;
  const count = Math.ceil(BIG_BYTES / bytesPerRow) + 1;
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(bulkRow(i));
  return `${head}"rows":[${rows.join(',')}]${tail}\n`;
}

/** The 50 MB file cut off 10 bytes before its end: a parse error at the last line. */
export function fiftyMegabytesTruncated(text: string): string {
  return text.slice(0, text.length - 10);
}

/** A file with `n` rows whose amount cell is a number: `n` schema problems. */
export function manyProblems(n: number): Json {
  return {
    schemaVersion: 1,
    department: { name: '测试部门', region: '测试区', fiscalYear: 2023, kind: 'budget', unit: '万元' },
    tables: {
      'gpb-expenditure': {
        title: '一般公共预算财政拨款支出预算表',
        columns: [{ key: 'name', label: '科目名称', type: 'name' }, { key: 'total', label: '总计' }],
        rows: Array.from({ length: n }, (_, i) => ({ name: `行${i}`, values: { total: i + 0.125 } })),
      },
    },
  };
}
