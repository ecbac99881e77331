/**
 * Classification codes as a workbook gives them: in one column (`2013701`), split into 类 / 款 /
 * 项 columns (`201 | 37 | 01`, a blank 类 or 款 meaning "as the row above"), or joined with the
 * name (`2013701 行政运行`, `[2013701]行政运行`, `2013701-行政运行`). Codes are read, never made up:
 * a table whose rows carry none keeps none, and the report says so.
 */

/** A code and name joined in one cell, if the cell holds one: "[2013701]行政运行" → ["2013701", "行政运行"]. */
export function splitJoined(text: string): { code: string; name: string } | undefined {
  const m = /^[[［(（]?(\d{7}|\d{5}|\d{3})(?!\d)[\]］)）]?\s*[-－—:：、.]?\s*(\S.*)$/.exec(text.trim());
  if (!m) return undefined;
  // "2023 网络宣传专项" is a year in a project's name, not a code: codes are 3, 5 or 7 digits.
  return { code: m[1]!, name: m[2]!.trim() };
}

/** A code cell's text as a code, or undefined when it is not one. */
export function codeText(text: string): string | undefined {
  const t = text.trim().replace(/^[[［]|[\]］]$/g, '');
  return /^[0-9A-Za-z][0-9A-Za-z.\-_]*$/.test(t) ? t : undefined;
}

/**
 * Joins split 类 / 款 / 项 cells into a code, remembering the last 类 and 款 for rows that leave
 * them blank. 款 and 项 are two digits each; a cell that already holds the longer code is taken as is.
 */
export class SplitCodes {
  private last: [string, string] = ['', ''];
  join(parts: readonly [string, string, string]): string | undefined {
    const [lei, kuan, xiang] = parts.map((p) => p.trim()) as [string, string, string];
    if (!lei && !kuan && !xiang) return undefined;
    if (!/^\d*$/.test(lei + kuan + xiang)) return undefined;
    if (lei) this.last = [lei, ''];
    const full = (part: string, parent: string, length: number) => (part.length === length ? part : parent + part.padStart(2, '0'));
    if (!kuan && !xiang) return this.last[0];
    const k = kuan ? full(kuan, this.last[0], 5) : this.last[1];
    if (kuan) this.last[1] = k;
    if (!xiang) return k;
    return full(xiang, k, 7);
  }
}
