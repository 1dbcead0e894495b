package cn.gov.talent.program.eligibility;

import static cn.gov.talent.program.eligibility.RuleOutcome.FAIL;
import static cn.gov.talent.program.eligibility.RuleOutcome.NEEDS_EVIDENCE;
import static cn.gov.talent.program.eligibility.RuleOutcome.PASS;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.talent.program.eligibility.RuleResult.Term;
import cn.gov.talent.program.eligibility.RuleResult.Terms;

/**
 * Evaluates a category's rules against an applicant's facts at the batch's reference date.
 * Pure: no database, no clock; the same inputs always give the same report.
 *
 * <p>Ages are completed years (周岁) at the reference date: someone born on the reference date's
 * day and month has just turned that age; someone born on 29 February turns a year older on
 * 1 March in other years. Months are completed calendar months between two dates, the last day
 * included (1 Jan to 31 Dec is 12 months).
 */
public final class EligibilityCheck {

    private EligibilityCheck() {
    }

    public static EligibilityReport evaluate(List<EligibilityRule> rules, ApplicantFacts facts,
            LocalDate referenceDate) {
        List<RuleResult> results = rules.stream().sorted(Comparator.comparingInt(EligibilityRule::getSortOrder))
                .map(rule -> evaluate(rule, facts, referenceDate)).toList();
        return new EligibilityReport(referenceDate, results);
    }

    static RuleResult evaluate(EligibilityRule rule, ApplicantFacts facts, LocalDate referenceDate) {
        return switch (rule.getKind()) {
            case MAX_AGE -> maxAge(rule.getIntValue(), facts, referenceDate);
            case MIN_QUALIFICATION -> minQualification(rule.codes(), facts);
            case MIN_OVERSEAS_MONTHS_AFTER_PHD -> overseasAfterPhd(rule.getIntValue(), facts, referenceDate);
            case MAX_MONTHS_IN_CHINA -> monthsInChina(rule.getIntValue(), facts, referenceDate);
            case REQUIRED_DOCUMENTS -> requiredDocuments(rule.codes(), facts);
            case ACHIEVEMENT_ANY_OF -> achievementAnyOf(rule.codes(), facts);
            case EXCLUSIONS -> exclusions(rule.codes(), facts);
            case ATTEMPT_LIMIT -> attempts(rule.getIntValue(), facts);
            case ONE_APPLICATION_PER_YEAR -> onePerYear(facts);
        };
    }

    /** Completed years from birth to the reference date. */
    public static int ageOn(LocalDate birthDate, LocalDate referenceDate) {
        return Period.between(birthDate, referenceDate).getYears();
    }

    /** Completed months from start to end, both days included. */
    public static long monthsBetween(LocalDate start, LocalDate endInclusive) {
        return endInclusive.isBefore(start) ? 0 : ChronoUnit.MONTHS.between(start, endInclusive.plusDays(1));
    }

    private static RuleResult maxAge(int max, ApplicantFacts facts, LocalDate date) {
        if (facts.birthDate() == null) {
            return new RuleResult(RuleKind.MAX_AGE, NEEDS_EVIDENCE, "rule.MAX_AGE.missing", max, date);
        }
        int age = ageOn(facts.birthDate(), date);
        return new RuleResult(RuleKind.MAX_AGE, age <= max ? PASS : FAIL,
                age <= max ? "rule.MAX_AGE.pass" : "rule.MAX_AGE.fail", age, max, date);
    }

    private static RuleResult minQualification(List<String> accepted, ApplicantFacts facts) {
        List<Term> wanted = new ArrayList<>();
        for (String code : accepted) {
            String[] parts = code.split(":");
            String type = parts[0];
            String level = parts[1];
            wanted.add(new Term(type.toLowerCase() + ".atLeast." + level));
            boolean met = switch (type) {
                case "DEGREE" -> facts.degree().compareTo(Degree.valueOf(level)) >= 0;
                case "TITLE" -> facts.title().compareTo(TitleLevel.valueOf(level)) >= 0;
                case "SKILL" -> facts.skill().compareTo(SkillLevel.valueOf(level)) >= 0;
                default -> throw new IllegalArgumentException("Unknown qualification " + code);
            };
            if (met) {
                return new RuleResult(RuleKind.MIN_QUALIFICATION, PASS, "rule.MIN_QUALIFICATION.pass",
                        new Term(type.toLowerCase() + "." + currentLevel(type, facts)));
            }
        }
        Terms held = new Terms(List.of(new Term("degree." + facts.degree()), new Term("title." + facts.title()),
                new Term("skill." + facts.skill())));
        return new RuleResult(RuleKind.MIN_QUALIFICATION, FAIL, "rule.MIN_QUALIFICATION.fail", new Terms(wanted), held);
    }

    private static String currentLevel(String type, ApplicantFacts facts) {
        return switch (type) {
            case "DEGREE" -> facts.degree().name();
            case "TITLE" -> facts.title().name();
            default -> facts.skill().name();
        };
    }

