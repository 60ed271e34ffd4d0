import type { CaseFacts } from '@/lib/cases/case-facts';
import { describeCaseDate } from '@/lib/i18n/describe-case-date';
import { t, type MessageKey } from '@/lib/i18n/t';
import { Source } from './Source';

/** Every date that matters to the case — its deadline, the venue's window, the time limit to claim — each with its rule, source, and a warning when near. */
export function CaseDates({ facts, locale }: { facts: CaseFacts; locale: string }) {
  const { dates, perCaseWindow, deadline } = facts;
  if (!dates.length && !perCaseWindow) return null;
  return (
    <>
      <h4>{t('caseDates')}</h4>
      <ul class="case-dates">
        {dates.map((d) => {
          const text = describeCaseDate(d, facts.venue, facts.others.length > 0, locale);
          const warn = d.soon || d.passed;
          return (
            <li
              key={d.kind}
              class={warn ? `${d.kind} warning` : d.kind}
              data-kind={d.kind}
              data-soon={String(d.soon)}
              data-passed={String(d.passed)}
              role={warn ? 'alert' : undefined}
            >
              {text.label} {text.flag && <strong>{text.flag}</strong>}
              {text.rule && <span class="rule">{text.rule}</span>} {text.source && <Source fact={text.source} />}
            </li>
          );
        })}
        {perCaseWindow && !deadline && (
          <li class="no-deadline" data-kind="deadline">
            {t('caseNoDeadline')} <span class="rule">{t(perCaseWindow.value.rule as MessageKey)}</span>{' '}
            <Source fact={perCaseWindow} />
          </li>
        )}
      </ul>
    </>
  );
}
