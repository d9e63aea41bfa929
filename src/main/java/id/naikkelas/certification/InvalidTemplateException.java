package id.naikkelas.certification;

/** A pathway template or document catalogue that cannot be used; the message says where and why. */
class InvalidTemplateException extends RuntimeException {

    public InvalidTemplateException(String message) {
        super(message);
    }
}
