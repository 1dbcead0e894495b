package cn.gov.talent.program;

import java.util.Arrays;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import cn.gov.talent.program.eligibility.AchievementCondition;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.program.eligibility.SkillLevel;
import cn.gov.talent.program.eligibility.TitleLevel;

/** One row of the office's rule editor: a kind and the parameters that kind takes. */
class RuleRow {

    private RuleKind kind;

    private Integer intValue;

    /** The codes, comma-separated (eligibility_rule.list_value, varchar(1000)). */
    @Size(max = 1000, message = "{rule.row.invalid}")
    private String listValue;

    /** Whether a granted exception may relax the rule (特别优秀者可适当放宽), as the category's text says. */
    private boolean relaxable;

    static RuleRow of(EligibilityRule rule) {
        var row = new RuleRow();
        row.kind = rule.getKind();
        row.intValue = rule.getIntValue();
        row.listValue = rule.getListValue();
        row.relaxable = rule.isRelaxable();
        return row;
    }

    boolean isBlank() {
        return kind == null;
    }

    EligibilityRule toRule() {
        return new EligibilityRule(kind, intValue, listValue == null || listValue.isBlank() ? null
                : listValue.replaceAll("\\s+", ""), relaxable);
    }

    /** The parameters fit the kind: a number in range, or a list of known codes. */
    @AssertTrue(message = "{rule.row.invalid}")
    public boolean isWellFormed() {
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case MAX_AGE -> intValue != null && intValue >= 16 && intValue <= 80;
            case MIN_OVERSEAS_MONTHS_AFTER_PHD, MAX_MONTHS_IN_CHINA -> intValue != null && intValue >= 0
                    && intValue <= 600;
            case ATTEMPT_LIMIT -> intValue != null && intValue >= 1 && intValue <= 20;
            case MIN_QUALIFICATION -> codes().length > 0 && Arrays.stream(codes()).allMatch(RuleRow::isQualification);
            case REQUIRED_DOCUMENTS, EXCLUSIONS -> codes().length > 0
                    && Arrays.stream(codes()).allMatch(code -> code.matches("[A-Z][A-Z_|]{1,59}"));
            case ACHIEVEMENT_ANY_OF -> codes().length > 0
                    && Arrays.stream(codes()).allMatch(AchievementCondition::isWellFormed);
            case DECLARED_CONDITIONS -> codes().length > 0
                    && Arrays.stream(codes()).allMatch(code -> code.matches("[A-Z][A-Z_]{1,59}"));
            case ONE_APPLICATION_PER_YEAR -> true;
        };
    }

    private String[] codes() {
        return listValue == null || listValue.isBlank() ? new String[0] : listValue.replaceAll("\\s+", "").split(",");
    }

    private static boolean isQualification(String code) {
        String[] parts = code.split(":");
        if (parts.length != 2) {
            return false;
        }
        try {
            switch (parts[0]) {
                case "DEGREE" -> Degree.valueOf(parts[1]);
                case "TITLE" -> TitleLevel.valueOf(parts[1]);
                case "SKILL" -> SkillLevel.valueOf(parts[1]);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public Integer getIntValue() {
        return intValue;
    }

    public void setIntValue(Integer intValue) {
        this.intValue = intValue;
    }

    public String getListValue() {
        return listValue;
    }

    public void setListValue(String listValue) {
        this.listValue = listValue;
    }

    public boolean isRelaxable() {
        return relaxable;
    }

    public void setRelaxable(boolean relaxable) {
        this.relaxable = relaxable;
    }
}
