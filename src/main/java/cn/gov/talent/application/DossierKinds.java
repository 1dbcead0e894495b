package cn.gov.talent.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;

/**
 * The codes a category's rules let a dossier use: the achievement conditions (业绩条件) an achievement
 * may claim, the exclusions (不得申报情形) the applicant may declare, the documents (必备材料) an
 * attachment may prove, and OTHER. The page offers these lists; the server accepts nothing else.
 */
record DossierKinds(List<String> achievements, List<String> exclusions, List<String> documents) {

    static final String OTHER = "OTHER";

    static DossierKinds of(List<EligibilityRule> rules) {
        return new DossierKinds(codesOf(rules, RuleKind.ACHIEVEMENT_ANY_OF), codesOf(rules, RuleKind.EXCLUSIONS),
                // "A|B" means A or B: each is a kind of attachment of its own
                codesOf(rules, RuleKind.REQUIRED_DOCUMENTS).stream().flatMap(code -> Arrays.stream(code.split("\\|")))
                        .toList());
    }

    /** What an attachment may be uploaded as: a document, the evidence of an achievement, or other. */
    List<String> attachmentKinds() {
        List<String> kinds = new ArrayList<>(documents);
        kinds.addAll(achievements);
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
