package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.LikePattern;

/**
 * Data scope for talent records, as SQL, as for applications: the office and the supervisor see
 * everyone, a recommending unit its subtree, an employer its own people, the person their own record.
 */
final class TalentScope {

    private TalentScope() {
    }

    static Specification<TalentRecord> within(DataScope scope) {
        return (root, query, cb) -> {
            var inScope = switch (scope.kind()) {
                case ALL -> cb.conjunction();
                case SUBTREE -> cb.like(root.get("unitPath"), scope.unitPath() + "%");
                case UNIT -> cb.equal(root.get("unitId"), scope.unitId());
                case OWN, NONE -> cb.disjunction();
            };
            return cb.or(inScope, cb.equal(root.get("applicantId"), scope.userId()));
        };
    }

    static boolean allows(DataScope scope, TalentRecord record) {
        return record.getApplicantId() == scope.userId()
                || scope.kind() != DataScope.Kind.OWN
                        && scope.allows(record.getUnitPath(), record.getUnitId(), record.getApplicantId());
    }

    /**
     * The list's filters (the 人选信息库): status, program, category, year, a name or certificate number
     * prefix, the ID number's keyed hash (only in the widest scope: the office and the supervisor; for anyone
     * else it is ignored), a part of the employer's name, recommending unit, province, region, discipline and
     * its group, title level, gender, age band on a date (today when none is given: a range of birth dates)
     * and the last grade.
     */
    static Specification<TalentRecord> matching(TalentFilter filter, DataScope scope, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.getStatus() != null) {
                where.add(cb.equal(root.get("status"), filter.getStatus()));
            }
            if (filter.getProgramId() != null) {
                where.add(cb.equal(root.get("programId"), filter.getProgramId()));
            }
            if (filter.getCategoryId() != null) {
                where.add(cb.equal(root.get("categoryId"), filter.getCategoryId()));
            }
            if (filter.getYear() != null) {
                where.add(cb.equal(root.get("year"), filter.getYear()));
            }
            if (hasText(filter.getQ())) {
                String pattern = LikePattern.startingWith(filter.getQ().trim());
                where.add(cb.or(cb.like(root.get("personName"), pattern, LikePattern.ESCAPE),
                        cb.like(root.get("certificateNo"), pattern, LikePattern.ESCAPE)));
            }
            if (hasText(filter.getIdHash()) && scope.kind() == DataScope.Kind.ALL) {
                where.add(cb.equal(root.get("idHash"), filter.getIdHash().trim()));
            }
            if (hasText(filter.getEmployer())) {
                where.add(cb.like(root.get("employerName"), "%" + LikePattern.startingWith(filter.getEmployer()),
                        LikePattern.ESCAPE));
            }
            if (filter.getRecommenderId() != null) {
                where.add(cb.equal(root.get("recommenderUnitId"), filter.getRecommenderId()));
            }
            if (hasText(filter.getProvince())) {
                where.add(cb.equal(root.get("provinceCode"), filter.getProvince().trim()));
            }
            if (filter.getRegion() != null) {
                where.add(cb.equal(root.get("region"), filter.getRegion()));
            }
            if (hasText(filter.getDiscipline())) {
                where.add(cb.equal(root.get("disciplineCode"), filter.getDiscipline().trim()));
            }
            if (hasText(filter.getDisciplineGroup())) {
                where.add(cb.equal(root.get("disciplineGroup"), filter.getDisciplineGroup().trim()));
            }
            if (filter.getTitle() != null) {
                where.add(cb.equal(root.get("titleLevel"), filter.getTitle()));
            }
            if (filter.getGender() != null) {
                where.add(cb.equal(root.get("gender"), filter.getGender()));
            }
            if (filter.getAgeBand() != null) {
                AgeBand band = filter.getAgeBand();
                LocalDate on = filter.getAgeOn() == null ? today : filter.getAgeOn();
                if (band == AgeBand.UNKNOWN) {
                    where.add(cb.isNull(root.get("birthDate")));
                } else {
                    band.bornAfter(on).ifPresent(day -> where.add(cb.greaterThan(root.get("birthDate"), day)));
                    band.bornOnOrBefore(on)
                            .ifPresent(day -> where.add(cb.lessThanOrEqualTo(root.get("birthDate"), day)));
                }
            }
            if (filter.getLastGrade() != null) {
                where.add(cb.equal(root.get("lastGrade"), filter.getLastGrade()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Active records whose cycle ends by this day (the final assessment is due). */
    static Specification<TalentRecord> endingBy(LocalDate day) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("status"), TalentStatus.ACTIVE),
                cb.lessThanOrEqualTo(root.get("cycleEnd"), day));
    }
}
