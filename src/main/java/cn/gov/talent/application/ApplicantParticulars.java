package cn.gov.talent.application;

import java.time.LocalDate;

/**
 * The head of an official form (申报表、推荐表): the program, batch and category, and the applicant's
 * particulars as the dossier last submitted gives them. The ID number and the phone are masked for
 * every reader: a printed form travels further than the page.
 *
 * @param genderKey the message key of the gender read from the ID number ({@code gender.MALE}), or null
 * @param degreeKey the message key of the highest degree ({@code degree.DOCTOR})
 * @param titleKey the message key of the title level ({@code title.SENIOR})
 * @param skillKey the message key of the skill level ({@code skill.TECHNICIAN})
 * @param discipline the discipline, named in the reader's language, or null
 */
public record ApplicantParticulars(String serialNo, String programName, String batchTitle, int batchYear,
        String categoryName, String name, String genderKey, LocalDate birthDate, String idNumberMasked,
        String phoneMasked, String employerName, String degreeKey, LocalDate phdDate, String titleKey,
        String titleName, String skillKey, String discipline) {
}
