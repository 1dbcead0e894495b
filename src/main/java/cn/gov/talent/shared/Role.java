package cn.gov.talent.shared;

import org.springframework.security.core.GrantedAuthority;

/** The actors of the program, as in DOMAIN.md. A user holds one or more. */
public enum Role implements GrantedAuthority, Labelled {
    /** 申报人 */
    APPLICANT,
    /** 用人单位 */
    EMPLOYER,
    /** 推荐单位 */
    RECOMMENDER,
    /** 工程领导小组办公室 */
    OFFICE,
    /** 评审专家 */
    EXPERT,
    /** 征求意见部门 */
    DEPARTMENT,
    /** 巡察小组 */
    SUPERVISOR,
    /** 系统管理员 */
    ADMIN;

    @Override
    public String getAuthority() {
        return "ROLE_" + name();
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
