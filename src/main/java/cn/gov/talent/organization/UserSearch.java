package cn.gov.talent.organization;

import java.util.ArrayList;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

import cn.gov.talent.shared.LikePattern;
import cn.gov.talent.shared.Role;

/** The administrator's user filters as SQL conditions: name prefix, unit, role. */
final class UserSearch {

    private UserSearch() {
    }

    static Specification<UserAccount> of(String q, Long unitId, Role role) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (StringUtils.hasText(q)) {
                String prefix = LikePattern.startingWith(q);
                predicates.add(cb.or(cb.like(root.get("username"), prefix.toLowerCase(), LikePattern.ESCAPE),
                        cb.like(root.get("fullName"), prefix, LikePattern.ESCAPE)));
            }
            if (unitId != null) {
                predicates.add(cb.equal(root.get("unit").get("id"), unitId));
            }
            if (role != null) {
                predicates.add(cb.isMember(role, root.get("roles")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
