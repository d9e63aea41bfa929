package id.naikkelas.certification;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Today;
import id.naikkelas.registry.BusinessScale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public permit self-check ({@code /cek-izin}): a questionnaire on a phone, and a result page whose address
 * carries the answers (GET), so it can be bookmarked, shared over WhatsApp or printed.
 */
@Controller
class PermitCheckController {

    private final PermitCheck permitCheck;
    private final Today today;

    PermitCheckController(PermitCheck permitCheck, Today today) {
        this.today = today;
        this.permitCheck = permitCheck;
    }

    /** The questions; answers in the address (from "change my answers") are filled in. */
    @GetMapping("/cek-izin")
    String form(@ModelAttribute("answers") PermitCheckAnswers answers, BindingResult binding, Model model) {
        return form(model, binding.hasErrors() ? new PermitCheckAnswers() : answers, List.of());
    }

    @GetMapping("/cek-izin/hasil")
    String result(@ModelAttribute("answers") PermitCheckAnswers answers, BindingResult binding, Model model,
                  HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (binding.hasErrors()) {
            response.setStatus(422);
            return form(model, answers, binding.getFieldErrors().stream()
                    .map(e -> new InvalidInput.Violation(e.getField(), "input.type", List.of(InvalidInput.label(e.getField()))))
                    .toList());
        }
        PermitCheckResult result;
        try {
            result = permitCheck.check(answers, this.today.date(), locale);
        } catch (InvalidInput e) {
            response.setStatus(422);
            return form(model, answers, e.violations());
        }
        String query = withoutLang(request.getQueryString());
        model.addAttribute("result", result);
        model.addAttribute("query", query);
        model.addAttribute("signupUrl", signupUrl(answers));
        model.addAttribute("hasProblems", false);
        return "certification/permit-check-result";
    }

    private String form(Model model, PermitCheckAnswers answers, List<InvalidInput.Violation> problems) {
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute("sectors", id.naikkelas.certification.ProductProfile.SECTORS);
        model.addAttribute("foodCategories", permitCheck.foodCategories());
        model.addAttribute("irtFoodTypes", permitCheck.irtFoodTypes());
        model.addAttribute("sniCommodities", permitCheck.vocabulary().sniCommodities());
        model.addAttribute("selfDeclareTypes", permitCheck.vocabulary().selfDeclareTypes());
        model.addAttribute("preservationOptions", permitCheck.vocabulary().preservation());
        model.addAttribute("processingOptions", permitCheck.vocabulary().processing());
        model.addAttribute("exemptMaterials", permitCheck.vocabulary().exemptMaterials());
        model.addAttribute("storages", PermitCheck.STORAGES);
        model.addAttribute("equipmentOptions", PermitCheck.EQUIPMENT);
        model.addAttribute("kinds", PermitCheck.KINDS);
        model.addAttribute("meatSources", PermitCheck.MEAT_SOURCES);
        model.addAttribute("meatGrindings", PermitCheck.MEAT_GRINDINGS);
        model.addAttribute("scales", PermitCheck.SCALES);
        model.addAttribute("thresholds", thresholds());
        return "certification/permit-check";
    }

    /** The PP 7/2021 ceilings per scale, in billions of rupiah, for the hint next to the scale question. */
    private Map<String, String[]> thresholds() {
        var t = permitCheck.thresholds();
        var out = new LinkedHashMap<String, String[]>();
        for (BusinessScale s : List.of(BusinessScale.MIKRO, BusinessScale.KECIL, BusinessScale.MENENGAH)) {
            out.put(s.name(), new String[] {billions(t.capitalMax(s).orElseThrow()), billions(t.salesMax(s).orElseThrow())});
        }
        return out;
    }

    private static String billions(BigDecimal rupiah) {
        return rupiah.movePointLeft(9).stripTrailingZeros().toPlainString();
    }

    static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang=")).collect(Collectors.joining("&"));
    }

    /** The sign-up form, filled with what the answers already say about the business. */
    static String signupUrl(PermitCheckAnswers a) {
        var uri = UriComponentsBuilder.fromPath("/daftar");
        String name = a.getBrand() != null && !a.getBrand().isBlank() ? a.getBrand() : a.getProductName();
        if (name != null && !name.isBlank()) {
            uri.queryParam("name", name.strip());
        }
        uri.queryParam("sector", a.getSector());
        if (a.getKind() != null && !a.getKind().isBlank()) {
            uri.queryParam("kind", a.getKind());
        }
        if (a.getEquipment() != null && !a.getEquipment().isBlank()) {
            uri.queryParam("equipment", a.getEquipment());
        }
        if (Boolean.TRUE.equals(a.getMadeAtHome())) {
            uri.queryParam("premises", "RESIDENCE");
        }
        if (a.getCapital() != null) {
            uri.queryParam("capital", a.getCapital());
        }
        if (a.getAnnualSales() != null) {
            uri.queryParam("annualSales", a.getAnnualSales());
        }
        if (a.getProductionSites() != null) {
            uri.queryParam("productionSites", a.getProductionSites());
        }
        if (a.getOutlets() != null) {
            uri.queryParam("outlets", a.getOutlets());
        }
        if (a.getMenuItems() != null) {
            uri.queryParam("menuItems", a.getMenuItems());
        }
        return uri.encode().build().toUriString();
    }
}
