package id.naikkelas.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code naikkelas.imports.*}: how big a committed chunk is, how a node finds work and when another
 * node may take over a job whose worker went silent, and the matcher's two thresholds (a score at or
 * above {@code high} links to the existing business, between {@code low} and {@code high} an officer
 * reviews, below {@code low} the row becomes a new business).
 */
@ConfigurationProperties("naikkelas.imports")
record ImportSettings(int chunkSize, Duration pollInterval, Duration staleAfter, int maxAttempts, Match match) {

    record Match(double high, double low, int cachedCandidates) {
    }
}
