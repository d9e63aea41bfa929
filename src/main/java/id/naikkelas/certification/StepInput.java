package id.naikkelas.certification;

import java.time.LocalDate;

/**
 * What a person records when marking a step done: the external system's reference number,
 * the inspection level, the facilitator, and on the last step the issued permit.
 */
public record StepInput(String reference, Integer inspectionLevel, String facilitator, String permitNumber,
                        LocalDate issuedOn, LocalDate expiresOn, String note) {

    public static StepInput none() {
        return new StepInput(null, null, null, null, null, null, null);
    }
}
