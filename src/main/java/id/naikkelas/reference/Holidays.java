package id.naikkelas.reference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** National holidays and cuti bersama (editable by administrators in the holiday table). */
@Service
public class Holidays {

    private final JdbcClient jdbc;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> dates() {
        return jdbc.sql("SELECT date FROM holiday ORDER BY date").query(LocalDate.class).list();
    }
}
