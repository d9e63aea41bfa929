package id.naikkelas.reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @GetMapping("/ui/regions/picker")
    String picker(@RequestParam String field,
                  @RequestParam(required = false) String province,
                  @RequestParam(required = false) String regency,
                  @RequestParam(required = false) String district,
                  @RequestParam(required = false) String village,
                  Model model) {
        String chosen = deepest(village, district, regency, province);
        model.addAttribute("picker", picker.state(field, chosen));
        return "fragments/region :: picker";
    }

    /** The deepest consistent choice: a child only counts while it still belongs to its parent. */
    private static String deepest(String village, String district, String regency, String province) {
        String chosen = null;
        for (String code : new String[] {province, regency, district, village}) {
            if (code == null || code.isBlank()) {
                break;
            }
            if (chosen != null && !code.startsWith(chosen + ".")) {
                break;
            }
            chosen = code;
        }
        return chosen;
    }
}
