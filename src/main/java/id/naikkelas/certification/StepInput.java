package id.naikkelas.certification;

import id.naikkelas.common.TextLimits;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What a person records when marking a step done: the external system's reference number,
 * the inspection level, the facilitator, and on the last step the issued permit. The limits are the columns'
 * (case_reference.reference, certification_case.facilitator and permit_number).
 *
 * @param nib on a step that waits for the business's NIB, the NIB from OSS, saved to the business profile
 */
public record StepInput(@Size(max = 100) String reference, Integer inspectionLevel, @Size(max = 200) String facilitator,
                        @Size(max = 100) String permitNumber, LocalDate issuedOn, LocalDate expiresOn, @Size(max = TextLimits.NOTE) String note,
                        @Size(max = 40) String nib) {

    public StepInput(String reference, Integer inspectionLevel, String facilitator, String permitNumber, LocalDate issuedOn,
                     LocalDate expiresOn, String note) {
        this(reference, inspectionLevel, facilitator, permitNumber, issuedOn, expiresOn, note, null);
    }

    public StepInput withReference(String value) {
        return new StepInput(value, inspectionLevel, facilitator, permitNumber, issuedOn, expiresOn, note, nib);
    }

    public static StepInput none() {
        return new StepInput(null, null, null, null, null, null, null);
    }
}
