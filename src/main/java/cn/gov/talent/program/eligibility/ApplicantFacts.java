package cn.gov.talent.program.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the eligibility check needs to know about an applicant, gathered from the dossier, from
 * earlier applications and from the talent records the system holds, by the application stage.
 *
 * @param birthDate from the ID number
 * @param degree highest degree
 * @param phdDate when the doctorate was conferred, if any
 * @param title highest professional title
 * @param skill highest vocational skill level
 * @param work work history
 * @param documents codes of the documents attached (an attachment's kind)
 * @param achievementsWithEvidence achievement codes claimed with evidence attached
 * @param achievementsWithoutEvidence achievement codes claimed without evidence yet
 * @param exclusionsHeld codes of excluding titles or roles the applicant declares
 * @param earlierAttempts earlier applications to the same program, in any year
 * @param otherApplicationsThisYear other applications in the same year, in any program
 * @param achievements the achievement entries with their level, grade and rank
 * @param conditionsDeclared codes of the conditions the applicant declares to meet
 * @param exclusionsOnRecord codes of excluding titles the system's own talent records show
 * @param sameYearApplications the other applications of the year, by program and serial number
 */
public record ApplicantFacts(LocalDate birthDate, Degree degree, LocalDate phdDate, TitleLevel title,
        SkillLevel skill, List<WorkPeriod> work, Set<String> documents, Set<String> achievementsWithEvidence,
        Set<String> achievementsWithoutEvidence, Set<String> exclusionsHeld, int earlierAttempts,
        int otherApplicationsThisYear, List<Achievement> achievements, Set<String> conditionsDeclared,
        Set<String> exclusionsOnRecord, List<OtherApplication> sameYearApplications) {

    /**
     * Another application of the same person, named in a refusal (002 art. 13).
     *
     * @param program the program's name
     * @param serialNo the application's serial number
     */
    public record OtherApplication(String program, String serialNo) {
    }

    /**
     * One achievement entry as the check sees it.
     *
     * @param kind the achievement condition it claims
     * @param grade the award's grade (1 for 一等奖), if it is an award
     * @param rank the applicant's place among the contributors, if given
     * @param evidenced whether an attachment of its kind proves it
     */
    public record Achievement(String kind, Integer grade, Integer rank, boolean evidenced) {
    }

    public ApplicantFacts {
        degree = degree == null ? Degree.NONE : degree;
        title = title == null ? TitleLevel.NONE : title;
        skill = skill == null ? SkillLevel.NONE : skill;
        work = work == null ? List.of() : List.copyOf(work);
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        achievementsWithEvidence = achievementsWithEvidence == null ? Set.of() : Set.copyOf(achievementsWithEvidence);
        achievementsWithoutEvidence = achievementsWithoutEvidence == null ? Set.of()
                : Set.copyOf(achievementsWithoutEvidence);
        exclusionsHeld = exclusionsHeld == null ? Set.of() : Set.copyOf(exclusionsHeld);
        if (achievements == null) {
            List<Achievement> fromCodes = new ArrayList<>();
            achievementsWithEvidence.forEach(kind -> fromCodes.add(new Achievement(kind, null, null, true)));
            achievementsWithoutEvidence.forEach(kind -> fromCodes.add(new Achievement(kind, null, null, false)));
            achievements = fromCodes;
        }
        achievements = List.copyOf(achievements);
        conditionsDeclared = conditionsDeclared == null ? Set.of() : Set.copyOf(conditionsDeclared);
        exclusionsOnRecord = exclusionsOnRecord == null ? Set.of() : Set.copyOf(exclusionsOnRecord);
        sameYearApplications = sameYearApplications == null ? List.of() : List.copyOf(sameYearApplications);
    }

    /** The facts of the dossier alone: achievements as codes, nothing declared, nothing on record. */
    public ApplicantFacts(LocalDate birthDate, Degree degree, LocalDate phdDate, TitleLevel title, SkillLevel skill,
            List<WorkPeriod> work, Set<String> documents, Set<String> achievementsWithEvidence,
            Set<String> achievementsWithoutEvidence, Set<String> exclusionsHeld, int earlierAttempts,
            int otherApplicationsThisYear) {
        this(birthDate, degree, phdDate, title, skill, work, documents, achievementsWithEvidence,
                achievementsWithoutEvidence, exclusionsHeld, earlierAttempts, otherApplicationsThisYear, null, null,
                null, null);
    }
}
