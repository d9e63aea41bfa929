package id.naikkelas.programs;

import id.naikkelas.common.InvalidInput;

import java.util.List;

/**
 * A facilitator who cannot take this business, and why (issue 18 part 6), with the ones who can, best first: the page
 * shows both, the API answers them as a problem detail. Still an {@link InvalidInput}, so callers that only need the
 * reason (a bulk action's row) read it as before.
 */
public class FacilitatorUnavailable extends InvalidInput {

    public enum Reason {
        /** The program's limit of businesses per facilitator (one in a one-to-one program). */
        PROGRAM_CAP,
        /** The facilitator's own capacity over all programs. */
        CAPACITY,
        DISABLED,
        OUTSIDE_REGION,
        OUTSIDE_PROGRAM,
        /** A partner organisation's member whose MoU has ended (or not begun) or does not cover this region or facilitation. */
        MOU_NOT_CURRENT
    }

    private final Reason reason;
    private final transient List<Facilitators.Suggestion> alternatives;

    FacilitatorUnavailable(Reason reason, List<Facilitators.Suggestion> alternatives, String field, String code, Object... args) {
        super(List.of(new Violation(field, code, List.of(args))));
        this.reason = reason;
        this.alternatives = List.copyOf(alternatives);
    }

    public Reason reason() {
        return reason;
    }

    /** Facilitators who may take the business now, ranked by {@link Facilitators#RANKING}. */
    public List<Facilitators.Suggestion> alternatives() {
        return alternatives;
    }
}
