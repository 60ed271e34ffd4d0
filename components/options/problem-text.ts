import type { TemplateProblem } from '@/lib/reminders/template-syntax';
import { t, uiLocale } from '@/lib/i18n/t';
import { numberFormat } from '@/lib/i18n/intl-cache';

/** A template problem in the seller's words, with where it is (characters counted as the seller sees them). */
export function problemText(problem: TemplateProblem, text: string): string {
  const at = Array.from(text.slice(0, problem.start)).length + 1;
  switch (problem.kind) {
    case 'unknown-variable':
      return t('optProblemUnknownVariable', `{${problem.name}}`, at);
    case 'unclosed-brace':
      return t('optProblemUnclosedBrace', at);
    case 'empty-variable':
      return t('optProblemEmptyVariable', at);
    case 'empty-field':
      return t('optProblemEmptyField');
    case 'empty-when-filled':
      return t('optProblemEmptyWhenFilled');
    case 'too-long': {
      const count = numberFormat(uiLocale());
      return t('optProblemTooLong', count.format(problem.length), count.format(problem.max));
    }
  }
}
