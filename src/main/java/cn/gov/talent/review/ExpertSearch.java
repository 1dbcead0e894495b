package cn.gov.talent.review;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

/** Filters of the expert pool as SQL: status, and a discipline the expert covers. */
final class ExpertSearch {

    private ExpertSearch() {
    }

    static Specification<Expert> of(ExpertStatus status, String discipline) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (StringUtils.hasText(discipline)) {
                var sub = query.subquery(Long.class);
                var expert = sub.from(Expert.class);
                var joined = expert.join("disciplines");
                sub.select(expert.get("id")).where(cb.equal(expert.get("id"), root.get("id")),
                        cb.equal(joined.get("code"), discipline));
                predicates.add(cb.exists(sub));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
