package cn.gov.talent.application;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

import cn.gov.talent.shared.LikePattern;

/** Filters of the application list: status, batch, and a name or serial-number prefix. */
public record ApplicationFilter(ApplicationStatus status, Long batchId, String q, Long categoryId,
        String disciplineCode) {

    public static ApplicationFilter none() {
        return new ApplicationFilter(null, null, null, null, null);
    }

    public static ApplicationFilter of(ApplicationStatus status, Long batchId) {
        return new ApplicationFilter(status, batchId, null, null, null);
    }

    Specification<Application> toSpecification() {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (categoryId != null) {
                predicates.add(cb.equal(root.get("categoryId"), categoryId));
            }
            if (StringUtils.hasText(disciplineCode)) {
                predicates.add(cb.equal(root.get("disciplineCode"), disciplineCode));
            }
            if (batchId != null) {
                predicates.add(cb.equal(root.get("batchId"), batchId));
            }
            if (StringUtils.hasText(q)) {
                String prefix = LikePattern.startingWith(q);
                predicates.add(cb.or(cb.like(root.get("applicantName"), prefix, LikePattern.ESCAPE),
                        cb.like(root.get("serialNo"), prefix.toUpperCase(), LikePattern.ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
