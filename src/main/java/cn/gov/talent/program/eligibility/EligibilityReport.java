package cn.gov.talent.program.eligibility;

import java.time.LocalDate;
import java.util.List;

/** Every rule's result for one applicant and category, at one reference date. */
public record EligibilityReport(LocalDate referenceDate, List<RuleResult> results) {

    /** Submission needs every rule to pass (or an exception request, decided by the application stage). */
    public boolean allPassed() {
        return results.stream().allMatch(RuleResult::passed);
    }

    /** Every unmet rule is one an exception may relax: submission is possible with an exception request. */
    public boolean onlyRelaxableUnmet() {
        return unmet().stream().allMatch(RuleResult::relaxable);
    }

    public List<RuleResult> unmet() {
        return results.stream().filter(result -> !result.passed()).toList();
    }
}
