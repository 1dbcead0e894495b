package cn.gov.talent.publication;

/**
 * A person as the public notice and the published list show them: name, gender, employer, title,
 * category and discipline, never an ID number, a phone number or a score. The discipline's code is
 * kept beside its (Chinese) name for the pages to show it in the reader's language.
 */
record NoticeEntry(long applicationId, String name, Gender gender, String employer, String title,
        String category, String discipline, String disciplineCode) {

    public enum Gender { MALE, FEMALE }
}
