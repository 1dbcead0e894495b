package cn.gov.talent.application;

/**
 * An application as a stage-wide list of another module copies it (a review round's candidates): its id, category,
 * discipline, serial number, applicant and employer, without the rest of the record.
 */
public record ApplicationOutline(long id, long categoryId, String disciplineCode, String serialNo, String applicantName,
        String employerName) {
}
