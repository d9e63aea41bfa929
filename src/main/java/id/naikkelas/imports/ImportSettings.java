package id.naikkelas.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code naikkelas.imports.*}: how big a committed chunk is, how a node finds work and when another
 * node may take over a job whose worker went silent, and the matcher's two thresholds (a score at or
 * above {@code high} links to the existing business, between {@code low} and {@code high} an officer
 * reviews, below {@code low} the row becomes a new business), and how long a finished job keeps its rejected
 * lines and column samples ({@code retention}, checked every {@code purgeInterval}).
 */
@ConfigurationProperties("naikkelas.imports")
record ImportSettings(int chunkSize, Duration pollInterval, Duration staleAfter, int maxAttempts, Match match,
                      Duration retention, Duration purgeInterval) {

    record Match(double high, double low, int cachedCandidates) {
    }
}
