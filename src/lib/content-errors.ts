// Build errors for the data a member writes (frontmatter, self-check YAML), in Korean, with the
// file and the line: Astro reports schema errors in English and at "file:0:0". A loader wrapped
// by withContentErrors() validates each entry first and names the YAML line of each problem.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument } from 'yaml';

// Zod's own messages ("너무 작습니다…", "잘못된 입력…") in Korean, for every schema of the build.
z.config(z.locales.ko());

export interface Problem {
  /** Where in the entry's data, e.g. ['questions', 0, 'answer']. */
  path: PropertyKey[];
  message: string;
}

/** The line of `path` in a YAML file, or in a Markdown page's frontmatter (the deepest part that exists). */
export function lineOf(text: string, path: PropertyKey[]): number {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const yaml = frontmatter ? frontmatter[1] : text;
  const offset = frontmatter ? 1 : 0;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + offset;
  }
  return 1;
}

export interface Finding {
  problems: Problem[];
  /** What to do, in Korean. */
  fix: string;
}

export function contentError(filePath: string, { problems, fix }: Finding, root = process.cwd()): Error {
  const text = readFileSync(filePath, 'utf8');
  const file = relative(root, filePath);
  const lines = problems.map(({ path, message }) => `${file}:${lineOf(text, path)}: ${path.join('.') || '(파일 전체)'} — ${message}`);
  return new Error(`${file}의 내용이 형식에 맞지 않습니다.\n${lines.join('\n')}\n고치는 법: ${fix}`);
}

export interface ContentChecks {
  schema?: z.ZodType;
  /** What to do, in Korean, when the schema is not met. */
  fix?: string;
  /** Checks that need the entry's id (its file name), e.g. that a list names it. */
  check?: (id: string, data: unknown) => Finding | undefined;
}

/** The Korean error for one entry (file, id, parsed data), or undefined when it passes the checks. */
export async function entryError(entry: { filePath: string; id: string; data: unknown }, { schema, fix, check }: ContentChecks, root = process.cwd()): Promise<Error | undefined> {
  const result = await schema?.safeParseAsync(entry.data);
  if (result && !result.success) {
    const problems = result.error.issues.map(({ path, message }) => ({ path, message }));
    return contentError(entry.filePath, { problems, fix: fix ?? '' }, root);
  }
  const finding = check?.(entry.id, entry.data);
  return finding && contentError(entry.filePath, finding, root);
}

export function withContentErrors(loader: Loader, checks: ContentChecks): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return loader.load({
        ...context,
        parseData: (async (props) => {
          if (props.filePath) {
            const error = await entryError({ filePath: props.filePath, id: props.id, data: props.data }, checks, root);
            if (error) throw error;
          }
          return context.parseData(props);
        }) as LoaderContext['parseData'],
      });
    },
  };
}
