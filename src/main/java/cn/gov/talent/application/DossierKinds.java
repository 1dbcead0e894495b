package cn.gov.talent.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.talent.program.eligibility.AchievementCondition;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;

/**
 * The codes a category's rules let a dossier use: the achievement conditions (业绩条件) an achievement
 * may claim, the exclusions (不得申报情形) the applicant may declare, the documents (必备材料) an
 * attachment may prove, and OTHER. The page offers these lists; the server accepts nothing else.
 */
record DossierKinds(List<String> achievements, List<String> exclusions, List<String> documents,
        List<String> conditions) {

    static final String OTHER = "OTHER";

    static DossierKinds of(List<EligibilityRule> rules) {
        return new DossierKinds(
                // an achievement condition may ask for a grade and a rank: the entry's kind is its code alone
                codesOf(rules, RuleKind.ACHIEVEMENT_ANY_OF).stream()
                        .map(code -> AchievementCondition.parse(code).kind()).distinct().toList(),
                codesOf(rules, RuleKind.EXCLUSIONS),
                // "A|B" means A or B: each is a kind of attachment of its own
                codesOf(rules, RuleKind.REQUIRED_DOCUMENTS).stream().flatMap(code -> Arrays.stream(code.split("\\|")))
                        .toList(),
                codesOf(rules, RuleKind.DECLARED_CONDITIONS).stream().distinct().toList());
    }

    /** What an attachment may be uploaded as: a document, the evidence of an achievement, or other. */
    List<String> attachmentKinds() {
        List<String> kinds = new ArrayList<>(documents);
        kinds.addAll(achievements);
        // a declared condition is proven by an attachment of its own kind
        kinds.addAll(conditions);
        kinds.add(OTHER);
        return kinds;
    }

    boolean allowsAchievement(String kind) {
        return achievements.contains(kind) || OTHER.equals(kind);
    }

    private static List<String> codesOf(List<EligibilityRule> rules, RuleKind kind) {
        return rules.stream().filter(rule -> rule.getKind() == kind).flatMap(rule -> rule.codes().stream()).toList();
    }
}
