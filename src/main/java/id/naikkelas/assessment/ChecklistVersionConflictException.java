package id.naikkelas.assessment;

/**
 * Someone tried to publish a (code, version) that is already published with other content.
 * Published versions are immutable because past inspections are scored against them.
 */
class ChecklistVersionConflictException extends RuntimeException {

    public ChecklistVersionConflictException(String code, int version, int nextFreeVersion) {
        super("checklist '" + code + "' version " + version + " is already published with different content;"
                + " a published version cannot change, publish the new content as version " + nextFreeVersion);
    }
}
