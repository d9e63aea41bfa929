package id.naikkelas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NaikKelasApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaikKelasApplication.class, args);
    }
}
