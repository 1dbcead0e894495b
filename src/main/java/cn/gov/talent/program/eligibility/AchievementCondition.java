package cn.gov.talent.program.eligibility;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.talent.program.eligibility.RuleResult.Term;

/**
 * One achievement condition of an {@link RuleKind#ACHIEVEMENT_ANY_OF} rule, as the office writes it:
 * the achievement's code, then what its level must be, e.g. {@code PROVINCIAL_SCI_AWARD:GRADE2:RANK3}
 * for 省级科技奖二等奖及以上（排名前 3 位） and {@code NATIONAL_SCI_AWARD:RANK5} for 国家科技奖（排名前 5 位）
 * (004 §二(二)2(2)). Without qualifiers any entry of the code counts.
 *
 * @param kind the achievement's code, which is also its evidence's attachment kind
 * @param maxGrade the lowest grade that counts (1 for 一等奖, 2 for 二等奖及以上), or null
 * @param maxRank the lowest place among the contributors that counts, or null
 */
public record AchievementCondition(String kind, Integer maxGrade, Integer maxRank) {

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Z_]{1,59})((?::(?:GRADE[1-9]|RANK[1-9][0-9]?))*)");

    /** Whether the text is a condition this class can read. */
    public static boolean isWellFormed(String code) {
        Matcher matcher = FORM.matcher(code);
        if (!matcher.matches()) {
            return false;
        }
        String qualifiers = matcher.group(2);
        return qualifiers.split(":GRADE", -1).length <= 2 && qualifiers.split(":RANK", -1).length <= 2;
    }

    public static AchievementCondition parse(String code) {
        String[] parts = code.split(":");
        Integer grade = null;
        Integer rank = null;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("GRADE")) {
                grade = Integer.valueOf(parts[i].substring(5));
            } else if (parts[i].startsWith("RANK")) {
                rank = Integer.valueOf(parts[i].substring(4));
            }
        }
        return new AchievementCondition(parts[0], grade, rank);
    }

    /** Whether an entry of this kind reaches the grade and the rank asked for. */
    public boolean reachedBy(ApplicantFacts.Achievement achievement) {
        return kind.equals(achievement.kind())
                && (maxGrade == null || achievement.grade() != null && achievement.grade() <= maxGrade)
                && (maxRank == null || achievement.rank() != null && achievement.rank() <= maxRank);
    }

    /** The condition as words, e.g. 省级科技奖（二等奖及以上，排名前 3 位）. */
    public Term term() {
        Term name = new Term("achievement." + kind);
        if (maxGrade == null && maxRank == null) {
            return name;
        }
        if (maxGrade == null) {
            return new Term("achievement.qualified.rank", name, maxRank);
        }
        if (maxRank == null) {
            return new Term("achievement.qualified.grade", name, new Term("achievement.grade." + maxGrade));
        }
        return new Term("achievement.qualified.gradeAndRank", name, new Term("achievement.grade." + maxGrade),
                maxRank);
    }
}
