package id.naikkelas.certification;

/** A requirement-rule file that cannot be used; the message says where and why, for the administrator. */
class InvalidRulesException extends RuntimeException {

    public InvalidRulesException(String message) {
        super(message);
    }
}
