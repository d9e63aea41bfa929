package id.naikkelas.registry;

import java.util.List;

/**
 * Every message key the registry validators emit. Each key must exist in both
 * {@code i18n/validation.properties} (Bahasa Indonesia) and {@code i18n/validation_en.properties}, except
 * {@link #REQUIRED}, the one key for "nothing entered" that every form shares ({@code i18n/messages.properties});
 * a test compares {@link #ALL} with both bundles, so add new keys here first.
 */
final class ValidationCodes {

    /** Shared: nothing was entered. The platform's one key for it, not a registry key of its own. */
    public static final String REQUIRED = "field.required";

    /** NIK contains something other than digits and separators. */
    public static final String NIK_DIGITS = "validation.nik.digits";
    /** NIK is not 16 digits; arg 0 = number of digits entered. */
    public static final String NIK_LENGTH = "validation.nik.length";
    /** Unknown province code; arg 0 = the two digits. */
    public static final String NIK_PROVINCE = "validation.nik.province";
    /** DDMMYY is not a real (past) date; arg 0 = the six digits. */
    public static final String NIK_BIRTHDATE = "validation.nik.birthdate";
    /** Serial number is 0000. */
    public static final String NIK_SERIAL = "validation.nik.serial";

    /** NIB is not 13 digits; arg 0 = number of characters entered. */
    public static final String NIB_FORMAT = "validation.nib.format";

    /** Characters that cannot be part of a phone number, or an unrecognised start. */
    public static final String PHONE_FORMAT = "validation.phone.format";
    /** A country code other than +62. */
    public static final String PHONE_COUNTRY = "validation.phone.country";
    /** Fewer than 8 digits after 62; arg 0 = digits after 62. */
    public static final String PHONE_TOO_SHORT = "validation.phone.tooShort";
    /** More than 12 digits after 62; arg 0 = digits after 62. */
    public static final String PHONE_TOO_LONG = "validation.phone.tooLong";

    /** Permit number does not match a documented format; arg 0 = an example. */
    public static final String PERMIT_FORMAT = "validation.permit.format";
    /** Permit number with no documented format does not even look like a number. */
    public static final String PERMIT_UNREADABLE = "validation.permit.unreadable";

    public static final List<String> ALL = List.of(
            REQUIRED,
            NIK_DIGITS, NIK_LENGTH, NIK_PROVINCE, NIK_BIRTHDATE, NIK_SERIAL,
            NIB_FORMAT,
            PHONE_FORMAT, PHONE_COUNTRY, PHONE_TOO_SHORT, PHONE_TOO_LONG,
            PERMIT_FORMAT, PERMIT_UNREADABLE);

    private ValidationCodes() {
    }
}
