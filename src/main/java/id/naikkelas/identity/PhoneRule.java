package id.naikkelas.identity;

import id.naikkelas.common.InvalidInput;

/**
 * The one written form of an account's contact phone. The rule itself is the registry's ({@code PhoneNumbers}: E.164,
 * {@code +62…}, what notifications send WhatsApp to); the registry depends on identity, so identity names what it needs
 * here and the registry supplies it. Every number an account stores goes through it first, so "0812-3456-7890",
 * "+62 812 3456 7890" and "6281234567890" are one number when accounts are compared.
 */
public interface PhoneRule {

    /**
     * The number as stored: its canonical form, null when nothing was typed; when it is not a phone number, null and
     * the reason added on {@code field}.
     */
    String canonical(String raw, String field, InvalidInput.Collector problems);
}
