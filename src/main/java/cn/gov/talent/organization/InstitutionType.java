package cn.gov.talent.organization;

import cn.gov.talent.shared.Labelled;

/**
 * 单位类型 of an employer: 002 art. 32 asks the advisory panel (专家咨询顾问组) to review a move from an
 * enterprise to a university or research institute. Ownership is {@link Sector}, a different matter.
 */
public enum InstitutionType implements Labelled {
    /** 企业 */
    ENTERPRISE,
    /** 高等学校 */
    UNIVERSITY,
    /** 科研机构 */
    RESEARCH_INSTITUTE,
    /** 其他单位 (医疗卫生机构、其他事业单位…) */
    OTHER;

    /** Whether a university or research institute (高等学校、科研机构). */
    public boolean isAcademic() {
        return this == UNIVERSITY || this == RESEARCH_INSTITUTE;
    }

    @Override
    public String messageKey() {
        return "unit.institution." + name();
    }
}
