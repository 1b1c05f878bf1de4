// Reads rendered markdown the way GitHub would, for asserting that user text cannot change it.

/** The markdown with every inline code span removed (code spans never mention or render HTML). */
export function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

/** `@name` or `@org/team` that GitHub would turn into a mention (outside code spans). */
export function mentions(markdown: string): string[] {
  return outsideCode(markdown).match(/(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/g) ?? [];
}

/** Raw HTML tags outside code spans (the renderers emit only `<br>`, `<sub>` and `<code>`). */
export function rawHtml(markdown: string): string[] {
  const tags = outsideCode(markdown).match(/<\/?[A-Za-z][^>]*>/g) ?? [];
  return tags.filter((tag) => !/^<\/?(br|sub|code)>$/.test(tag));
}

/**
 * One entry per line: how the line starts (heading, list, table, text) and how many cell
 * separators it holds. Two renders with the same layout differ only inside their lines.
 */
export function layout(markdown: string): string[] {
  return markdown.split('\n').map((line) => {
    const start = /^(#+ |- |\| |\|---|<!--|\*\*|> |`|$)/.exec(line)?.[1] ?? 'text';
    const pipes =
      outsideCode(line)
        .replace(/\\\\/g, '')
        .match(/(?<!\\)\|/g)?.length ?? 0;
    return `${start}${pipes}`;
  });
}
