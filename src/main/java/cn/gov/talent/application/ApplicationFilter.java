package cn.gov.talent.application;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

/** Filters of the application list: status, batch, and a name or serial-number prefix. */
public record ApplicationFilter(ApplicationStatus status, Long batchId, String q) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null);
    }

    Specification<Application> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (batchId != null) {
                predicates.add(cb.equal(root.get("batchId"), batchId));
            }
            if (StringUtils.hasText(q)) {
                String prefix = q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(root.get("applicantName"), prefix, '\\'),
                        cb.like(root.get("serialNo"), prefix.toUpperCase(), '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
