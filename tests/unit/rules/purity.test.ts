/**
 * The rule modules run unchanged at build time, in the browser self-check, in the `selfcheck` command and in
 * these tests, so they import nothing from the site (Astro, i18n, components), nothing Node-only and use no
 * browser globals. `cli.ts` is the one Node-only entry point and is left out. Words shown to readers live in
 * the i18n files: the rules hold ids, never prose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { conditionsOf, programmes } from '../../../src/rules/index.ts';
import { repoRoot } from './support.ts';

const rulesDir = resolve(repoRoot, 'src/rules');
const ENTRY_POINT = 'cli.ts';

const ruleFiles = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && file !== ENTRY_POINT)
  .sort();

interface Parsed {
  imports: string[];
  /** Identifiers used but not declared in the file. */
  browserGlobals: string[];
}

const browserGlobalNames = new Set(['document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'location']);

function parse(file: string): Parsed {
  const source = ts.createSourceFile(file, readFileSync(resolve(rulesDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const declared = new Set<string>();
  const used: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) {
        imports.push(node.arguments[0].text);
      }
    }
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && browserGlobalNames.has(node.text)) {
      // `x.document` or `{ document: ... }` is a property, not the global.
      const parent = node.parent;
      const isProperty = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isProperty) used.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, browserGlobals: [...new Set(used.filter((name) => !declared.has(name)))] };
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));

/** Why an import is not allowed in a rule module, or undefined when it is fine. */
function forbidden(file: string, specifier: string): string | undefined {
  if (specifier === 'astro' || specifier.startsWith('astro:') || specifier.startsWith('astro/') || specifier.startsWith('@astrojs/')) return 'Astro';
  if (specifier === 'i18next' || specifier.startsWith('i18next/')) return 'i18n';
  if (specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0])) return 'Node built-in';
  if (specifier.startsWith('.')) {
    const target = relative(repoRoot, resolve(dirname(resolve(rulesDir, file)), specifier));
    if (target === `src/rules/${ENTRY_POINT}`) return 'the Node-only command';
    if (target.startsWith('src/rules/')) return undefined;
    if (target.startsWith('content/data/') && target.endsWith('.json')) return undefined;
    return `outside the rules (${target})`;
  }
  return undefined;
}

describe('rule modules stay free of the site, Node and the browser', () => {
  it('finds the rule modules', () => {
    expect(ruleFiles).toEqual(expect.arrayContaining(['evaluate.ts', 'answers.ts', 'questionnaire.ts', 'programmes/index.ts', 'conditions/common.ts']));
  });

  it.each(ruleFiles)('%s imports nothing from Astro, i18n, the rest of src/ or Node', (file) => {
    const bad = parse(file).imports.flatMap((specifier) => {
      const why = forbidden(file, specifier);
      return why ? [`${specifier}: ${why}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it.each(ruleFiles)('%s uses no browser globals (document, window, ...)', (file) => {
    expect(parse(file).browserGlobals).toEqual([]);
  });

  it('recognises what it must reject, so the checks above can fail', () => {
    expect(forbidden('evaluate.ts', 'astro:content')).toBe('Astro');
    expect(forbidden('evaluate.ts', 'i18next')).toBe('i18n');
    expect(forbidden('evaluate.ts', 'node:fs')).toBe('Node built-in');
    expect(forbidden('evaluate.ts', 'path')).toBe('Node built-in');
    expect(forbidden('evaluate.ts', 'fs/promises')).toBe('Node built-in');
    expect(forbidden('evaluate.ts', '../i18n/index.ts')).toMatch(/^outside the rules/);
    expect(forbidden('programmes/index.ts', '../../components/Result.astro')).toMatch(/^outside the rules/);
    expect(forbidden('evaluate.ts', './cli.ts')).toBe('the Node-only command');
    expect(forbidden('countries.ts', '../../content/data/countries.json')).toBeUndefined();
    expect(forbidden('evaluate.ts', 'zod/mini')).toBeUndefined();
  });
});

describe('rules hold ids, not prose', () => {
  const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const allowedConditionKeys = ['id', 'citation', 'reads', 'test', 'note', 'validFrom', 'validUntil'];
  const allowedProgrammeKeys = ['id', 'host', 'operators', 'validFrom', 'validUntil', 'citation', 'conditions', 'amounts'];

  it.each(programmes.map((p) => [p.id, p] as const))('%s: every condition id is a lower-case key for i18n, with no label', (_id, programme) => {
    expect(programme.id).toMatch(idPattern);
    expect(Object.keys(programme).filter((key) => !allowedProgrammeKeys.includes(key))).toEqual([]);
    for (const condition of conditionsOf(programme)) {
      expect(condition.id).toMatch(idPattern);
      expect(Object.keys(condition).filter((key) => !allowedConditionKeys.includes(key)), condition.id).toEqual([]);
    }
  });

  it.each(programmes.map((p) => [p.id, p] as const))('%s: no condition id is used twice', (_id, programme) => {
    const ids = conditionsOf(programme).map((c) => c.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
