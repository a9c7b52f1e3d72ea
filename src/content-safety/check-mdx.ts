/**
 * Content cannot carry code. A page may hold Markdown, the components its English page uses (the English page:
 * any registered content component), a few inline HTML elements with only `lang`, `dir` and `title`, and the
 * links `linkProblem` allows. Refused: `import`/`export`, `{...}` expressions, any other element (`<script>`,
 * `<iframe>`, `<form>`, `<img>`, `<meta>` ... in any letter case), expression or spread attributes, images from
 * anywhere but the site. The MDX is parsed by satteri, the parser Astro's MDX build uses, so what is checked is
 * what would be built.
 */
import { mdxToMdast } from 'satteri';
import { linkProblem } from './allowed-links.ts';

/** Inline HTML a translator may need (an abbreviation, isolating a name from the text around it, a line break). */
export const allowedHtmlElements: ReadonlySet<string> = new Set(['abbr', 'bdi', 'br', 'em', 'kbd', 'small', 'span', 'strong', 'sub', 'sup']);
const allowedHtmlAttributes: ReadonlySet<string> = new Set(['lang', 'dir', 'title']);

export interface ContentProblem {
  line: number;
  problem: string;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The body of an MDX file with its frontmatter blanked, so that line numbers are the file's own. */
export function mdxBody(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

export function parseMdx(text: string): Node {
  return mdxToMdast(mdxBody(text), { position: true, features: { gfm: true } }) as Node;
}

/** The component names a page uses, as written. */
export function componentNames(tree: Node): Set<string> {
  const names = new Set<string>();
  const walk = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) names.add(node.name);
    node.children?.forEach(walk);
  };
  walk(tree);
  return names;
}

function elementProblems(node: Node, components: ReadonlySet<string>): string[] {
  const name = node.name ?? '';
  if (!name) return ['a fragment (<>...</>) is not allowed'];
  const sameLetters = [...components].find((component) => component.toLowerCase() === name.toLowerCase());
  const isComponent = components.has(name);
  const isHtml = !isComponent && allowedHtmlElements.has(name);
  if (!isComponent && !isHtml) {
    if (sameLetters) return [`<${name}> is not allowed: write it as the English page does, <${sameLetters}>`];
    const offered = components.size ? `the components the English page uses (${[...components].sort().map((c) => `<${c}>`).join(', ')})` : 'no components (the English page uses none)';
    return [`<${name}> is not allowed: content may use Markdown, ${offered} and <${[...allowedHtmlElements].join('>, <')}>`];
  }
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`<${name}> has a spread or expression attribute {${String(attribute.value)}}: not allowed`);
    } else if (attribute.value !== null && typeof attribute.value !== 'string') {
      problems.push(`<${name} ${attribute.name}={...}>: attribute values must be plain text in quotes`);
    } else if (isHtml && !allowedHtmlAttributes.has(attribute.name ?? '')) {
      problems.push(`<${name} ${attribute.name}>: HTML elements may carry only ${[...allowedHtmlAttributes].join(', ')}`);
    }
  }
  return problems;
}

/** Every construct in the page that is not allowed, with its line. */
export function contentProblems(text: string, components: ReadonlySet<string>): ContentProblem[] {
  let tree: Node;
  try {
    tree = parseMdx(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    return [{ line, problem: `not valid MDX: ${message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}` }];
  }
  const problems: ContentProblem[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    const add = (problem: string) => problems.push({ line, problem });
    switch (node.type) {
      case 'mdxjsEsm':
        add(`import/export is not allowed: "${String(node.value).split('\n')[0]}"`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(`{...} expressions are not allowed: "{${String(node.value).trim()}}"`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        elementProblems(node, components).forEach(add);
        break;
      case 'html':
        add(`raw HTML is not allowed: "${String(node.value).split('\n')[0]}"`);
        break;
      case 'image':
        if (!node.url?.startsWith('/') || node.url.startsWith('//')) add(`image "${node.url}" is not from this site: images may only come from the site itself`);
        else if (linkProblem(node.url)) add(linkProblem(node.url) as string);
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) add(problem);
        break;
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems.sort((a, b) => a.line - b.line);
}
