package id.naikkelas.certification;

import id.naikkelas.common.Today;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.ProductDetail;
import id.naikkelas.registry.Products;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the requirement engine says today about one permit of one product, for work on a case: whether it is
 * started on purpose, and which halal route the product's current facts lead to. Reads the product as its
 * viewer may (the registry's access rule).
 */
@Component
class ProductAdvice {

    private final RequirementEngine engine;
    private final Products products;
    private final Businesses businesses;
    private final ProductProfiles profiles;
    private final Enrollments enrollments;
    private final Today today;

    ProductAdvice(RequirementEngine engine, Products products, Businesses businesses, ProductProfiles profiles,
                  Enrollments enrollments, Today today) {
        this.today = today;
        this.engine = engine;
        this.products = products;
        this.businesses = businesses;
        this.profiles = profiles;
        this.enrollments = enrollments;
    }

    /** The whole report for a product of a business, as the rules read on {@code asOf}. */
    RequirementReport report(ProductDetail product, BusinessDetail business, LocalDate asOf) {
        return report(product, business, programTargetsOf(business.id()), asOf);
    }

    /** The same, with the permits the business's programs aim at already read: a list of products reads them once. */
    RequirementReport report(ProductDetail product, BusinessDetail business, Set<PermitType> programTargets, LocalDate asOf) {
        return engine.evaluate(profiles.of(product, business, programTargets, asOf));
    }

    Set<PermitType> programTargetsOf(long businessId) {
        return enrollments.targetPermitsOf(businessId);
    }

    /** The decision for the permit; empty when no rule speaks about it for this product. */
    Optional<Requirement> about(long productId, PermitType permit) {
        var product = products.get(productId);
        var business = businesses.get(product.businessId());
        return report(product, business, this.today.date()).find(permit);
    }

    /**
     * Whether a permit the rules do not require may still be sought on purpose: a recommended one, or one the
     * product is exempt from or outside of (BPOM MD for an IRT product meant for export, halal for exempt materials).
     * Never a halal certificate for a product that must carry a "not halal" statement instead.
     */
    static boolean mayBeSoughtVoluntarily(Optional<Requirement> requirement) {
        return requirement.map(Requirement::outcome)
                .map(outcome -> outcome == Outcome.RECOMMENDED || outcome == Outcome.EXEMPT || outcome == Outcome.NOT_APPLICABLE)
                .orElse(true);
    }
}
