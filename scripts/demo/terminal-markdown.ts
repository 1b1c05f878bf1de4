// Renders the job summary's markdown readably in a terminal: headings, bold, tables, quotes.
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  code(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) =>
  `\x1b[${open}m${text}\x1b[${close}m`;
export const COLOR: Style = { bold: ansi(1, 22), dim: ansi(2, 22), code: ansi(36, 39) };
export const PLAIN: Style = { bold: (t) => t, dim: (t) => t, code: (t) => t };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#8203': '' };

/** Inline markdown and the few HTML tags the renderers use, as terminal text. */
export function inline(text: string, style: Style): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, (_, code: string) => style.code(code))
    .replace(/\*\*(.+?)\*\*/g, (_, bold: string) => style.bold(bold))
    .replace(/<sub>(.*?)<\/sub>/g, (_, small: string) => style.dim(small))
    .replace(/<br\s*\/?>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/&(lt|gt|amp|quot|#8203);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Columns a string takes: escape codes take none, emoji take two. */
export function width(text: string): number {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/\x1b\[\d+m/g, '');
  let columns = 0;
  for (const char of visible) columns += /\p{Emoji_Presentation}/u.test(char) ? 2 : 1;
  return columns;
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function pad(text: string, columns: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, columns - width(text)));
  return right ? fill + text : text + fill;
}

/** A markdown table (header, alignment row, body) as aligned columns. */
export function table(rows: string[], style: Style): string[] {
  const [header = [], align = [], ...body] = rows.map(cells);
  const right = align.map((a) => a.endsWith(':') && !a.startsWith(':'));
  const shown = [header, ...body].map((row) => row.map((cell) => inline(cell, style)));
  const widths = header.map((_, i) => Math.max(...shown.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) => row.map((c, i) => pad(c, widths[i]!, right[i]!)).join('  ');
  const [head = [], ...rest] = shown;
  return [style.bold(line(head)), widths.map((w) => '─'.repeat(w)).join('  '), ...rest.map(line)];
}

function quote(line: string, style: Style): string {
  const body = line.replace(/^>\s?/, '');
  const alert = /^\[!(\w+)\]$/.exec(body);
  return `│ ${alert ? style.bold(alert[1]!) : inline(body, style)}`;
}

function heading(line: string, style: Style): string[] {
  const text = inline(line.replace(/^#+\s*/, ''), style);
  return line.startsWith('## ') ? [style.bold(text), '═'.repeat(width(text))] : [style.bold(text)];
}

/** The whole summary as terminal lines. */
export function renderMarkdown(markdown: string, style: Style = PLAIN): string {
  const out: string[] = [];
  const lines = markdown.replace(/\n+$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('|')) {
      const rows: string[] = [];
      while (lines[i]?.startsWith('|')) rows.push(lines[i++]!);
      i--;
      out.push(...table(rows, style));
    } else if (line.startsWith('#')) out.push(...heading(line, style));
    else if (line.startsWith('>')) out.push(quote(line, style));
    else if (line.startsWith('- ')) out.push(`• ${inline(line.slice(2), style)}`);
    else out.push(inline(line, style));
  }
  return out.join('\n');
}
