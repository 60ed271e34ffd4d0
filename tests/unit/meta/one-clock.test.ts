import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const CODE = 'export const a = Date.now();\nexport const b = new Date();\nexport const c = new Date(0);\n';
const clockErrors = async (filePath: string) => {
  const [result] = await new ESLint().lintText(CODE, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
};

describe('one clock: the lint rule keeps every "now" on lib/browser/clock.ts', () => {
  it('flags Date.now() and an argument-less new Date() in lib/, components/ and entrypoints/', async () => {
    for (const file of ['lib/tracker/x.ts', 'components/x.tsx', 'entrypoints/popup/x.tsx'])
      expect(await clockErrors(file), file).toEqual([1, 2]);
  });

  it('allows them in the clock module itself and in tests', async () => {
    expect(await clockErrors('lib/browser/clock.ts')).toEqual([]);
    expect(await clockErrors('tests/unit/x.test.ts')).toEqual([]);
  });
});
