package id.naikkelas.market;

/** A business's public profile as its owner edits it. */
public record ProfileView(long businessId, String businessName, BusinessProfileForm profile, int version) {
}
