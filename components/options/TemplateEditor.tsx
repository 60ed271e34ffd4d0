import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { getTemplate, resetTemplate, saveTemplate } from '@/lib/db/templates';
import { mainReminderLocaleOf } from '@/lib/db/main-reminder-locale';
import { checkReminderTemplate, type TemplateProblem } from '@/lib/reminders/template-syntax';
import { renderReminder } from '@/lib/reminders/render';
import { sampleValues } from '@/lib/reminders/sample-values';
import {
  REMINDER_LOCALES,
  TEMPLATE_VARIABLES,
  TONES,
  type ReminderLocale,
  type ReminderTemplate,
  type Tone,
} from '@/lib/reminders/types';
import { keyFor, t } from '@/lib/i18n/t';
import { problemText } from './problem-text';
import { Choice } from './Choice';

interface Props {
  db: SettleDb;
}

const FIELDS = ['subject', 'body', 'instalmentOffer', 'extensionOffer'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The reminder templates, one per tone and language, edited with a live preview. A template with
 * a problem (an unknown {variable}, a stray brace, an empty subject or message) shows where, and
 * cannot be saved, so it is never sent.
 */
export function TemplateEditor({ db }: Props) {
  const [tone, setTone] = useState<Tone>('friendly');
  const [locale, setLocale] = useState<ReminderLocale | undefined>();
  const [template, setTemplate] = useState<ReminderTemplate | undefined>();
  const [offers, setOffers] = useState({ offerInstalments: false, offerExtension: false });
  const [status, setStatus] = useState<'saved' | 'reset' | undefined>();
  // Opens on the language most of the seller's reminders go out in, not always English.
  useEffect(() => void mainReminderLocaleOf(db).then((main) => setLocale((chosen) => chosen ?? main)), [db]);
  useEffect(() => void (locale && getTemplate(db, tone, locale).then(setTemplate)), [db, tone, locale]);

  const problems = useMemo(() => {
    const byField = Object.fromEntries(FIELDS.map((f) => [f, [] as TemplateProblem[]])) as Record<
      Field,
      TemplateProblem[]
    >;
    for (const { field, problem } of template ? checkReminderTemplate(template) : []) byField[field].push(problem);
    return byField;
  }, [template]);
  const preview = useMemo(
    () => (template ? renderReminder(template, sampleValues(template.locale), offers) : undefined),
    [template, offers],
  );
  if (!template || !locale) return null;
  const hasProblems = FIELDS.some((f) => problems[f].length);
  const edit = (field: Field, value: string) => {
    setStatus(undefined);
    setTemplate((current) => current && { ...current, [field]: value });
  };

  return (
    <section aria-labelledby="templates-h">
      <h2 id="templates-h">{t('optTemplatesTitle')}</h2>
      <p class="hint variables">
        {t('optVariablesHint')}{' '}
        {TEMPLATE_VARIABLES.map((v) => (
          <code key={v}>{`{${v}}`}</code>
        ))}
      </p>
      <div class="row">
        <Choice
          id="tpl-tone"
          label={t('optTone')}
          value={tone}
          choices={TONES}
          name={(x) => t(keyFor('tone', x))}
          onChange={setTone}
        />
        <Choice
          id="tpl-locale"
          label={t('panelLanguage')}
          value={locale}
          choices={REMINDER_LOCALES}
          name={(l) => t(keyFor('locale', l))}
          onChange={setLocale}
        />
      </div>
      <div class="editor">
        <div>
          {FIELDS.map((field) => (
            <div class="field" key={field}>
              <label for={`tpl-${field}`}>{t(keyFor('optField', field))}</label>
              {field === 'subject' ? (
                <input
                  id={`tpl-${field}`}
                  value={template[field]}
                  aria-invalid={problems[field].length > 0}
                  onInput={(e) => edit(field, e.currentTarget.value)}
                />
              ) : (
                <textarea
                  id={`tpl-${field}`}
                  value={template[field]}
                  aria-invalid={problems[field].length > 0}
                  onInput={(e) => edit(field, e.currentTarget.value)}
                />
              )}
              {problems[field].map((p, i) => (
                <p key={i} class="problem" role="alert">
                  {problemText(p, template[field])}
                </p>
              ))}
            </div>
          ))}
          <button
            type="button"
            class="primary"
            disabled={hasProblems}
            onClick={async () => {
              const result = await saveTemplate(db, template);
              if (result.ok) setStatus('saved');
            }}
          >
            {t('optSave')}
          </button>{' '}
          <button
            type="button"
            onClick={async () => {
              await resetTemplate(db, tone, locale);
              setTemplate(await getTemplate(db, tone, locale));
              setStatus('reset');
            }}
          >
            {t('optResetTemplate')}
          </button>{' '}
          {status && (
            <span class="saved" role="status">
              {t(status === 'saved' ? 'optSaved' : 'optResetDone')}
            </span>
          )}
        </div>
        <div>
          <h3>{t('optPreview')}</h3>
          <label>
            <input
              type="checkbox"
              checked={offers.offerInstalments}
              onChange={(e) => setOffers({ ...offers, offerInstalments: e.currentTarget.checked })}
            />{' '}
            {t('optOfferInstalments')}
          </label>{' '}
          <label>
            <input
              type="checkbox"
              checked={offers.offerExtension}
              onChange={(e) => setOffers({ ...offers, offerExtension: e.currentTarget.checked })}
            />{' '}
            {t('optOfferExtension')}
          </label>
          {preview?.ok ? (
            <>
              <p>
                <strong>{preview.subject}</strong>
              </p>
              <div class="preview" data-testid="template-preview">
                {preview.text}
              </div>
            </>
          ) : (
            <p class="problem">{t('optPreviewBlocked')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
