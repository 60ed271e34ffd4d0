// The bench runs Settle's export in a plain page, with no extension around it: messages are their keys.
export const browser = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  runtime: { getManifest: () => ({ version: 'bench' }) },
};
