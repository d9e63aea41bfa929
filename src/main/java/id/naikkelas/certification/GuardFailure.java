package id.naikkelas.certification;

import java.util.List;
import java.util.Locale;

/**
 * A guard that does not hold, with what to tell the user. {@code messageKey} is in
 * {@code i18n/certification*.properties}; its arguments differ per language because some are
 * labels (a document's name), so resolving {@code messageKey} with {@link #args(Locale)} through a
 * MessageSource gives the same text as {@link #text(Locale)}.
 */
record GuardFailure(
        Guard guard,
        String messageKey,
        List<Object> argsId,
        List<Object> argsEn,
        String textId,
        String textEn) {

    public GuardFailure {
        argsId = List.copyOf(argsId);
        argsEn = List.copyOf(argsEn);
    }

    /** Arguments for {@code MessageSource.getMessage(messageKey, args, locale)}. */
    public Object[] args(Locale locale) {
        return (CertificationMessages.isEnglish(locale) ? argsEn : argsId).toArray();
    }

    /** English for an English locale, otherwise Indonesian (the application's default language). */
    public String text(Locale locale) {
        return CertificationMessages.isEnglish(locale) ? textEn : textId;
    }
}
