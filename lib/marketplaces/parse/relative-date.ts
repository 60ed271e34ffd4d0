/**
 * "3 hours ago" and its kin in the consoles' languages, read as a span back from now. Text comes
 * in lower case, accents removed, whitespace collapsed (see dates.ts).
 */
export type Span = { unit: Unit; count: number };
export type Ago = Span | { vague: true };

type Unit = 'second' | 'minute' | 'hour' | 'day';

/** Unit words by what they count; weeks, months and years are too coarse to date an order by. */
const UNIT_WORDS: Readonly<Record<Unit | 'vague', string>> = {
  second:
    's sec secs second seconds sekunde sekunden seconde secondes segundo segundos secondo secondi seconden 秒 秒钟 秒鐘',
  minute: 'm min mins minute minutes minuten minuto minutos minuti minuut 分 分钟 分鐘',
  hour: 'h hr hrs hour hours stunde stunden heure heures hora horas ora ore uur 小时 小時 个小时 個小時 時間',
  day: 'd day days tag tage tagen jour jours dia dias giorno giorni dag dagen 天 日',
  vague:
    'w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane weken ' +
    'month months monat monate monaten mois mes meses mese mesi maand maanden ' +
    'year years jahr jahre jahren an ans ano anos anno anni jaar jaren 周 週 星期 个月 個月 月 年',
};
const UNITS = new Map(
  Object.entries(UNIT_WORDS).flatMap(([kind, words]) =>
    words.split(' ').map((word): [string, Unit | 'vague'] => [word, kind as Unit | 'vague']),
  ),
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  un: 1,
  une: 1,
  uno: 1,
  una: 1,
  um: 1,
  uma: 1,
  een: 1,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Each language's phrase, with the number and the unit as the first and second capture. */
const PHRASES: readonly RegExp[] = [
  /^(?:about |around |over )?(\S+?) ?([a-z]+) ago$/, // en: 3 hours ago, 3h ago
  /^vor (?:etwa |uber )?(\S+) ([a-z]+)$/, // de: vor 3 Tagen
  /^il y a (?:environ )?(\S+) ([a-z]+)$/, // fr: il y a 2 jours
  /^hace (?:unos |unas )?(\S+) ([a-z]+)$/, // es: hace 2 días
  /^(\S+) ([a-z]+) fa$/, // it: 2 giorni fa
  /^(?:ha|faz) (\S+) ([a-z]+)$/, // pt: há 2 dias
  /^(\S+) ([a-z]+) geleden$/, // nl: 2 dagen geleden
  /^(\d+|[一二两兩三四五六七八九十]) ?(个小时|個小時|小时|小時|時間|秒钟|秒鐘|分钟|分鐘|个月|個月|星期|[秒分天日周週月年]) ?(?:之|以)?前$/, // zh, ja: 3天前
];

const JUST_NOW = new Set(
  (
    "just now|now|right now|a moment ago|moments ago|gerade eben|gerade|soeben|jetzt|a l'instant|maintenant|" +
    'ahora|ahora mismo|hace un momento|adesso|ora|proprio ora|poco fa|agora|agora mesmo|zojuist|nu|' +
    '刚刚|剛剛|刚才|剛才|たった今'
  ).split('|'),
);

/** The span back from now a phrase names, `{ vague: true }` for weeks, months and years, or undefined when it is no such phrase. */
export function readAgo(text: string): Ago | undefined {
  if (JUST_NOW.has(text)) return { unit: 'second', count: 0 };
  for (const phrase of PHRASES) {
    const match = phrase.exec(text);
    if (!match) continue;
    const [, amount = '', word = ''] = match;
    const kind = UNITS.get(word);
    const count = /^\d{1,6}$/.test(amount)
      ? Number(amount)
      : Object.hasOwn(NUMBER_WORDS, amount)
        ? NUMBER_WORDS[amount]
        : undefined;
    if (kind === undefined || count === undefined) continue;
    return kind === 'vague' ? { vague: true } : { unit: kind, count };
  }
  return undefined;
}
