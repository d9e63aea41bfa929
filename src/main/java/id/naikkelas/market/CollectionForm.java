package id.naikkelas.market;

import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A collection as its curators write it: a title, the address's last part ({@code slug}, made from the title when
 * empty), a description, the cover (one photo of one of its products), whether the public sees it, and its products
 * in the order shown.
 */
public record CollectionForm(@Size(max = 120) String title, @Size(max = 80) String slug, @Size(max = 2000) String description,
                             Long coverPhotoId, boolean published, List<Long> productIds) {

    public CollectionForm {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    CollectionForm withProducts(List<Long> ids) {
        return new CollectionForm(title, slug, description, coverPhotoId, published, ids);
    }
}