    /** The longest run of overseas work after the doctorate, touching periods joined. */
    private static RuleResult overseasAfterPhd(int minMonths, ApplicantFacts facts, LocalDate date) {
        if (facts.phdDate() == null) {
            return new RuleResult(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, NEEDS_EVIDENCE,
                    "rule.MIN_OVERSEAS_MONTHS_AFTER_PHD.missing", minMonths);
        }
        List<LocalDate[]> spans = facts.work().stream().filter(period -> !period.inChina())
                .map(period -> new LocalDate[] {period.start().isBefore(facts.phdDate()) ? facts.phdDate()
                        : period.start(), period.endOr(date)})
                .filter(span -> !span[1].isBefore(span[0]))
                .sorted(Comparator.comparing(span -> span[0])).toList();
        long longest = 0;
        LocalDate runStart = null;
        LocalDate runEnd = null;
        for (LocalDate[] span : spans) {
            if (runEnd != null && !span[0].isAfter(runEnd.plusDays(1))) {
                runEnd = span[1].isAfter(runEnd) ? span[1] : runEnd;
            } else {
                runStart = span[0];
                runEnd = span[1];
            }
            longest = Math.max(longest, monthsBetween(runStart, runEnd));
        }
        boolean met = longest >= minMonths;
        return new RuleResult(RuleKind.MIN_OVERSEAS_MONTHS_AFTER_PHD, met ? PASS : FAIL,
                met ? "rule.MIN_OVERSEAS_MONTHS_AFTER_PHD.pass" : "rule.MIN_OVERSEAS_MONTHS_AFTER_PHD.fail",
                longest, minMonths);
    }

    /**
     * 002 arts. 5, 8, 12: "回国（来华）工作不超过一年" means the current stay: full-time work in China since the
     * last period abroad ended, not every full-time period in China of a whole career. Someone who worked
     * in China before going abroad is not held to those years; someone abroad now counts none.
     */
    private static RuleResult monthsInChina(int maxMonths, ApplicantFacts facts, LocalDate date) {
        LocalDate backFromAbroad = facts.work().stream().filter(period -> !period.inChina())
                .map(period -> period.endOr(date)).max(LocalDate::compareTo).orElse(null);
        long months = facts.work().stream().filter(period -> period.inChina() && period.fullTime())
                .mapToLong(period -> {
                    LocalDate start = backFromAbroad == null || period.start().isAfter(backFromAbroad)
                            ? period.start() : backFromAbroad.plusDays(1);
                    return monthsBetween(start, period.endOr(date));
                }).sum();
        boolean met = months <= maxMonths;
        return new RuleResult(RuleKind.MAX_MONTHS_IN_CHINA, met ? PASS : FAIL,
                met ? "rule.MAX_MONTHS_IN_CHINA.pass" : "rule.MAX_MONTHS_IN_CHINA.fail", months, maxMonths);
    }

    private static RuleResult requiredDocuments(List<String> required, ApplicantFacts facts) {
        List<Term> missing = new ArrayList<>();
        for (String item : required) {
            List<String> alternatives = List.of(item.split("\\|"));
            if (alternatives.stream().noneMatch(facts.documents()::contains)) {
                missing.add(new Term("document." + String.join("_OR_", alternatives)));
            }
        }
        return missing.isEmpty()
                ? new RuleResult(RuleKind.REQUIRED_DOCUMENTS, PASS, "rule.REQUIRED_DOCUMENTS.pass")
                : new RuleResult(RuleKind.REQUIRED_DOCUMENTS, NEEDS_EVIDENCE, "rule.REQUIRED_DOCUMENTS.missing",
                        new Terms(missing));
    }

    private static RuleResult achievementAnyOf(List<String> kinds, ApplicantFacts facts) {
        List<Term> proven = kinds.stream().filter(facts.achievementsWithEvidence()::contains)
                .map(code -> new Term("achievement." + code)).toList();
        if (!proven.isEmpty()) {
            return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, PASS, "rule.ACHIEVEMENT_ANY_OF.pass", new Terms(proven));
        }
        List<Term> unproven = kinds.stream().filter(facts.achievementsWithoutEvidence()::contains)
                .map(code -> new Term("achievement." + code)).toList();
        if (!unproven.isEmpty()) {
            return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, NEEDS_EVIDENCE, "rule.ACHIEVEMENT_ANY_OF.evidence",
                    new Terms(unproven));
        }
        return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, FAIL, "rule.ACHIEVEMENT_ANY_OF.fail",
                new Terms(kinds.stream().map(code -> new Term("achievement." + code)).toList()));
    }

    private static RuleResult exclusions(List<String> excluded, ApplicantFacts facts) {
        List<Term> held = excluded.stream().filter(facts.exclusionsHeld()::contains)
                .map(code -> new Term("exclusion." + code)).toList();
        return held.isEmpty()
                ? new RuleResult(RuleKind.EXCLUSIONS, PASS, "rule.EXCLUSIONS.pass")
                : new RuleResult(RuleKind.EXCLUSIONS, FAIL, "rule.EXCLUSIONS.fail", new Terms(held));
    }

    private static RuleResult attempts(int limit, ApplicantFacts facts) {
        boolean met = facts.earlierAttempts() < limit;
        return new RuleResult(RuleKind.ATTEMPT_LIMIT, met ? PASS : FAIL,
                met ? "rule.ATTEMPT_LIMIT.pass" : "rule.ATTEMPT_LIMIT.fail", facts.earlierAttempts(), limit);
    }

    private static RuleResult onePerYear(ApplicantFacts facts) {
        boolean met = facts.otherApplicationsThisYear() == 0;
        return new RuleResult(RuleKind.ONE_APPLICATION_PER_YEAR, met ? PASS : FAIL,
                met ? "rule.ONE_APPLICATION_PER_YEAR.pass" : "rule.ONE_APPLICATION_PER_YEAR.fail");
    }
}
