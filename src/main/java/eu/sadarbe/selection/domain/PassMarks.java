package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * R-AWD-02 with the call year's figures (R-GEN-01): the total an application needs to pass, and the fewest points
 * each criterion needs (its share of the criterion's maximum, R-AWD-01), by criterion ({@code relevance}, …).
 */
public record PassMarks(int total, Map<String, BigDecimal> criteria) {

    public PassMarks {
        criteria = Map.copyOf(criteria);
    }

    public BigDecimal of(String criterion) {
        return criteria.getOrDefault(criterion, BigDecimal.ZERO);
    }
}
