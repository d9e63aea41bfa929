package id.naikkelas.imports;

import id.naikkelas.AsUser;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Sector;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.fail;

/** Lists, identifiers and waiting for jobs, shared by the import tests. */
final class ImportFixtures {

    /** NIKs of women born 31-01-1999 in Dumai Barat: a birth date no other fixture uses, so tests never collide. */
    private static final AtomicInteger SERIAL = new AtomicInteger(7000);

    private ImportFixtures() {
    }

    static String nik() {
        return "147201710199" + SERIAL.getAndIncrement();
    }

    static BusinessData business(String name, String owner, String address, String village, String phone, String nik) {
        return new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD, address, village, null,
                null, null, null, null, null, null, null, null, null, new BusinessData.OwnerData(owner, nik, "P", phone, null));
    }

    static ImportJob upload(ImportJobs jobs, String user, String fileName, String csv) {
        return upload(jobs, user, fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    static ImportJob upload(ImportJobs jobs, String user, String fileName, byte[] content) {
        return AsUser.call(user, () -> {
            try {
                return jobs.upload(fileName, new ByteArrayInputStream(content));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Mandatory fields of a list that has a NIK column but gives NIKs only for some owners: the officer unticks NIK. */
    static final Set<Field> NIK_OPTIONAL = EnumSet.of(Field.BUSINESS_NAME, Field.OWNER_NAME, Field.DISTRICT);

    /** As {@link #run(ImportJobs, String, ImportJob)}, with the mandatory fields given. */
    static ImportJob run(ImportJobs jobs, String user, ImportJob job, Set<Field> required) {
        AsUser.run(user, () -> {
            jobs.map(job.id(), job.mapping(), required, false, null);
            jobs.start(job.id());
        });
        return awaitFinished(jobs, user, job.id());
    }

    /** Starts with the guessed mapping and waits until a worker has finished the job. */
    static ImportJob run(ImportJobs jobs, String user, ImportJob job) {
        AsUser.run(user, () -> {
            jobs.map(job.id(), job.mapping(), null);
            jobs.start(job.id());
        });
        return awaitFinished(jobs, user, job.id());
    }

    static ImportJob awaitFinished(ImportJobs jobs, String user, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            var job = AsUser.call(user, () -> jobs.get(id));
            if (job.status().finished()) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                fail("import " + id + " did not finish: " + job);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
