package id.naikkelas.reference;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.regex.Pattern;

/**
 * Serves the cascading region picker (fragment {@code fragments/region :: picker}). Each change
 * re-renders the whole picker for the deepest chosen code, so the server decides what is shown.
 */
@Controller
class RegionPickerController {

    private final RegionPicker picker;

    RegionPickerController(RegionPicker picker) {
        this.picker = picker;
    }

    /** A prefix as {@link RegionPicker#row} or {@link RegionPicker#choice} makes it ("targetRegions[2].", "region."); anything else is none. */
    private static final Pattern ROW_PREFIX = Pattern.compile("[A-Za-z]{1,40}(\\[\\d{1,3}])?\\.");

    @GetMapping("/ui/regions/picker")
    String picker(@RequestParam String field,
                  @RequestParam(required = false) String prefix,
                  @RequestParam(required = false) String province,
                  @RequestParam(required = false) String regency,
                  @RequestParam(required = false) String district,
                  @RequestParam(required = false) String village,
                  HttpServletRequest request, Model model) {
        if (prefix != null && ROW_PREFIX.matcher(prefix).matches()) {
            // a form's property or a row of a list: its selects carry that name
            String chosen = RegionChoice.deepest(request.getParameter(prefix + "province"), request.getParameter(prefix + "regency"),
                    request.getParameter(prefix + "district"), request.getParameter(prefix + "village"));
            model.addAttribute("picker", picker.state(field, prefix, chosen));
        } else {
            model.addAttribute("picker", picker.state(field, RegionChoice.deepest(province, regency, district, village)));
        }
        return "fragments/region :: picker";
    }
}
