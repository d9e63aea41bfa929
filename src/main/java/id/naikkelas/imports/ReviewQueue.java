package id.naikkelas.imports;

import org.springframework.stereotype.Service;

/** The review queue as other modules see it: how many imported rows wait for an officer's decision. */
@Service
public class ReviewQueue {

    private final Reviews reviews;

    ReviewQueue(Reviews reviews) {
        this.reviews = reviews;
    }

    /** Rows of the user's agency and jurisdiction waiting for review: what {@code /impor/tinjau} lists. */
    public long waiting() {
        return reviews.count(Reviews.Status.PENDING, null);
    }
}
