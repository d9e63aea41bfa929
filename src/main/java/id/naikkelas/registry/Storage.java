package id.naikkelas.registry;

public enum Storage {
    AMBIENT, CHILLED, FROZEN
}
