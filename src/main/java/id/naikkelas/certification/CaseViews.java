package id.naikkelas.certification;

import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.training.OpenTrainings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles what a case page shows: each step's state, due date, documents and what still blocks it. */
final class CaseViews {

    private CaseViews() {
    }

    static CaseView build(Stored stored, BusinessDetail business, PathwayTemplate template, GuardContext context,
                          List<CaseView.DocumentView> documents, List<CaseView.CommentView> comments,
                          List<CaseView.TransitionView> transitions, Map<String, String> references,
                          CaseView.Permissions permissions, WorkingDays workingDays, LocalDate today, CaseView.RouteOffer routeOffer,
                          List<CaseView.RouteChangeView> routeChanges, List<OpenTrainings.OpenTraining> trainings) {
        Set<String> done = new HashSet<>();
        Set<String> skipped = new HashSet<>();
        for (var t : transitions) {
            done.add(t.fromStep());
            skipped.addAll(t.skipped());
        }
        // uploaded to the case, or stood for by a certificate on the platform (a PKP, the person's own bimtek)
        Set<String> uploaded = new HashSet<>(context.documents());
        documents.forEach(d -> uploaded.add(d.type().code()));
        var steps = template.steps().stream().map(step -> {
            CaseView.StepState state = step.code().equals(stored.currentStep()) ? CaseView.StepState.CURRENT
                    : done.contains(step.code()) ? CaseView.StepState.DONE
                    : skipped.contains(step.code()) ? CaseView.StepState.SKIPPED
                    : CaseView.StepState.UPCOMING;
            boolean current = state == CaseView.StepState.CURRENT;
            LocalDate due = current ? stored.stepDueOn() : null;
            var required = step.requiredDocuments().stream()
                    .map(type -> new CaseView.RequiredDocument(type, uploaded.contains(type.code()))).toList();
            // a step asking for the NIB shows the profile's until one is recorded for it
            String reference = references.getOrDefault(step.code(), current && step.recordsNib() ? business.nib() : null);
            return new CaseView.StepView(step, state, due, current && due != null && workingDays.isOverdue(due, today),
                    reference, required, current ? Guards.check(step, context) : List.of(), current ? trainings : List.of());
        }).toList();
        var product = business.products().stream().filter(p -> stored.productId() != null && p.id() == stored.productId()).findFirst();
        boolean overdue = stored.status() == CaseStatus.OPEN && stored.stepDueOn() != null && workingDays.isOverdue(stored.stepDueOn(), today);
        return new CaseView(stored.id(), business.id(), business.name(), stored.productId(), product.map(p -> p.name()).orElse(null),
                stored.personName(), stored.permit(), stored.route(), template, stored.status(), stored.currentStep(),
                stored.stepDueOn(), overdue, stored.inspectionLevel(), stored.facilitator(), stored.permitNumber(), stored.openedBy(),
                stored.openedAt(), steps, documents, comments, transitions, permissions, stored.version(), stored.voluntary(),
                stored.personRole(), stored.inspectionId(), routeOffer, routeChanges, business.regionCode());
    }
}
