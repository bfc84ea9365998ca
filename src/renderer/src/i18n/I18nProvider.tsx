// Room: renderer — the window's language, chosen in the header and remembered in the page's
// storage; Vietnamese unless the user picked English.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, translator, type Locale, type Translate } from './translate.ts';

const STORAGE_KEY = 'soat.locale';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n>({ locale: 'vi', setLocale: () => undefined, t: translator('vi') });

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LOCALES.includes(stored as Locale) ? (stored as Locale) : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private windows may refuse storage: the language then lasts for this session.
    }
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
