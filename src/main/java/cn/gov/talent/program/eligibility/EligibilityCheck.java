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
        return verdict(rule, facts, referenceDate).relaxedBy(rule.isRelaxable());
    }

    private static RuleResult verdict(EligibilityRule rule, ApplicantFacts facts, LocalDate referenceDate) {
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
            case DECLARED_CONDITIONS -> declaredConditions(rule.codes(), facts);
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

    /**
     * At least one entry reaching a listed condition's grade and rank, proven by an attachment of its
     * kind (004 §二(二)2–3). An entry of the right kind below the grade or rank asked for does not count,
     * and the explanation says what was asked.
     */
    private static RuleResult achievementAnyOf(List<String> codes, ApplicantFacts facts) {
        List<AchievementCondition> conditions = codes.stream().map(AchievementCondition::parse).toList();
        List<Term> proven = conditions.stream()
                .filter(condition -> facts.achievements().stream()
                        .anyMatch(entry -> entry.evidenced() && condition.reachedBy(entry)))
                .map(AchievementCondition::term).toList();
        if (!proven.isEmpty()) {
            return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, PASS, "rule.ACHIEVEMENT_ANY_OF.pass", new Terms(proven));
        }
        List<Term> unproven = conditions.stream()
                .filter(condition -> facts.achievements().stream().anyMatch(condition::reachedBy))
                .map(AchievementCondition::term).toList();
        if (!unproven.isEmpty()) {
            return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, NEEDS_EVIDENCE, "rule.ACHIEVEMENT_ANY_OF.evidence",
                    new Terms(unproven));
        }
        List<Term> belowTheBar = conditions.stream()
                .filter(condition -> facts.achievements().stream()
                        .anyMatch(entry -> entry.kind().equals(condition.kind())))
                .map(AchievementCondition::term).toList();
        if (!belowTheBar.isEmpty()) {
            return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, FAIL, "rule.ACHIEVEMENT_ANY_OF.belowTheBar",
                    new Terms(belowTheBar));
        }
        return new RuleResult(RuleKind.ACHIEVEMENT_ANY_OF, FAIL, "rule.ACHIEVEMENT_ANY_OF.fail",
                new Terms(conditions.stream().map(AchievementCondition::term).toList()));
    }

    /**
     * Every listed condition declared, each proven by an attachment of its kind: what the software cannot
     * compute (a professor-level post abroad, the founder's shareholding) is declared and evidenced, and
     * the employer and the reviewers check the evidence.
     */
    private static RuleResult declaredConditions(List<String> codes, ApplicantFacts facts) {
        List<Term> undeclared = codes.stream().filter(code -> !facts.conditionsDeclared().contains(code))
                .map(code -> new Term("condition." + code)).toList();
        if (!undeclared.isEmpty()) {
            return new RuleResult(RuleKind.DECLARED_CONDITIONS, FAIL, "rule.DECLARED_CONDITIONS.fail",
                    new Terms(undeclared));
        }
        List<Term> unproven = codes.stream().filter(code -> !facts.documents().contains(code))
                .map(code -> new Term("condition." + code)).toList();
        return unproven.isEmpty()
                ? new RuleResult(RuleKind.DECLARED_CONDITIONS, PASS, "rule.DECLARED_CONDITIONS.pass",
                        new Terms(codes.stream().map(code -> new Term("condition." + code)).toList()))
                : new RuleResult(RuleKind.DECLARED_CONDITIONS, NEEDS_EVIDENCE, "rule.DECLARED_CONDITIONS.evidence",
                        new Terms(unproven));
    }

    /**
     * None of the excluding titles held: neither declared by the applicant nor shown by the talent
     * records the system already holds (004 §二(二)1: 国家级人才计划, 同梯次省级人才计划仍在支持期内).
     */
    private static RuleResult exclusions(List<String> excluded, ApplicantFacts facts) {
        List<Term> onRecord = excluded.stream().filter(facts.exclusionsOnRecord()::contains)
                .map(code -> new Term("exclusion." + code)).toList();
        if (!onRecord.isEmpty()) {
            return new RuleResult(RuleKind.EXCLUSIONS, FAIL, "rule.EXCLUSIONS.onRecord", new Terms(onRecord));
        }
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

    /** 002 art. 13: not through several channels at once; the refusal names the application that blocks. */
    private static RuleResult onePerYear(ApplicantFacts facts) {
        if (facts.otherApplicationsThisYear() == 0) {
            return new RuleResult(RuleKind.ONE_APPLICATION_PER_YEAR, PASS, "rule.ONE_APPLICATION_PER_YEAR.pass");
        }
        if (facts.sameYearApplications().isEmpty()) {
            return new RuleResult(RuleKind.ONE_APPLICATION_PER_YEAR, FAIL, "rule.ONE_APPLICATION_PER_YEAR.fail");
        }
        return new RuleResult(RuleKind.ONE_APPLICATION_PER_YEAR, FAIL, "rule.ONE_APPLICATION_PER_YEAR.named",
                new Terms(facts.sameYearApplications().stream()
                        .map(other -> new Term("rule.ONE_APPLICATION_PER_YEAR.entry", other.program(), other.serialNo()))
                        .toList()));
    }
}
