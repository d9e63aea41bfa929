package id.naikkelas.assessment;

/**
 * A checklist template or level-rule file that cannot be used. The message says where (file,
 * section, item) and why, so an administrator importing a file can fix it.
 */
class InvalidDefinitionException extends RuntimeException {

    public InvalidDefinitionException(String message) {
        super(message);
    }
}
