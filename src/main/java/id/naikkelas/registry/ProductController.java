package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.Today;
import id.naikkelas.common.Uploads;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.LocalDate;

/** Product pages: add, view, edit, photos and held permits. */
@Controller
class ProductController {

    private final Products products;
    private final Businesses businesses;
    private final ReferenceOptions options;
    private final Today today;
    private final AuditTrail audit;

    ProductController(Products products, Businesses businesses, ReferenceOptions options, AuditTrail audit, Today today) {
        this.today = today;
        this.products = products;
        this.businesses = businesses;
        this.options = options;
        this.audit = audit;
    }

    @GetMapping("/usaha/{businessId}/produk/baru")
    String newProduct(@PathVariable long businessId, Model model) {
        return form(model, new ProductForm(), businessId, null);
    }

    @PostMapping("/usaha/{businessId}/produk")
    String create(@PathVariable long businessId, @ModelAttribute("form") ProductForm form, BindingResult binding,
                  @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, businessId, null);
        }
        long id;
        try {
            id = products.create(businessId, form.toData());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return form(model, form, businessId, null);
        }
        if (photo != null && !photo.isEmpty()) {
            try {
                products.addPhoto(id, Uploads.read(photo, Products.MAX_PHOTO_BYTES, "photo"));
            } catch (InvalidInput e) {
                // the product is saved; say why the photo was not and let the user try another file
                redirect.addFlashAttribute("problems", e.violations());
                return "redirect:/produk/" + id;
            }
        }
        redirect.addFlashAttribute("notice", "registry.product.created");
        return "redirect:/produk/" + id;
    }

    @GetMapping("/produk/{id}")
    String detail(@PathVariable long id, Model model) {
        var product = products.get(id);
        model.addAttribute("product", product);
        model.addAttribute("history", audit.historyOf("product", id));
        model.addAttribute("today", today.date());
        options.addTo(model);
        return "registry/product";
    }

    @GetMapping("/produk/{id}/ubah")
    String edit(@PathVariable long id, Model model) {
        var product = products.get(id);
        return form(model, ProductForm.of(product), product.businessId(), id);
    }

    @PostMapping("/produk/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProductForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        long businessId = products.get(id).businessId();
        if (binding.hasErrors()) {
            return form(model, form, businessId, id);
        }
        try {
            products.update(id, form.getVersion(), form.toData());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return form(model, form, businessId, id);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return form(model, form, businessId, id);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/produk/" + id;
    }

    @PostMapping("/produk/{id}/nonaktif")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        long businessId = products.get(id).businessId();
        products.deactivate(id);
        redirect.addFlashAttribute("notice", "registry.product.deactivated");
        return "redirect:/usaha/" + businessId;
    }

    @PostMapping("/produk/{id}/foto")
    String addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect) {
        try {
            products.addPhoto(id, Uploads.read(photo, Products.MAX_PHOTO_BYTES, "photo"));
            redirect.addFlashAttribute("notice", "registry.photo.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/produk/" + id;
    }

    @PostMapping("/produk/{id}/izin")
    String addPermit(@PathVariable long id, @RequestParam(required = false) PermitType type, @RequestParam String number,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                     @RequestParam(required = false) String issuer, RedirectAttributes redirect) {
        try {
            products.addPermit(id, new PermitData(type, number, issuedOn, expiresOn, issuer));
            redirect.addFlashAttribute("notice", "registry.permit.added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            redirect.addFlashAttribute("permitInput", new PermitData(type, number, issuedOn, expiresOn, issuer));
        }
        return "redirect:/produk/" + id + "#izin";
    }

    @PostMapping("/izin/{permitId}/hapus")
    String removePermit(@PathVariable long permitId, @RequestParam long productId, RedirectAttributes redirect) {
        products.removePermit(permitId);
        redirect.addFlashAttribute("notice", "registry.permit.removed");
        return "redirect:/produk/" + productId + "#izin";
    }

    @GetMapping("/foto/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(products.photo(photoId));
    }

    private String form(Model model, ProductForm form, long businessId, Long productId) {
        var business = businesses.get(businessId);
        if (!business.permissions().edit()) {
            // saving would be refused (an assigned facilitator reads the business): the form is not offered either
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        model.addAttribute("form", form);
        model.addAttribute("business", business);
        model.addAttribute("productId", productId);
        options.addTo(model);
        return "registry/product-form";
    }
}
