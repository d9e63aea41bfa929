package id.naikkelas.common;

/**
 * The record does not exist or lies outside the user's jurisdiction; both answer 404 so that
 * other regions' records cannot even be probed.
 */
public class NotFound extends RuntimeException {

    public NotFound(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
