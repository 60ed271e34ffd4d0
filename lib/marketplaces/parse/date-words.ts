/**
 * The words of dates in the languages Settle's consoles print, lower case and without accents
 * (`dec` matches `déc.`). A month or weekday matches its full name, any prefix of it of three or
 * more letters (`sept`, `dez`, `juil`), or one of its listed short forms.
 */
interface LanguageWords {
  /** January first. */
  months: readonly string[];
  /** Short forms that are not prefixes of the full name, with the month's number (1–12). */
  monthShortForms?: Readonly<Record<string, number>>;
  /** Sunday first, as Date#getUTCDay counts. */
  weekdays: readonly string[];
  /** Short forms that are not prefixes of three letters or more, with the weekday's number (0 = Sunday). */
  weekdayShortForms?: Readonly<Record<string, number>>;
  /** How many days back each word means: today 0, yesterday 1. */
  days: Readonly<Record<string, number>>;
  /** Words between a date's parts, or labelling it, that carry no meaning: "at", "um", "de", "le", "ordered". */
  connectors: readonly string[];
}

const LANGUAGES: Readonly<Record<string, LanguageWords>> = {
  en: {
    months: 'january february march april may june july august september october november december'.split(' '),
    weekdays: 'sunday monday tuesday wednesday thursday friday saturday'.split(' '),
    days: { today: 0, yesterday: 1, 'day before yesterday': 2 },
    // With the label words a console may print before a date: "Ordered Dec 3, 2026" (Etsy), "Sold …".
    connectors: ['at', 'on', 'of', 'the', 'ordered', 'sold', 'placed'],
  },
  de: {
    months: 'januar februar marz april mai juni juli august september oktober november dezember'.split(' '),
    monthShortForms: { mrz: 3 },
    weekdays: 'sonntag montag dienstag mittwoch donnerstag freitag samstag'.split(' '),
    weekdayShortForms: { so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, sonnabend: 6 },
    days: { heute: 0, gestern: 1, vorgestern: 2 },
    connectors: ['um', 'am', 'den', 'uhr', 'bestellt', 'verkauft'],
  },
  fr: {
    months: 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '),
    weekdays: 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' '),
    days: { "aujourd'hui": 0, hier: 1, 'avant-hier': 2 },
    connectors: ['a', 'le', 'h'],
  },
  es: {
    months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
    monthShortForms: { set: 9, setiembre: 9 },
    weekdays: 'domingo lunes martes miercoles jueves viernes sabado'.split(' '),
    days: { hoy: 0, ayer: 1, anteayer: 2, antier: 2 },
    connectors: ['a', 'las', 'la', 'de', 'del', 'el'],
  },
  it: {
    months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
    weekdays: 'domenica lunedi martedi mercoledi giovedi venerdi sabato'.split(' '),
    days: { oggi: 0, ieri: 1, "l'altro ieri": 2, altroieri: 2 },
    connectors: ['alle', 'ore', 'il', 'di', 'del', 'le', 'h'],
  },
  nl: {
    months: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
    monthShortForms: { mrt: 3 },
    weekdays: 'zondag maandag dinsdag woensdag donderdag vrijdag zaterdag'.split(' '),
    days: { vandaag: 0, gisteren: 1, eergisteren: 2 },
    connectors: ['om', 'op', 'de', 'uur'],
  },
  pt: {
    months: 'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
    weekdays: 'domingo segunda terca quarta quinta sexta sabado'.split(' '),
    days: { hoje: 0, ontem: 1, anteontem: 2 },
    connectors: ['as', 'de', 'em'],
  },
};

/** Chinese and Japanese day words, matched as they stand. */
const CJK_DAYS: Readonly<Record<string, number>> = {
  今天: 0,
  今日: 0,
  昨天: 1,
  昨日: 1,
  前天: 2,
  一昨日: 2,
};
const CJK_WEEKDAY = /^(?:(?:星期|礼拜|禮拜|周|週)([日天一二三四五六])|([日月火水木金土])(?:曜日?)?)$/;

/** The languages to try for a page: its own and English when the page says, else all of them. */
function languagesFor(lang: string | undefined): LanguageWords[] {
  const own = lang ? LANGUAGES[lang.toLowerCase().slice(0, 2)] : undefined;
  return own ? [own, LANGUAGES.en!] : Object.values(LANGUAGES);
}

/** Lower case, accents removed, trailing dot dropped: `Déc.` → `dec`. */
function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

type Lookup = { found: number } | { ambiguous: true } | undefined;

function lookUp(
  word: string,
  lang: string | undefined,
  names: (l: LanguageWords) => readonly string[],
  short: (l: LanguageWords) => Readonly<Record<string, number>> | undefined,
  firstNumber: number,
): Lookup {
  const folded = foldWord(word);
  const hits = new Set<number>();
  for (const language of languagesFor(lang)) {
    const shortForms = short(language);
    // Own keys only: page words such as "constructor" must not find Object's own properties.
    if (shortForms && Object.hasOwn(shortForms, folded)) hits.add(shortForms[folded]! - firstNumber);
    names(language).forEach((name, index) => {
      if (name === folded || (folded.length >= 3 && name.startsWith(folded))) hits.add(index);
    });
  }
  if (hits.size > 1) return { ambiguous: true };
  return hits.size ? { found: [...hits][0]! } : undefined;
}

/** The month (1–12) a word names; `ambiguous` when it could be two (French `jui`). */
export function monthNamed(word: string, lang?: string): Lookup {
  const hit = lookUp(
    word,
    lang,
    (l) => l.months,
    (l) => l.monthShortForms,
    1,
  );
  return hit && 'found' in hit ? { found: hit.found + 1 } : hit;
}

/** The weekday (0 = Sunday) a word names: `Sat`, `Samstag`, `星期六`, `周六`, `土曜日`, `土`. */
export function weekdayNamed(word: string, lang?: string): Lookup {
  const cjk = CJK_WEEKDAY.exec(word);
  if (cjk) {
    const chinese = cjk[1] === '天' ? '日' : cjk[1];
    return { found: chinese ? '日一二三四五六'.indexOf(chinese) : '日月火水木金土'.indexOf(cjk[2] ?? '') };
  }
  return lookUp(
    word,
    lang,
    (l) => l.weekdays,
    (l) => l.weekdayShortForms,
    0,
  );
}

/** Days back a day word means (`yesterday` 1), for the whole phrase left after the time. */
export function daysBackOf(phrase: string, lang?: string): number | undefined {
  if (Object.hasOwn(CJK_DAYS, phrase)) return CJK_DAYS[phrase];
  const folded = foldWord(phrase);
  for (const language of languagesFor(lang)) if (Object.hasOwn(language.days, folded)) return language.days[folded];
  return undefined;
}

export function isConnector(word: string, lang?: string): boolean {
  const folded = foldWord(word);
  return languagesFor(lang).some((language) => language.connectors.includes(folded));
}
