package cn.gov.talent.program;

import cn.gov.talent.shared.Labelled;

/**
 * The kind of talent a category selects, as the office marks it: 专业技术人才 (professional and technical) or
 * 高技能人才 (highly skilled). 004 §二(一) selects both kinds in 双高 and asks the share of the highly skilled to
 * rise; the statistics count the selected people of each kind. A category not marked counts as neither.
 */
public enum TalentKind implements Labelled {
    PROFESSIONAL,
    SKILLED;

    @Override
    public String messageKey() {
        return "category.talentKind." + name();
    }
}
