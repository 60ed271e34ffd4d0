import { useEffect, useState } from 'preact/hooks';
import type { SettleDb } from '@/lib/db/schema';
import { scheduleFor } from '@/lib/db/settings';
import type { MarketplaceId } from '@/lib/model/order';
import { consoles } from '@/lib/marketplaces/consoles';
import { TONES, type Tone } from '@/lib/reminders/types';
import type { EscalationSchedule } from '@/lib/tracker/schedule-types';
import { keyFor, t } from '@/lib/i18n/t';
import { useChaseSettings } from './use-settings';
import { scheduleProblems } from '@/lib/tracker/schedule-problems';
import { Choice } from './Choice';
import { SaveButton } from './SaveButton';

interface Props {
  db: SettleDb;
  onSaved: () => void;
}

/** The escalation ladder per marketplace: which tone on which day, business days, quiet hours, daily cap. */
export function ScheduleEditor({ db, onSaved }: Props) {
  const { settings, save } = useChaseSettings(db);
  const [marketplace, setMarketplace] = useState<MarketplaceId>(consoles.ids[0]!);
  const [draft, setDraft] = useState<EscalationSchedule | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => settings && setDraft(scheduleFor(settings, marketplace)), [settings, marketplace]);
  if (!settings || !draft) return null;
  const set = (patch: Partial<EscalationSchedule>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const problems = scheduleProblems(draft);
  const setStep = (i: number, patch: Partial<EscalationSchedule['steps'][number]>) =>
    set({ steps: draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <section aria-labelledby="schedule-h">
      <h2 id="schedule-h">{t('optScheduleTitle')}</h2>
      <p class="hint">{t('optScheduleHint')}</p>
      <Choice
        id="schedule-mp"
        label={t('optMarketplace')}
        value={marketplace}
        choices={consoles.ids}
        name={(m) => t(consoles.consoleFor(m).words.name)}
        onChange={setMarketplace}
      />
      <ol class="steps">
        {draft.steps.map((step, i) => (
          <li key={i}>
            <select
              aria-label={t('optStepTone')}
              value={step.tone}
              onChange={(e) => setStep(i, { tone: e.currentTarget.value as Tone })}
            >
              {TONES.map((tone) => (
                <option key={tone} value={tone}>
                  {t(keyFor('tone', tone))}
                </option>
              ))}
            </select>
            <label>
              {t('optStepDay')}{' '}
              <input
                type="number"
                min={0}
                max={365}
                value={step.day}
                aria-label={t('optStepDay')}
                onInput={(e) => setStep(i, { day: e.currentTarget.valueAsNumber })}
              />
            </label>
            <button type="button" onClick={() => set({ steps: draft.steps.filter((_, j) => j !== i) })}>
              {t('optStepRemove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          set({ steps: [...draft.steps, { tone: 'formal_demand', day: (draft.steps.at(-1)?.day ?? 0) + 7 }] })
        }
      >
        {t('optStepAdd')}
      </button>
      <div class="row" style={{ marginTop: '12px' }}>
        <label>
          <input
            type="checkbox"
            checked={draft.businessDays}
            onChange={(e) => set({ businessDays: e.currentTarget.checked })}
          />{' '}
          {t('optBusinessDays')}
        </label>
        <div class="field">
          <label for="quiet-start">{t('optQuietFrom')}</label>
          <input
            id="quiet-start"
            type="time"
            value={draft.quietHours.start}
            onInput={(e) => set({ quietHours: { ...draft.quietHours, start: e.currentTarget.value } })}
          />
        </div>
        <div class="field">
          <label for="quiet-end">{t('optQuietTo')}</label>
          <input
            id="quiet-end"
            type="time"
            value={draft.quietHours.end}
            onInput={(e) => set({ quietHours: { ...draft.quietHours, end: e.currentTarget.value } })}
          />
        </div>
        <div class="field">
          <label for="daily-cap">{t('optDailyCap')}</label>
          <input
            id="daily-cap"
            type="number"
            min={1}
            max={500}
            value={draft.dailyCap}
            onInput={(e) => set({ dailyCap: e.currentTarget.valueAsNumber })}
          />
        </div>
      </div>
      {problems.map((p) => (
        <p key={p} class="problem" role="alert">
          {t(p)}
        </p>
      ))}
      <SaveButton
        disabled={problems.length > 0}
        saved={saved}
        onSave={async () => {
          await save({ ...settings, schedules: { ...settings.schedules, [marketplace]: { ...draft, marketplace } } });
          setSaved(true);
          onSaved();
        }}
      />
    </section>
  );
}
