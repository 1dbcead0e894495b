package cn.gov.talent.program.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the eligibility check needs to know about an applicant, gathered from the dossier and
 * from earlier applications by the application stage.
 *
 * @param birthDate from the ID number
 * @param degree highest degree
 * @param phdDate when the doctorate was conferred, if any
 * @param title highest professional title
 * @param skill highest vocational skill level
 * @param work work history
 * @param documents codes of the documents attached
 * @param achievementsWithEvidence achievement codes claimed with evidence attached
 * @param achievementsWithoutEvidence achievement codes claimed without evidence yet
 * @param exclusionsHeld codes of excluding titles or roles the applicant holds
 * @param earlierAttempts earlier applications to the same program, in any year
 * @param otherApplicationsThisYear other applications in the same year, in any program
 */
public record ApplicantFacts(LocalDate birthDate, Degree degree, LocalDate phdDate, TitleLevel title,
        SkillLevel skill, List<WorkPeriod> work, Set<String> documents, Set<String> achievementsWithEvidence,
        Set<String> achievementsWithoutEvidence, Set<String> exclusionsHeld, int earlierAttempts,
        int otherApplicationsThisYear) {

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
    }
}
