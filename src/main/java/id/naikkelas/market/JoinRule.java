package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * When a UMKM may ask to take part in a market event, and when a curator may accept it, as a table: each rule says
 * whether it holds for the asking or the accepting, which field it is told on, and why it refuses. A decline needs no
 * rule (any open request may be declined). {@link JoinRequests} checks the table inside the event's lock, so two
 * acceptances cannot both take the last place.
 */
enum JoinRule {

    OPEN_FOR_REGISTRATION(Step.ASK, "marketEventId", "market.join.notOpen", s -> s.status() == MarketEventStatus.REGISTRATION_OPEN),
    BEFORE_DEADLINE(Step.ASK, "marketEventId", "market.join.deadlinePassed", s -> !s.today().isAfter(s.lastDayToAsk()),
            s -> new Object[] {s.lastDayToAsk()}),
    NOT_CANCELLED(Step.ACCEPT, "marketEventId", "market.join.cancelled", s -> s.status() != MarketEventStatus.CANCELLED),
    ROOM_LEFT(Step.BOTH, "marketEventId", "market.join.full", s -> s.capacity() == null || s.participants() < s.capacity(),
            s -> new Object[] {s.capacity()}),
    BUSINESS_IN_JURISDICTION(Step.BOTH, "businessId", "market.join.businessOutside", Situation::businessInJurisdiction),
    NOT_YET_TAKING_PART(Step.ASK, "businessId", "market.join.alreadyParticipant", s -> !s.participant()),
    NOT_ASKED_YET(Step.ASK, "businessId", "market.join.alreadyAsked", s -> !s.pending());

    /** The two moments the table is read at. */
    enum Step { ASK, ACCEPT, BOTH }

    /**
     * What the rules look at, read under the event's lock: its status, dates and capacity, how many UMKM take part, and
     * where this business stands (verified and in the agency's jurisdiction, already taking part, a request open).
     */
    record Situation(MarketEventStatus status, LocalDate lastDayToAsk, Integer capacity, int participants, boolean businessInJurisdiction,
                     boolean participant, boolean pending, LocalDate today) {
    }

    private final Step step;
    private final String field;
    private final String code;
    private final Predicate<Situation> holds;
    private final Function<Situation, Object[]> args;

    JoinRule(Step step, String field, String code, Predicate<Situation> holds) {
        this(step, field, code, holds, s -> new Object[0]);
    }

    JoinRule(Step step, String field, String code, Predicate<Situation> holds, Function<Situation, Object[]> args) {
        this.step = step;
        this.field = field;
        this.code = code;
        this.holds = holds;
        this.args = args;
    }

    /** Refuses with every broken rule of the step on its field (one reason per field: the first in the table). */
    static void check(Step step, Situation situation) {
        var problems = new InvalidInput.Collector();
        for (JoinRule rule : values()) {
            if ((rule.step == step || rule.step == Step.BOTH) && !problems.has(rule.field) && !rule.holds.test(situation)) {
                problems.add(rule.field, rule.code, rule.args.apply(situation));
            }
        }
        problems.throwIfAny();
    }

    /** Whether the event takes requests today, whoever asks: its rules about the event alone (the public page says so). */
    static boolean eventTakesRequests(MarketEventStatus status, LocalDate lastDayToAsk, LocalDate today) {
        var situation = new Situation(status, lastDayToAsk, null, 0, true, false, false, today);
        return OPEN_FOR_REGISTRATION.holds.test(situation) && BEFORE_DEADLINE.holds.test(situation);
    }

    /** Whether an owner could ask now (the page offers the form only then; the server checks again). */
    static boolean mayAsk(Situation situation) {
        return java.util.Arrays.stream(values()).filter(r -> r.step != Step.ACCEPT).allMatch(r -> r.holds.test(situation));
    }
}
