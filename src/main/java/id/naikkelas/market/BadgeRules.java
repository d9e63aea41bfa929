package id.naikkelas.market;

import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PermitValidity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The badge rules of {@code market/badges.yml} and the small engine that applies them: to the permits a product holds
 * (for its page) and to SQL (for the catalogue filter), so both read one list.
 */
final class BadgeRules {

    static final String RESOURCE = "market/badges.yml";

    /** One rule: the badge {@code code} shows while every permit in {@code needs} is valid. */
    record Rule(String code, List<PermitType> needs, boolean verify) {
    }

    private final List<Rule> rules;

    BadgeRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static BadgeRules load() {
        try (InputStream in = BadgeRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, List<Map<String, Object>>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            var rules = new ArrayList<Rule>();
            for (var entry : root.get("badges")) {
                @SuppressWarnings("unchecked")
                var needs = ((List<String>) entry.get("needs")).stream().map(PermitType::valueOf).toList();
                if (needs.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": badge " + entry.get("code") + " needs no permit");
                }
                rules.add(new Rule((String) entry.get("code"), needs, Boolean.TRUE.equals(entry.get("verify"))));
            }
            return new BadgeRules(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Rule> rules() {
        return rules;
    }

    Optional<Rule> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The badges these permits earn on {@code today}, in the order of the rules. */
    List<Badge> badges(Collection<HeldPermit> permits, LocalDate today) {
        var valid = permits.stream().filter(p -> p.validOn(today)).toList();
        var badges = new ArrayList<Badge>();
        for (Rule rule : rules) {
            var proof = new ArrayList<HeldPermit>();
            for (PermitType type : rule.needs()) {
                valid.stream().filter(p -> p.type() == type).findFirst().ifPresent(proof::add);
            }
            if (proof.size() == rule.needs().size()) {
                var single = rule.needs().size() == 1 ? proof.get(0) : null;
                badges.add(new Badge(rule.code(), single == null ? null : single.number(), single == null ? null : single.expiresOn(),
                        rule.verify() && single != null));
            }
        }
        return badges;
    }

    /**
     * The SQL condition "the listing {@code l} holds badge {@code code} on {@code :today}": one {@code EXISTS} per
     * permit the rule needs. Only rule data goes into the text; values travel as parameters.
     */
    String condition(Rule rule) {
        var parts = new ArrayList<String>();
        for (PermitType type : rule.needs()) {
            parts.add("EXISTS (SELECT 1 FROM registry_permit pm WHERE pm.product_id = l.product_id AND pm.type = '"
                    + type.name() + "' AND " + PermitValidity.validOn("pm", "today") + ")");
        }
        return String.join(" AND ", parts);
    }
}
