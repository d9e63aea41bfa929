package id.naikkelas.feedback;

/** The nine survey elements (unsur) of PermenPANRB 14/2017, in their official order. */
public enum IkmElement {
    U1_REQUIREMENTS,
    U2_PROCEDURE,
    U3_COMPLETION_TIME,
    U4_COST,
    U5_SERVICE_PRODUCT,
    U6_STAFF_COMPETENCE,
    U7_STAFF_BEHAVIOUR,
    U8_FACILITIES,
    U9_COMPLAINT_HANDLING;

    /** The form and column name: u1 ... u9. */
    public String field() {
        return "u" + (ordinal() + 1);
    }
}
