package cn.gov.talent.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

import cn.gov.talent.shared.BusinessTime;

/** The filters of the audit page; every one becomes a SQL condition on an indexed column. */
record AuditFilter(String subjectType, Long subjectId, String actor, String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    private static final ZoneId ZONE = BusinessTime.ZONE;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    Specification<AuditRecord> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (StringUtils.hasText(subjectType)) {
                predicates.add(cb.equal(root.get("subjectType"), subjectType.trim()));
            }
            if (subjectId != null) {
                predicates.add(cb.equal(root.get("subjectId"), subjectId));
            }
            if (StringUtils.hasText(actor)) {
                predicates.add(cb.equal(root.get("actorUsername"), actor.trim().toLowerCase()));
            }
            if (StringUtils.hasText(action)) {
                predicates.add(cb.equal(root.get("action"), action.trim().toUpperCase()));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ZONE).toInstant()));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
