package id.naikkelas.common;

/** Someone else saved the record after this user opened it; their change was kept, this one refused. */
public class EditConflict extends RuntimeException {

    public EditConflict(String entity, Object id) {
        super(entity + " " + id + " was changed by someone else");
    }
}
