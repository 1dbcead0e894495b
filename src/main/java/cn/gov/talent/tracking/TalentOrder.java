package cn.gov.talent.tracking;

import org.springframework.data.domain.Sort;

/**
 * The columns the 人选信息库 may be sorted by, and nothing else: a request names one of these (and a
 * direction), never a property, so a client's choice cannot reach a query as a column name. Each order ends
 * with the certificate number, unique, so that pages do not overlap.
 */
public enum TalentOrder {
    NAME("personName"),
    CERTIFICATE("certificateNo"),
    YEAR("year"),
    EMPLOYER("employerName"),
    RECOMMENDER("recommenderName"),
    BIRTH_DATE("birthDate"),
    LAST_GRADE_YEAR("lastGradeYear"),
    CYCLE_END("cycleEnd");

    private final String property;

    TalentOrder(String property) {
        this.property = property;
    }

    /** The order of the list: this column in the direction asked, then the certificate number. */
    public Sort sort(boolean descending) {
        Sort first = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        return this == CERTIFICATE ? first : first.and(Sort.by("certificateNo"));
    }
}
