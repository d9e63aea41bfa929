package id.naikkelas.certification;

import id.naikkelas.common.Today;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.ProductDetail;
import id.naikkelas.registry.Products;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Izin saya": which permits each product needs, why, and the next step towards each. */
@Service
class Requirements {

    private final ProductAdvice advice;
    private final Products products;
    private final Businesses businesses;
    private final Cases cases;
    private final PathwayTemplates templates;
    private final Today today;

    Requirements(ProductAdvice advice, Products products, Businesses businesses, Cases cases, PathwayTemplates templates, Today today) {
        this.today = today;
        this.advice = advice;
        this.products = products;
        this.businesses = businesses;
        this.cases = cases;
        this.templates = templates;
    }

    public ProductRequirements forProduct(long productId) {
        return forProduct(productId, null);
    }

    /** As the rules read on {@code asOf} (today when null): deadlines such as 17 October 2026 change the advice. */
    public ProductRequirements forProduct(long productId, LocalDate asOf) {
        var product = products.get(productId);
        var business = businesses.get(product.businessId());
        return of(product, business, advice.programTargetsOf(business.id()), asOf == null ? this.today.date() : asOf,
                cases.openCasesOf(List.of(productId)).getOrDefault(productId, Map.of()));
    }

    /**
     * Requirements of every product of a business: the business, its products, their open cases and the programs'
     * targets are each read once, so the owner's page costs the same for 5 products or 50 (issue 17).
     */
    public List<ProductRequirements> forBusiness(long businessId) {
        var business = businesses.get(businessId);
        var all = products.allOf(businessId);
        var open = cases.openCasesOf(all.stream().map(ProductDetail::id).toList());
        var targets = advice.programTargetsOf(businessId);
        LocalDate today = this.today.date();
        return all.stream().map(product -> of(product, business, targets, today, open.getOrDefault(product.id(), Map.of()))).toList();
    }

    private ProductRequirements of(ProductDetail product, BusinessDetail business, Set<PermitType> programTargets, LocalDate asOf,
                                   Map<PermitType, Cases.OpenCase> open) {
        var report = advice.report(product, business, programTargets, asOf);
        var items = report.requirements().stream().map(requirement -> {
            PermitType permit = requirement.permit();
            var held = product.permits().stream().filter(p -> p.type() == permit && !p.expired(this.today.date())).findFirst().orElse(null);
            var openCase = open.get(permit);
            Long caseId = openCase == null ? null : openCase.id();
            if (isPersonCredential(permit)) {
                return new ProductRequirements.Item(requirement, ProductRequirements.Progress.PERSON_CREDENTIAL, held, null, null, null, null, false);
            }
            if (!requirement.outcome().isPursued() && caseId == null) {
                // not needed, but it may be sought on purpose when a pathway exists (no "not halal" product gets halal)
                boolean voluntary = held == null && product.editable() && hasPathway(permit, requirement.route())
                        && ProductAdvice.mayBeSoughtVoluntarily(java.util.Optional.of(requirement));
                return new ProductRequirements.Item(requirement, ProductRequirements.Progress.NOT_NEEDED, held, null, null, null, null,
                        false, voluntary);
            }
            if (held != null) {
                return new ProductRequirements.Item(requirement, ProductRequirements.Progress.HELD, held, caseId, null, null, null, false);
            }
            if (caseId != null) {
                var current = openCase.current();
                return new ProductRequirements.Item(requirement, ProductRequirements.Progress.IN_PROGRESS, null, caseId,
                        current == null ? null : current.titleId(), current == null ? null : current.titleEn(),
                        current == null ? null : current.actor(), false);
            }
            boolean pathway = hasPathway(permit, requirement.route());
            return new ProductRequirements.Item(requirement,
                    pathway ? ProductRequirements.Progress.NOT_STARTED : ProductRequirements.Progress.NO_PATHWAY,
                    null, null, null, null, null, pathway && product.editable());
        }).toList();
        return new ProductRequirements(product.id(), product.name(), business.id(), business.name(), report.rulesVersion(),
                report.asOf(), report.prerequisites(), items);
    }

    private boolean isPersonCredential(PermitType permit) {
        return permit != PermitType.HALAL && templates.forPermit(permit, null)
                .filter(t -> t.subject() == PathwayTemplate.Subject.PERSON).isPresent();
    }

    private boolean hasPathway(PermitType permit, Route route) {
        try {
            return templates.forPermit(permit, permit == PermitType.HALAL ? (route == null ? Route.SELF_DECLARE : route) : null)
                    .filter(t -> t.subject() == PathwayTemplate.Subject.PRODUCT).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
